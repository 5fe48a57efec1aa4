/**
 * A SpreadsheetApp fake whose spreadsheet already holds a catalog (KATALOG, JABATAN, PROGRAM,
 * PENGATURAN written as the add-on writes them), its log and flush count cleared, so a
 * test measures only what it does next.
 */
import { writeCatalogSheets } from "../../src/adapters/sheets/catalog-write";
import { type Catalog, EXAMPLE_CATALOG } from "../../src/core/catalog";
import { createFakeSpreadsheetApp, type FakeSpreadsheetApp } from "./fakes/spreadsheet-app";

export const CATALOG_SHEET_NAMES = ["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"];

export function fakeWithCatalog(
  catalog: Catalog = EXAMPLE_CATALOG,
  fake: FakeSpreadsheetApp = createFakeSpreadsheetApp(),
): FakeSpreadsheetApp {
  const written = writeCatalogSheets(fake.services(), catalog, [2026, 2027, 2028, 2029, 2030]);
  if (!written.written) throw new Error("fakeWithCatalog: KATALOG already there");
  fake.log.clear();
  fake.flushes = 0;
  return fake;
}

/** The spreadsheet's sheets other than the catalog's: the year sheets and any of the user's. */
export function yearSheets(fake: FakeSpreadsheetApp): FakeSpreadsheetApp["spreadsheet"]["sheets"] {
  return fake.spreadsheet.sheets.filter((s) => !CATALOG_SHEET_NAMES.includes(s.name));
}

/** Every cell of the catalog sheets holding `from`, typed over with `to` (what a user renaming a kode does). */
export function renameKode(fake: FakeSpreadsheetApp, from: string, to: string): void {
  for (const sheet of ["JABATAN", "KATALOG"]) {
    for (const [a1, value] of fake.user.contents(sheet)) if (value === from) fake.user.type(sheet, a1, to);
  }
}
