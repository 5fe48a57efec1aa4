/**
 * The read phase: everything the write phase needs, read before the first write
 * (a read after a write makes Apps Script flush the queued writes and wait).
 */
import type { OldSheet } from "../../core/plan/carry";
import type { BuiltChart, ProtectionApi, SheetApi, SheetsServices } from "./services";

/** Our protections carry this prefix, so a re-run removes them and leaves the users' own alone. */
export const PROTECTION_PREFIX = "IKI Sheets: ";

export interface SheetSnapshot extends OldSheet {
  sheet: SheetApi;
  maxRows: number;
  maxColumns: number;
  /** Protections this add-on made on an earlier run. */
  protections: ProtectionApi[];
  /** Charts on the sheet, read only when the new plan draws one (they are replaced). */
  charts: BuiltChart[];
}

/** Each sheet by name, or null: one getSheetByName per name. */
export function findSheets(services: Pick<SheetsServices, "spreadsheet">, names: readonly string[]): Map<string, SheetApi | null> {
  return new Map(names.map((name) => [name, services.spreadsheet.getSheetByName(name)]));
}

/** What an existing sheet holds, for carrying typed values over and for clearing it. */
export function readSnapshot(services: Pick<SheetsServices, "rangeProtection">, sheet: SheetApi, options: { charts: boolean }): SheetSnapshot {
  const data = sheet.getDataRange();
  const values = data.getValues();
  const formulas = data.getFormulas();
  return {
    sheet,
    values,
    formulas,
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    protections: sheet.getProtections(services.rangeProtection).filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX)),
    charts: options.charts ? sheet.getCharts() : [],
  };
}
