/**
 * Sidebar calls for the Perjanjian Kinerja (README "Perjanjian Kinerja"):
 * `createPerjanjianKinerja({ tahun, jabatan?, perubahan? })` makes or updates the PK sheets from the
 * catalog (a locked one is left as it is and said so); `lockPerjanjianKinerja(…)` locks them for good,
 * refused per sheet while it still prints a placeholder. Their Indonesian names, as the specification
 * spells them (buatPerjanjianKinerja, kunciPerjanjianKinerja), answer too (src/entries/registry.ts).
 */
import { readSheetCatalog, type SheetCatalog } from "../adapters/sheets/catalog";
import { upgradeCatalogSheets } from "../adapters/sheets/catalog-upgrade";
import { lockPk, writePk } from "../adapters/sheets/pk";
import { readRoles } from "../adapters/sheets/roles";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import { type Catalog, kodeJabatan } from "../core/catalog";
import { ALL_CATALOG_SHEETS, type CatalogSheetName } from "../core/catalog/tables";
import { upgradeText } from "../core/catalog/tables/upgrade";
import { pkSheetName } from "../core/naming";
import { locateMissing, type MissingPlace, uniqueMissing } from "../core/pk/locate";
import { AtasanUnknown } from "../core/pk/parties";
import { type PkSheet, pkSheet } from "../core/pk/pk-sheet";
import { clip } from "../core/quote";
import type { PkLockResult, PkMissing, PkRequest, PkResult, ServerResponse } from "../shared/api";
import { PkRequestSchema } from "../shared/requests";
import { usableCatalog } from "./catalog-info";
import type { Call } from "./endpoint";
import { serve } from "./endpoint";
import { notPengelolaRefusal, rolesAnswer } from "./roles-answer";

const LOCK_BUSY =
  "Perjanjian Kinerja sedang dibuat atau dikunci oleh editor lain di spreadsheet ini. Tunggu sampai selesai, lalu tekan tombol lagi.";

export function createPerjanjianKinerja(request: unknown, services?: SheetsServices): ServerResponse<PkResult> {
  const failed = (detail: string) =>
    `Perjanjian Kinerja gagal dibuat: ${detail}. Lembar yang sudah ada tidak diubah; coba tekan tombol lagi.`;
  return serve({ failed }, (call) => {
    const s = services ?? defaultServices();
    // The lock before the catalog is read: two presses at once must not both add the missing columns.
    call.lock(s.lock, LOCK_BUSY);
    const { parsed, catalog, sheetCatalog } = readRequest(call, s, request);
    const roles = readRoles(s, catalog);
    const refusal = notPengelolaRefusal(roles);
    if (refusal) return call.refuse(refusal);
    const spreadsheetUrl = s.spreadsheet.getUrl();
    // A catalog from before the PK gets its Atasan column, kepala daerah rows and PROGRAM sheet first, so
    // that a refusal below ("Atasan … belum diisi") points at a column that is there.
    const added = upgradeText(upgradeCatalogSheets(s, sheetCatalog));
    const plans = pkPlans(call, catalog, parsed, sheetCatalog, added);
    const written = writePk(
      s,
      plans.map(({ kode, pk }) => ({ kode, plan: pk.plan })),
      roles,
    );
    const guarded = rolesAnswer(roles);
    const belumDiisi = missingLinks(
      plans.flatMap((p) => p.pk.missing),
      sheetCatalog,
      spreadsheetUrl,
    );
    const lembarLama = written.flatMap((w) => (w.lembarLama ? [w.lembarLama] : []));
    const perubahan = parsed.perubahan === true;
    return {
      tahun: parsed.tahun,
      perubahan,
      lembar: written.map(({ name, kode, url, status }) => ({ name, kode, url, status })),
      belumDiisi,
      lembarLama,
      katalogDilengkapi: added,
      perlindungan: guarded.perlindungan,
      belumPunyaAkses: guarded.belumPunyaAkses,
      message: [added, createMessage(written, belumDiisi.length), ...guarded.sentences].filter(Boolean).join(" "),
    };
  });
}

