/**
 * PK sheets in the main SpreadsheetApp fake, written by the real sheets adapter from the real plan
 * (core/pk/pk-sheet.ts) without going through a server call: what the PDF export finds once
 * "Buat PK" has run.
 *
 *   withPkSheets(yearSpreadsheet(), ["KADIS", "SEKRETARIS"]);                 // PK 2027 KADIS, …
 *   withPkSheets(fake, ["KADIS"], { perubahan: true });                      // PK Perubahan 2027 KADIS
 */
import { applySheetPlan } from "../../src/adapters/sheets/apply";
import { type Catalog, EXAMPLE_CATALOG } from "../../src/core/catalog";
import { pkSheet } from "../../src/core/pk/pk-sheet";
import type { FakeSpreadsheetApp } from "./fakes/spreadsheet-app";

export function withPkSheets(
  fake: FakeSpreadsheetApp,
  kodes: readonly string[],
  options: { tahun?: number; perubahan?: boolean; catalog?: Catalog } = {},
): FakeSpreadsheetApp {
  const { tahun = 2027, perubahan = false, catalog = EXAMPLE_CATALOG } = options;
  for (const kode of kodes) applySheetPlan(fake.services(), pkSheet(catalog, kode, { tahun, perubahan }).plan, null);
  fake.log.clear();
  return fake;
}
