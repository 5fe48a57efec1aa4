/**
 * Sidebar call `scaffoldYear(request)`: creates or updates the year's sheet set.
 * Validates the request, holds the document lock (two editors pressing the
 * button at once get one result), writes, and answers in Indonesian.
 */
import { ASIDE_TITLE } from "../core/plan/carry";
import type { Periode } from "../core/plan/types";
import { yearRequest } from "../core/plan/year";
import { clip } from "../core/quote";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import { writeYear, type WrittenSheet } from "../adapters/sheets/year";
import type { ScaffoldResult, ServerResponse } from "../shared/api";
import { ScaffoldRequestSchema } from "../shared/requests";
import { currentCatalog } from "./catalog-source";
import { kodeJabatan } from "../core/catalog";
import { parseRequest } from "./request";

/** How long to wait for another editor's run before answering "busy". */
export const LOCK_WAIT_MS = 10_000;

export function scaffoldYear(request: unknown, services?: SheetsServices): ServerResponse<ScaffoldResult> {
  const catalog = currentCatalog();
  const parsed = parseRequest(ScaffoldRequestSchema, request, "Permintaan", "{ tahun, jabatan?, periode? }", kodeJabatan(catalog));
  if (!parsed.ok) return parsed;
  // Defaults (every jabatan, tahunan) applied once, in core.
  const year = yearRequest(parsed.data, catalog);
  const { tahun, periode } = year;
  let locked = false;
  let s: SheetsServices | undefined;
  try {
    s = services ?? defaultServices();
    locked = s.lock.tryLock(LOCK_WAIT_MS);
    if (!locked) {
      return {
        ok: false,
        error: `Lembar IKI sedang dibuat oleh editor lain di spreadsheet ini. Tunggu sampai selesai, lalu tekan tombol lagi untuk tahun ${tahun}.`,
      };
    }
    const sheets = writeYear(s, year, catalog);
    return { ok: true, data: result(tahun, periode, sheets) };
  } catch (e) {
    console.error("scaffoldYear", e);
    // Cut: an error's text may repeat what was sent.
    const detail = clip(e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      error: `Lembar tahun ${tahun} gagal disiapkan: ${detail}. Nilai yang sudah diketik tidak dihapus; coba tekan tombol lagi.`,
    };
  } finally {
    if (locked) s?.lock.releaseLock();
  }
}

function result(tahun: number, periode: Periode, sheets: WrittenSheet[]): ScaffoldResult {
  const kept = sheets.reduce((n, s) => n + s.kept, 0);
  const moved = sheets.filter((s) => s.movedAside > 0);
  const movedCount = moved.reduce((n, s) => n + s.movedAside, 0);
  const made = sheets.filter((s) => s.status === "dibuat").length;
  const lembarLama = sheets.flatMap((s) => (s.lembarLama ? [s.lembarLama] : []));
  const parts = [
    `Lembar IKI ${tahun} (${periode}) siap: ${made} dibuat, ${sheets.length - made} diperbarui.`,
    kept ? `${kept} isian yang sudah diketik dipertahankan.` : "",
    movedCount
      ? `${movedCount} isian tidak lagi punya tempat dan dipindahkan ke bagian "${ASIDE_TITLE}" di bawah lembar ${moved.map((s) => s.name).join(", ")}.`
      : "",
    ...sheets.flatMap((s) =>
      s.lembarLama
        ? [`Lembar "${s.lembarLama.semula}" yang sudah ada bukan buatan IKI Sheets: isinya tidak diubah dan namanya kini "${s.lembarLama.menjadi}"; "${s.name}" dibuat baru.`]
        : [],
    ),
  ];
  return {
    tahun,
    periode,
    sheets: sheets.map((s) => ({ name: s.name, url: s.url, status: s.status })),
    nilaiDipertahankan: kept,
    nilaiDipindahkan: movedCount,
    lembarLama,
    message: parts.filter(Boolean).join(" "),
  };
}
