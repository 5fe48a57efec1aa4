/**
 * The catalog as the spreadsheet holds it (KATALOG, JABATAN, PENGATURAN; core/catalog/tables/layout.ts):
 * found by name without regard to case and read in one read phase (`readSheetCatalog`),
 * then, in the write phase, the ids the reader made for blank ID cells written once
 * (`writeNewIds`), so they never change after. A missing sheet is a problem the reader
 * names; nothing here falls back to the built-in example.
 */
import {
  ALL_CATALOG_SHEETS,
  CATALOG_SHEETS,
  type CatalogRead,
  type CatalogSheetName,
  type CatalogTableValues,
  type NewId,
  readCatalog,
} from "../../core/catalog/tables";
import { sheetKey } from "../../core/naming";
import type { SheetApi, SheetsServices } from "./services";

export type CatalogSheets = Record<CatalogSheetName, SheetApi | null>;

export interface SheetCatalog {
  /** Each catalog sheet, or null when the spreadsheet has no sheet of that name. */
  sheets: CatalogSheets;
  /** The three sheets exist. */
  ada: boolean;
  /** What each existing sheet holds (getDataRange().getValues(): from A1). */
  values: CatalogTableValues;
  /** The reader's answer: the catalog (only when there is no problem), every problem, the ids to write. */
  read: CatalogRead;
}

/** A sheet and its name, when the caller already read the names (getSidebarData). */
export interface NamedSheet {
  sheet: SheetApi;
  name: string;
}

/**
 * The three sheets by name, without regard to case (as Sheets compares names). From
 * `named` when the caller has read every sheet's name already (no further call), else
 * one getSheetByName each.
 */
export function findCatalogSheets(services: Pick<SheetsServices, "spreadsheet">, named?: readonly NamedSheet[]): CatalogSheets {
  const byKey = named && new Map(named.map((n) => [sheetKey(n.name), n.sheet]));
  const find = (name: CatalogSheetName) => (byKey ? (byKey.get(sheetKey(name)) ?? null) : services.spreadsheet.getSheetByName(name));
  return { KATALOG: find("KATALOG"), JABATAN: find("JABATAN"), PENGATURAN: find("PENGATURAN"), PROGRAM: find("PROGRAM") };
}

/**
 * Read phase only: the catalog sheets' values and what the reader makes of them. Reads
 * only (getSheetByName ×3 unless `named`, then getDataRange and getValues per sheet), so a
 * caller can go on reading its own sheets before its first write.
 */
export function readSheetCatalog(services: Pick<SheetsServices, "spreadsheet">, named?: readonly NamedSheet[]): SheetCatalog {
  const sheets = findCatalogSheets(services, named);
  const values: CatalogTableValues = {};
  for (const name of ALL_CATALOG_SHEETS) {
    const sheet = sheets[name];
    if (sheet) values[name] = sheet.getDataRange().getValues();
  }
  return { sheets, ada: CATALOG_SHEETS.every((name) => sheets[name] !== null), values, read: readCatalog(values) };
}

/** New ids in runs of consecutive rows of one column, top to bottom: one setValues per run. */
export function idRuns(newIds: readonly NewId[]): { row: number; col: number; ids: string[] }[] {
  const sorted = [...newIds].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { row: number; col: number; ids: string[] }[] = [];
  for (const id of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === id.col && last.row + last.ids.length === id.row) last.ids.push(id.id);
    else runs.push({ row: id.row, col: id.col, ids: [id.id] });
  }
  return runs;
}

/**
 * Write phase: the ids of blank ID cells, once (the next read finds them and proposes
 * nothing). Never while the catalog has problems: nothing is created from such a catalog.
 * Returns how many were written.
 */
export function writeNewIds(catalog: SheetCatalog): number {
  const sheet = catalog.sheets.KATALOG;
  if (!sheet || catalog.read.problems.length > 0 || !catalog.read.catalog) return 0;
  for (const run of idRuns(catalog.read.newIds)) {
    sheet.getRange(run.row + 1, run.col + 1, run.ids.length, 1).setValues(run.ids.map((id) => [id]));
  }
  return catalog.read.newIds.length;
}

/** Read, then write the new ids: for a call that does nothing else with the spreadsheet (checkCatalog). */
export function loadSheetCatalog(services: Pick<SheetsServices, "spreadsheet">): SheetCatalog {
  const catalog = readSheetCatalog(services);
  writeNewIds(catalog);
  return catalog;
}