export function lockPerjanjianKinerja(request: unknown, services?: SheetsServices, now: Date = new Date()): ServerResponse<PkLockResult> {
  const failed = (detail: string) => `Perjanjian Kinerja gagal dikunci: ${detail}. Coba tekan tombol lagi.`;
  return serve({ failed }, (call) => {
    const s = services ?? defaultServices();
    call.lock(s.lock, LOCK_BUSY);
    const { parsed, catalog, sheetCatalog } = readRequest(call, s, request);
    const refusal = notPengelolaRefusal(readRoles(s, catalog));
    if (refusal) return call.refuse(refusal);
    const spreadsheetUrl = s.spreadsheet.getUrl();
    const perubahan = parsed.perubahan === true;
    const kodes = parsed.jabatan ?? kodeJabatan(catalog);
    const outcomes = lockPk(
      s,
      kodes.map((k) => pkSheetName(parsed.tahun, k, perubahan)),
      now,
    );
    const of = (kind: string) => outcomes.flatMap((o) => (o.kind === kind && "url" in o ? [{ name: o.name, url: o.url }] : []));
    // What a draft still misses, from the catalog as it is now (its cells to fill).
    const drafts = new Set(of("belumDiisi").map((o) => o.name));
    const draftKodes = kodes.filter((k) => drafts.has(pkSheetName(parsed.tahun, k, perubahan)));
    const where = wherein(sheetCatalog);
    const missing = draftKodes.flatMap((k) => pkOf(call, catalog, k, parsed, where).missing);
    const belumDiisi = missingLinks(missing, sheetCatalog, spreadsheetUrl);
    const result = {
      tahun: parsed.tahun,
      perubahan,
      dikunci: of("dikunci"),
      sudahTerkunci: of("sudahTerkunci"),
      belumDiisi,
      belumDibuat: outcomes.flatMap((o, i) => (o.kind === "belumDibuat" ? [kodes[i] as string] : [])),
    };
    return { ...result, message: lockMessage(result, [...drafts]) };
  });
}

/** The request checked against the catalog read first; refused while the catalog cannot be used. */
function readRequest(call: Call, s: SheetsServices, request: unknown) {
  const sheetCatalog = readSheetCatalog(s);
  const known = sheetCatalog.read.catalog;
  const parsed: PkRequest = call.parse(
    PkRequestSchema,
    request,
    "Permintaan Perjanjian Kinerja",
    "{ tahun, jabatan?, perubahan? }",
    known && kodeJabatan(known),
  );
  const usable = usableCatalog(sheetCatalog);
  const catalog = usable.ok ? usable.catalog : call.refuse(usable.error);
  return { parsed, catalog, sheetCatalog };
}

function wherein(sheetCatalog: SheetCatalog) {
  return (field: Parameters<typeof locateMissing>[0]) => locateMissing(field, sheetCatalog.values);
}

/** `added`: what the catalog was just given (upgradeText), said before a refusal too. */
function pkOf(call: Call, catalog: Catalog, kode: string, request: PkRequest, where: ReturnType<typeof wherein>, added = ""): PkSheet {
  try {
    return pkSheet(catalog, kode, { tahun: request.tahun, perubahan: request.perubahan === true, where });
  } catch (e) {
    if (e instanceof AtasanUnknown) return call.refuse(`${added ? `${added} ` : ""}${e.message}`);
    throw e;
  }
}

function pkPlans(call: Call, catalog: Catalog, request: PkRequest, sheetCatalog: SheetCatalog, added: string) {
  const where = wherein(sheetCatalog);
  return (request.jabatan ?? kodeJabatan(catalog)).map((kode) => ({ kode, pk: pkOf(call, catalog, kode, request, where, added) }));
}

/** Each blank field once, with a link to its cell ("" when the catalog has no such cell yet). */
function missingLinks(missing: readonly MissingPlace[], sheetCatalog: SheetCatalog, spreadsheetUrl: string): PkMissing[] {
  const unique = uniqueMissing(missing);
  return unique.map((m) => {
    const [sheet, range] = (m.cell ?? "").split("!");
    const catalogSheet = ALL_CATALOG_SHEETS.includes(sheet as CatalogSheetName) ? sheetCatalog.sheets[sheet as CatalogSheetName] : null;
    const url = catalogSheet && range ? `${spreadsheetUrl}#gid=${catalogSheet.getSheetId()}&range=${range}` : "";
    return { label: m.label, cell: m.cell ?? "", url };
  });
}

function createMessage(written: readonly { name: string; status: string }[], missing: number): string {
  const count = (status: string) => written.filter((w) => w.status === status).length;
  const parts = [
    count("dibuat") && `${count("dibuat")} dibuat`,
    count("diperbarui") && `${count("diperbarui")} diperbarui`,
    count("terkunci") && `${count("terkunci")} terkunci, tidak diubah`,
  ].filter(Boolean);
  const draft = missing
    ? ` Konsep: ${missing} isian belum ada di katalog, dicetak sebagai titik-titik; isi lalu tekan Buat PK lagi sebelum dikunci.`
    : "";
  return `Perjanjian Kinerja: ${parts.join(", ")}.${draft}`;
}

function lockMessage(r: Omit<PkLockResult, "message">, drafts: readonly string[]): string {
  const parts = [
    r.dikunci.length && `${r.dikunci.length} dikunci`,
    r.sudahTerkunci.length && `${r.sudahTerkunci.length} sudah terkunci sebelumnya`,
    drafts.length && `${drafts.length} belum dikunci karena masih konsep (${clip(drafts.join(", "), 200)})`,
    r.belumDibuat.length && `${r.belumDibuat.length} belum dibuat (${clip(r.belumDibuat.join(", "), 200)}): tekan Buat PK dulu`,
  ].filter(Boolean);
  return `Kunci Perjanjian Kinerja: ${parts.join("; ")}.`;
}
