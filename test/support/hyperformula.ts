/** Loads a YearPlan, or what a SpreadsheetApp fake holds, into HyperFormula (a real formula engine) so tests read computed cells. */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { SheetPlan, YearPlan } from "../../src/core/sheet/types";
import type { FakeSpreadsheetApp } from "./fakes/spreadsheet-app";

export interface Engine {
  hf: HyperFormula;
  /** Sets a cell of a sheet (0-based) as a user would type it. */
  type(sheet: string, row: number, col: number, value: number | string | null): void;
  value(sheet: string, row: number, col: number): unknown;
}

export function loadPlan(plan: YearPlan, inputs: (sheet: SheetPlan) => Record<string, number | string> = () => ({})): Engine {
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const sheet of plan.sheets) {
    const typed = inputs(sheet);
    sheets[sheet.name] = sheet.cells.map((row, r) =>
      row.map((cell, c) => {
        const key = `${r},${c}`;
        if (key in typed) return typed[key] as string | number;
        return cell.formula ?? cell.value ?? null;
      }),
    );
  }
  return engineOf(sheets);
}

/**
 * Every sheet of the fake's spreadsheet, each cell as Sheets holds it: its formula as written,
 * else its value. Text goes in behind an apostrophe, so the engine keeps it text as Sheets does
 * ("=jumlah …", "007", "TRUE" typed as text are not read as a formula, a number or a boolean).
 */
export function loadFake(fake: FakeSpreadsheetApp): Engine {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of fake.spreadsheet.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      grid[r] ??= [];
      const row = grid[r];
      if (cell.formula) row[c] = cell.formula;
      else if (typeof cell.value === "string") row[c] = cell.value === "" ? null : `'${cell.value}`;
      else if (typeof cell.value === "number" || typeof cell.value === "boolean" || cell.value === null) row[c] = cell.value;
      else throw new Error(`loadFake: ${sheet.name} ${key} holds ${String(cell.value)}`);
    }
    sheets[sheet.name] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  return engineOf(sheets);
}

function engineOf(sheets: Record<string, RawCellContent[][]>): Engine {
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  const id = (name: string) => {
    const sheetId = hf.getSheetId(name);
    if (sheetId === undefined) throw new Error(`no sheet ${name}`);
    return sheetId;
  };
  return {
    hf,
    type: (sheet, row, col, value) => hf.setCellContents({ sheet: id(sheet), row, col }, [[value]]),
    value: (sheet, row, col) => {
      const v = hf.getCellValue({ sheet: id(sheet), row, col });
      return v === null ? "" : v;
    },
  };
}

/** A formula's value agrees with the rule's: numbers to 9 decimals, anything else exactly. */
export function agree(actual: unknown, want: unknown): void {
  if (typeof want === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(want, 9);
  } else {
    expect(actual).toEqual(want);
  }
}
