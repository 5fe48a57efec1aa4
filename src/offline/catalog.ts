/**
 * Which catalog the offline command uses, read from the catalog sheets of an xlsx as the
 * add-on reads them from Sheets (core/catalog/tables): `--katalog FILE`, else the year's
 * existing workbook when it has catalog sheets (what the user typed there), else the
 * built-in example. A catalog with problems is refused with one line per cell, never
 * replaced by the example (PRODUCT: never silently fall back).
 */
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { EXAMPLE_CATALOG } from "../core/catalog";
import type { Catalog } from "../core/catalog/model";
import {
  ALL_CATALOG_SHEETS,
  type CatalogProblem,
  type CatalogSheetName,
  type CatalogTableValues,
  readCatalog,
} from "../core/catalog/tables";
import { sheetKey } from "../core/naming";
import { CliError, EXIT } from "./io/errors";
import { errorCode, ioReason, quotePath } from "./io/messages";
import { type ExtraColumns, extraColumnsOf } from "./xlsx/catalog-sheets";
import { oldSheetOf, readWorkbook } from "./xlsx/read-workbook";

export const EXAMPLE_NAME = "contoh bawaan (Dinas Sosial PPPA Sampang)";

export interface UsedCatalog {
  catalog: Catalog;
  /** For "Katalog: …": where it came from. */
  from: string;
  /** Ids the reader gave blank ID cells; the written KATALOG holds them from now on. */
  newIds: number;
  /** Columns the user added to the catalog sheets, carried into the written ones. */
  extras: ExtraColumns;
  /** The catalog sheets' values as read (absent for the built-in example): where a missing field is (core/pk/locate.ts). */
  values?: CatalogTableValues;
}

type CatalogWorksheets = Partial<Record<CatalogSheetName, ExcelJS.Worksheet>>;

/** The catalog sheets of a workbook, found by name without regard to case (as Sheets compares names). */
export function catalogWorksheets(book: ExcelJS.Workbook | null): CatalogWorksheets {
  const found: CatalogWorksheets = {};
  for (const name of ALL_CATALOG_SHEETS) {
    const ws = book?.worksheets.find((w) => sheetKey(w.name) === sheetKey(name));
    if (ws) found[name] = ws;
  }
  return found;
}

/**
 * The catalog for this run. `old` is the year's workbook already read (or null); `cwd`
 * resolves a relative --katalog. Every refusal is a CliError with exit 2, before anything is written.
 */
export async function chooseCatalog(
  katalog: string | undefined,
  old: { book: ExcelJS.Workbook; path: string } | null,
  cwd: string,
): Promise<UsedCatalog> {
  if (katalog !== undefined) {
    const path = resolve(cwd, katalog);
    const book = await readKatalogFile(path, katalog);
    const sheets = catalogWorksheets(book);
    if (Object.keys(sheets).length === 0) {
      throw new CliError(
        `${quotePath(katalog)} tidak memuat lembar KATALOG, JABATAN dan PENGATURAN; pakai buku kerja IKI yang dibuat perintah ini (mis. tahun lalu)`,
        EXIT.USAGE,
      );
    }
    return fromSheets(sheets, katalog);
  }
  const sheets = catalogWorksheets(old?.book ?? null);
  // A workbook made before catalog sheets existed has none: the example, as before.
  // One with only some of them is refused below (a sheet deleted or renamed), not replaced.
  if (old && Object.keys(sheets).length > 0) return fromSheets(sheets, basename(old.path));
  return { catalog: EXAMPLE_CATALOG, from: EXAMPLE_NAME, newIds: 0, extras: {} };
}

async function readKatalogFile(path: string, shown: string): Promise<ExcelJS.Workbook> {
  try {
    if (statSync(path).isDirectory())
      throw new CliError(`berkas katalog ${quotePath(shown)} adalah folder, bukan buku kerja .xlsx`, EXIT.USAGE);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const why = errorCode(e) === "ENOENT" ? "tidak ada" : `tidak dapat dibuka: ${ioReason(e)}`;
    throw new CliError(`berkas katalog ${quotePath(shown)} ${why}`, EXIT.USAGE);
  }
  try {
    return await readWorkbook(path);
  } catch (e) {
    const why = errorCode(e) === "EACCES" || errorCode(e) === "EPERM" ? ioReason(e) : "bukan buku kerja .xlsx atau rusak";
    throw new CliError(`berkas katalog ${quotePath(shown)} tidak dapat dibaca: ${why}`, EXIT.USAGE);
  }
}

/** The values as getValues gives them (rich text → text, formula → its cached result), read by the core reader. */
function fromSheets(sheets: CatalogWorksheets, from: string): UsedCatalog {
  const values: CatalogTableValues = {};
  for (const name of ALL_CATALOG_SHEETS) {
    const ws = sheets[name];
    if (ws) values[name] = oldSheetOf(ws).values;
  }
  const read = readCatalog(values);
  if (!read.catalog || read.problems.length > 0) {
    const n = read.problems.length;
    throw new CliError(
      `katalog di ${quotePath(from)} bermasalah (${n} masalah), jadi tidak ada yang ditulis; perbaiki lalu jalankan lagi:`,
      EXIT.USAGE,
      read.problems.map(problemLine),
    );
  }
  // The new ids go into the values too, so added columns stay with their rows by id.
  for (const id of read.newIds) {
    const row = values.KATALOG?.[id.row];
    if (row) row[id.col] = id.id;
  }
  return { catalog: read.catalog, from: `dari ${from}`, newIds: read.newIds.length, extras: extraColumnsOf(values), values };
}

/** "KATALOG!I5: …", or "JABATAN: …" for a whole sheet. */
export function problemLine(p: CatalogProblem): string {
  return `${p.cell ?? p.sheet}: ${p.message}`;
}
