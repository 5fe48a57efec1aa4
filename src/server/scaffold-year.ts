/**
 * Sidebar call `scaffoldYear(request)`: creates or updates the year's sheet set.
 * Validates the request, holds the document lock (two editors pressing the
 * button at once get one result), writes, and answers in Indonesian.
 */

import { readSheetCatalog, type SheetCatalog, writeNewIds } from "../adapters/sheets/catalog";
import { writeCatalogSheets } from "../adapters/sheets/catalog-write";
import { guardCatalogSheets, readRoles } from "../adapters/sheets/roles";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import { type WrittenYear, writeYear } from "../adapters/sheets/year";
import { ASIDE_TITLE } from "../core/carry/carry";
import { type Catalog, EXAMPLE_CATALOG, kodeJabatan } from "../core/catalog";
import { parseSheetName } from "../core/naming";
import { clip } from "../core/quote";
import { planValues } from "../core/rekap/bukti-missing";
import type { Periode } from "../core/sheet/types";
import { yearRequest } from "../core/year/year-plan";
import type { ScaffoldResult, ScaffoldResultOldNames, ServerResponse, TargetMismatch } from "../shared/api";
import { KATALOG_CONTOH_DIBUAT, listed, perubahanKatalogText, takTerbacaText } from "../shared/messages";
import { ScaffoldRequestSchema } from "../shared/requests";
import { buktiBelumAda } from "./bukti-answer";
import { targetYearsFrom, usableCatalog } from "./catalog-info";
import { serve } from "./endpoint";
import { notPengelolaRefusal, rolesAnswer } from "./roles-answer";

export function scaffoldYear(
  request: unknown,
  services?: SheetsServices,
  now: Date = new Date(),
): ServerResponse<ScaffoldResult & ScaffoldResultOldNames> {
  // The year as sent until it is checked: a failure before that still names it, cut.
  let tahun: unknown = (request as { tahun?: unknown } | null)?.tahun;
  const failed = (detail: string) =>
    `Lembar tahun ${clip(String(tahun), 12)} gagal disiapkan: ${detail}. Nilai yang sudah diketik tidak dihapus; coba tekan tombol lagi.`;
  return serve({ failed }, (call) => {
    const s = services ?? defaultServices();
    // Read phase: the catalog first, so the request's kodes are checked against it.
    const sheetCatalog = readSheetCatalog(s);
    const source = catalogSource(s, sheetCatalog);
    const parsed = call.parse(
      ScaffoldRequestSchema,
      request,
      "Permintaan",
      "{ tahun, jabatan?, periode?, rekap? }",
      source.ok ? kodeJabatan(source.catalog) : undefined,
    );
    if (!source.ok) return call.refuse(source.error);
    const { catalog } = source;
    tahun = parsed.tahun;
    call.lock(
      s.lock,
      `Lembar IKI sedang dibuat oleh editor lain di spreadsheet ini. Tunggu sampai selesai, lalu tekan tombol lagi untuk tahun ${tahun}.`,
    );
    // Who may press, and each sheet's protections (read phase; nothing read without an email in the catalog).
    const roles = readRoles(s, catalog);
    const refusal = notPengelolaRefusal(roles);
    if (refusal) return call.refuse(refusal);
    // Defaults (every jabatan, tahunan) applied once, in core.
    const year = yearRequest(parsed, catalog);
    // The catalog sheets are guarded by the call that writes the REKAP, the sequence's last.
    const guardCatalog = year.rekap ? guardCatalogSheets(s, sheetCatalog.sheets, roles) : null;
    if (source.firstUse && !writeCatalogSheets(s, catalog, targetYearsFrom(now)).written)
      return call.refuse("Katalog berubah saat lembar disiapkan; tekan tombol lagi.");
    const written = writeYear(s, year, catalog, roles);
    writeNewIds(sheetCatalog);
    guardCatalog?.();
    return {
      ...result(year.tahun, year.periode, written, source.firstUse, rolesAnswer(roles)),
      ...(written.bukti && { buktiBelumAda: buktiBelumAda(written.bukti.url, planValues(written.bukti.plan.cells), year.tahun, now) }),
    };
  });
}

/**
 * The catalog to build from: the one read, if usable; on first use (no KATALOG and no year's REKAP
 * of the add-on yet) the built-in example, which is then written into the three catalog sheets;
 * otherwise the refusal. A catalog deleted mid-year is never replaced behind the user's back.
 */
