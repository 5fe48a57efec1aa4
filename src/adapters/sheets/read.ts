/**
 * The read phase: everything the write phase needs, read before the first write
 * (a read after a write makes Apps Script flush the queued writes and wait).
 */
import type { OldSheet } from "../../core/carry/carry";
import { sheetKey } from "../../core/naming";
import type { SheetPlan } from "../../core/sheet/types";
import { PROTECTION_PREFIX, ROLES_SUFFIX, sheetMetadata } from "./ownership";
import type { BuiltChart, DeveloperMetadataApi, ProtectionApi, SheetApi, SheetsServices } from "./services";

export { PROTECTION_PREFIX } from "./ownership";

export interface SheetSnapshot extends OldSheet {
  sheet: SheetApi;
  /**
   * Rows of the sheet, read only when the plan needs more rows than the data
   * range holds (`readRowsIfShort`); null: the sheet has at least as many rows
   * as the data range, which is all the write phase needs to know then.
   */
  maxRows: number | null;
  maxColumns: number;
  /** The sheet protection this add-on made on an earlier run (updated, not made again), or null. */
  protection: { protection: ProtectionApi; description: string } | null;
  /**
   * The range protections this add-on made on an earlier run (they are replaced): read for a plan that
   * protects areas, for a sheet whose inputs get their own protections now (roles), and for a sheet
   * whose sheet protection says it was restricted by roles (ROLES_SUFFIX: its input protections go).
   */
  areaProtections: ProtectionApi[];
  /**
   * Someone else's sheet protection is on the sheet. A sheet has one sheet protection at most
   * (Sheet.protect() hands the existing one back), so the add-on leaves it as it is.
   */
  foreignProtection: boolean;
  /** Charts on the sheet, read only when the new plan draws one (they are replaced). */
  charts: BuiltChart[];
  /** The add-on's marker is on the sheet (else the write phase adds it, once, if the sheet is the add-on's). */
  marked: boolean;
  /** A Perjanjian Kinerja locked once signed (ownership.ts LOCK_KEY): never written again. */
  locked: boolean;
  /** The record of what the add-on wrote last time (src/core/record) as stored, or null; and its metadata, to update. */
  record: string | null;
  recordMetadata: DeveloperMetadataApi[];
}

/**
 * Each sheet by name, or null. One getSheets() and a getName() per sheet when
 * the spreadsheet holds fewer sheets than there are names (a new spreadsheet:
 * 2 calls instead of 8), else one getSheetByName per name. Names match
 * without regard to case, as getSheetByName and insertSheet treat them.
 */
export function findSheets(services: Pick<SheetsServices, "spreadsheet">, names: readonly string[]): Map<string, SheetApi | null> {
  const sheets = services.spreadsheet.getSheets();
  if (sheets.length < names.length) {
    const byName = new Map<string, SheetApi>();
    for (const sheet of sheets) byName.set(sheetKey(sheet.getName()), sheet);
    return new Map(names.map((name) => [name, byName.get(sheetKey(name)) ?? null]));
  }
  return new Map(names.map((name) => [name, services.spreadsheet.getSheetByName(name)]));
}

/** Every sheet with its name: one getSheets() and a getName() per sheet. */
export interface NamedSheet {
  sheet: SheetApi;
  name: string;
}

export function listSheets(services: Pick<SheetsServices, "spreadsheet">): NamedSheet[] {
  return services.spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** `names` looked up in a listing, without regard to case as Sheets compares names. */
export function sheetsByName(listed: readonly NamedSheet[], names: readonly string[]): Map<string, SheetApi | null> {
  const byName = new Map<string, SheetApi>();
  for (const { sheet, name } of listed) if (!byName.has(sheetKey(name))) byName.set(sheetKey(name), sheet);
  return new Map(names.map((name) => [name, byName.get(sheetKey(name)) ?? null]));
}

/**
 * What an existing sheet holds, for telling whose it is (ownership.ts), carrying typed values over and clearing it.
 * `areaProtections`: the plan to write protects areas (SheetPlan.protection) or its inputs get protections
 * of their own (roles), so our range protections are read too.
 */
export function readSnapshot(
  services: Pick<SheetsServices, "sheetProtection" | "rangeProtection">,
  sheet: SheetApi,
  options: { charts: boolean; areaProtections?: boolean },
): SheetSnapshot {
  const { marked, locked, records } = sheetMetadata(sheet);
  const data = sheet.getDataRange();
  const values = data.getValues();
  const formulas = data.getFormulas();
  const maxColumns = sheet.getMaxColumns();
  let protection: SheetSnapshot["protection"] = null;
  let foreignProtection = false;
  for (const p of sheet.getProtections(services.sheetProtection)) {
    const description = p.getDescription();
    if (description.startsWith(PROTECTION_PREFIX) && !protection) protection = { protection: p, description };
    else foreignProtection = true;
  }
  return {
    sheet,
    values,
    formulas,
    maxRows: null,
    maxColumns,
    protection,
    foreignProtection,
    areaProtections:
      options.areaProtections || protection?.description.endsWith(ROLES_SUFFIX) ? ours(sheet.getProtections(services.rangeProtection)) : [],
    charts: options.charts ? sheet.getCharts() : [],
    marked,
    locked,
    record: records[0]?.getValue() ?? null,
    recordMetadata: records,
  };
}

function ours(protections: ProtectionApi[]): ProtectionApi[] {
  return protections.filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
}

/** Rows a plan needs on its sheet: its cells and its charts' anchors. */
export function rowsNeeded(plan: SheetPlan): number {
  return Math.max(plan.cells.length, ...plan.charts.map((c) => c.anchor.row + 1));
}

/**
 * Still in the read phase, once the plan to write is known (after carryOver):
 * the sheet's row count, only when the plan needs more rows than the data range
 * showed (then rows may have to be added). Returns the snapshot, completed.
 */
export function readRowsIfShort(snapshot: SheetSnapshot, plan: SheetPlan): SheetSnapshot {
  if (snapshot.maxRows === null && rowsNeeded(plan) > snapshot.values.length) snapshot.maxRows = snapshot.sheet.getMaxRows();
  return snapshot;
}
