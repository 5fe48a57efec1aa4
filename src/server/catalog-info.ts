/**
 * The catalog as the server calls share it (no call imports another): what the sidebar
 * shows of it (CatalogInfo: whether its three sheets exist, a link to KATALOG, how many
 * jabatan and indicators, every problem with a link that opens its cell), the catalog the
 * calls that build from it may use, and the years of a new KATALOG's Target columns.
 */

import type { CatalogSheets, SheetCatalog } from "../adapters/sheets/catalog";
import type { SheetsServices } from "../adapters/sheets/services";
import type { Catalog } from "../core/catalog/model";
import {
  CATALOG_SHEETS,
  type CatalogProblem,
  type CatalogRead,
  type CatalogSheetName,
  type CatalogTableValues,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
} from "../core/catalog/tables";
import { findHeader } from "../core/catalog/tables/header";
import { Problems } from "../core/catalog/tables/problems";
import { tahunJakarta, targetYears } from "../core/tahun";
import type { CatalogInfo, CatalogProblemLink } from "../shared/api";

/** `Target <tahun>` columns of a new KATALOG: from this year in Asia/Jakarta (core/tahun.ts targetYears). */
export const targetYearsFrom = (now: Date): number[] => targetYears(tahunJakarta(now));

/** Links of the catalog sheets that exist: the spreadsheet's address and "#gid=<sheetId>". */
export type SheetUrls = Partial<Record<CatalogSheetName, string>>;

export function catalogInfo(ada: boolean, read: CatalogRead, values: CatalogTableValues, urls: SheetUrls): CatalogInfo {
  const counts = read.catalog ? countsOf(read.catalog) : countRows(values);
  return { ada, url: urls.KATALOG ?? "", ...counts, masalah: read.problems.map((p) => problemLink(p, urls)) };
}

/** CatalogInfo of a catalog read from the spreadsheet; the address is asked for only when there is a sheet to link. */
export function infoOf(services: Pick<SheetsServices, "spreadsheet">, catalog: SheetCatalog, spreadsheetUrl?: string): CatalogInfo {
  return catalogInfo(catalog.ada, catalog.read, catalog.values, sheetUrls(services, catalog.sheets, spreadsheetUrl));
}

function sheetUrls(services: Pick<SheetsServices, "spreadsheet">, sheets: CatalogSheets, spreadsheetUrl?: string): SheetUrls {
  const present = CATALOG_SHEETS.filter((name) => sheets[name] !== null);
  if (!present.length) return {};
  const base = spreadsheetUrl ?? services.spreadsheet.getUrl();
  const urls: SheetUrls = {};
  for (const name of present) urls[name] = `${base}#gid=${(sheets[name] as NonNullable<CatalogSheets[CatalogSheetName]>).getSheetId()}`;
  return urls;
}

/** "KATALOG!I5" → the sheet's link and "&range=I5"; a whole missing sheet has neither cell nor link. */
export function problemLink(problem: CatalogProblem, urls: SheetUrls): CatalogProblemLink {
  const sheetUrl = urls[problem.sheet];
  if (!problem.cell || !sheetUrl) return { cell: problem.cell ?? "", message: problem.message, url: "" };
  const range = problem.cell.slice(problem.cell.indexOf("!") + 1);
  return { cell: problem.cell, message: problem.message, url: `${sheetUrl}&range=${range}` };
}

function countsOf(catalog: Catalog): { jabatan: number; indikator: number } {
  const indikator = catalog.jabatan.reduce((n, j) => n + j.sasaran.reduce((m, s) => m + s.indikator.length, 0), 0);
  return { jabatan: catalog.jabatan.length, indikator };
}

/**
 * A catalog with problems is not read, yet the sidebar still says how big it is: the rows
 * below each header with a Kode (JABATAN) or an Indikator Kinerja (KATALOG), as typed.
 */
function countRows(values: CatalogTableValues): { jabatan: number; indikator: number } {
  return {
    jabatan: filled("JABATAN", values.JABATAN, JABATAN_COLUMNS, "kode"),
    indikator: filled("KATALOG", values.KATALOG, KATALOG_COLUMNS, "indikator"),
  };
}

function filled<K extends string>(
  sheet: CatalogSheetName,
  values: unknown[][] | undefined,
  columns: readonly { key: K; label: string; width: number; note: string }[],
  key: K,
): number {
  if (!values) return 0;
  // The header's own problems are already in the read; this count only needs the column.
  const header = findHeader(sheet, values, columns, new Problems());
  const col = header?.col[key];
  if (!header || col === undefined) return 0;
  return values.slice(header.row + 1).filter((row) => String(row[col] ?? "").trim() !== "").length;
}

/** Problems quoted in full in a refusal; the rest are counted (the sidebar's Periksa katalog lists them all). */
const PROBLEMS_QUOTED = 3;

/**
 * For the calls that build from the catalog (scaffoldYear, exportPdf): the catalog read in
 * their read phase, or the Indonesian refusal when a sheet is missing or it has problems
 * (nothing is created from such a catalog, and the built-in example never stands in).
 */
export function usableCatalog(catalog: SheetCatalog): { ok: true; catalog: Catalog } | { ok: false; error: string } {
  const { problems } = catalog.read;
  if (catalog.read.catalog && problems.length === 0) return { ok: true, catalog: catalog.read.catalog };
  if (!catalog.sheets.KATALOG) {
    return {
      ok: false,
      error:
        "Katalog belum ada di spreadsheet ini (lembar KATALOG tidak ada). Buat dulu lewat bagian Katalog di sidebar, dari contoh bawaan atau kosong; bila nama lembarnya diganti, kembalikan namanya.",
    };
  }
  const shown = problems.slice(0, PROBLEMS_QUOTED).map((p) => (p.cell ? `${p.cell}: ${p.message}` : p.message));
  const more = problems.length > PROBLEMS_QUOTED ? ` (dan ${problems.length - PROBLEMS_QUOTED} masalah lain)` : "";
  return {
    ok: false,
    error: `Katalog punya ${problems.length} masalah, jadi belum ada lembar yang dibuat. ${shown.join(" ")}${more} Perbaiki, lalu tekan Periksa katalog di sidebar untuk melihat semuanya dengan tautan ke selnya.`,
  };
}