function catalogSource(
  s: SheetsServices,
  read: SheetCatalog,
): { ok: true; catalog: Catalog; firstUse: boolean } | { ok: false; error: string } {
  const usable = usableCatalog(read);
  if (usable.ok) return { ...usable, firstUse: false };
  const firstUse = !read.sheets.KATALOG && !s.spreadsheet.getSheets().some((sheet) => parseSheetName(sheet.getName(), []) !== null);
  return firstUse ? { ok: true, catalog: EXAMPLE_CATALOG, firstUse } : usable;
}

function result(
  tahun: number,
  periode: Periode,
  { sheets, lembarTakDikenal, lembarTakTerbaca }: WrittenYear,
  katalogDibuat: boolean,
  roles: ReturnType<typeof rolesAnswer>,
): ScaffoldResult & ScaffoldResultOldNames {
  const lembar = sheets.map((s) => ({ name: s.name, url: s.url, status: s.status }));
  const targetDariKatalog = sheets.reduce((n, s) => n + s.targetDariKatalog, 0);
  const targetBerbeda = sheets.flatMap((s) => s.targetBerbeda);
  const kept = sheets.reduce((n, s) => n + s.kept, 0);
  const moved = sheets.filter((s) => s.movedAside > 0);
  const movedCount = moved.reduce((n, s) => n + s.movedAside, 0);
  const made = sheets.filter((s) => s.status === "dibuat").length;
  const lembarLama = sheets.flatMap((s) => (s.lembarLama ? [s.lembarLama] : []));
  const perubahanKatalog = sheets.flatMap((s) => (s.perubahan.length ? [{ lembar: s.name, url: s.url, perubahan: s.perubahan }] : []));
  const parts = [
    katalogDibuat ? KATALOG_CONTOH_DIBUAT : "",
    `Lembar IKI ${tahun} (${periode}) siap: ${made} dibuat, ${sheets.length - made} diperbarui.`,
    perubahanKatalogText(perubahanKatalog),
    kept ? `${kept} isian yang sudah diketik dipertahankan.` : "",
    movedCount
      ? `${movedCount} isian tidak lagi punya tempat dan dipindahkan ke bagian "${ASIDE_TITLE}" di bawah lembar ${moved.map((s) => s.name).join(", ")}.`
      : "",
    ...sheets.flatMap((s) =>
      s.lembarLama
        ? [
            `Lembar "${s.lembarLama.semula}" yang sudah ada bukan buatan IKI Sheets: isinya tidak diubah dan namanya kini "${s.lembarLama.menjadi}"; "${s.name}" dibuat baru.`,
          ]
        : [],
    ),
    targetDariKatalog ? `${targetDariKatalog} target diisi dari katalog (Target ${tahun}).` : "",
    targetBerbeda.length
      ? `${targetBerbeda.length} target di lembar berbeda dari katalog dan tidak diubah: ${listed(targetBerbeda.map(berbedaText))}.`
      : "",
    takTerbacaText((lembarTakTerbaca ?? []).map((l) => clip(l.name))),
    lembarTakDikenal?.length
      ? `Lembar ${listed(lembarTakDikenal.map((l) => `"${clip(l.name)}"`))} tidak cocok dengan jabatan mana pun di katalog (kodenya diubah atau dihapus?): lembar itu tidak diubah; hapus atau ganti namanya bila tidak diperlukan lagi.`
      : "",
    ...roles.sentences,
  ];
  return {
    tahun,
    periode,
    lembar,
    nilaiDipertahankan: kept,
    nilaiDipindahkan: movedCount,
    lembarLama,
    targetDariKatalog,
    targetBerbeda,
    perubahanKatalog,
    // Looked for only with the REKAP (a `rekap: false` call leaves it to the sequence's last call).
    ...(lembarTakDikenal && { lembarTakDikenal }),
    ...(lembarTakTerbaca && { lembarTakTerbaca }),
    ...(katalogDibuat && { katalogContohDibuat: true }),
    perlindungan: roles.perlindungan,
    belumPunyaAkses: roles.belumPunyaAkses,
    message: parts.filter(Boolean).join(" "),
    // Old name of lembar, for a sidebar opened before the rename.
    sheets: lembar,
  };
}

/** `2027 KADINKES · "Angka kematian ibu…": 90 (katalog 92,5)` */
function berbedaText(t: TargetMismatch): string {
  return `${t.lembar} · "${clip(t.indikator)}": ${angka(t.target)} (katalog ${angka(t.katalog)})`;
}

/** A number as Indonesian readers write it (decimal comma); text (a KLA status, a formula) as it is, cut. */
function angka(v: string | number): string {
  return typeof v === "number" ? String(v).replace(".", ",") : clip(v, 40);
}
