/**
 * What the sidebar shows of the catalog (KatalogInfo): whether its three sheets exist,
 * a link to KATALOG, how many jabatan and indicators it has, and every problem with a
 * link that opens its cell.
 */
import {
  KATALOG_COLUMNS,
  JABATAN_COLUMNS,
  type CatalogProblem,
  type CatalogRead,
  type CatalogSheetName,
  type CatalogTableValues,
} from "../core/catalog/tables";
import { findHeader } from "../core/catalog/tables/header";
import { Problems } from "../core/catalog/tables/problems";
import type { Catalog } from "../core/catalog/model";
import type { CatalogProblemLink, KatalogInfo } from "../shared/api";

/** Links of the catalog sheets that exist: the spreadsheet's address and "#gid=<sheetId>". */
export type SheetUrls = Partial<Record<CatalogSheetName, string>>;

export function katalogInfo(ada: boolean, read: CatalogRead, values: CatalogTableValues, urls: SheetUrls): KatalogInfo {
  const counts = read.catalog ? countsOf(read.catalog) : countRows(values);
  return { ada, url: urls.KATALOG ?? "", ...counts, masalah: read.problems.map((p) => problemLink(p, urls)) };
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
