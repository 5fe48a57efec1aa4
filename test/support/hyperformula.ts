/** Loads a YearPlan into HyperFormula (a real formula engine) so tests read computed cells. */
import { HyperFormula } from "hyperformula";
import type { SheetPlan, YearPlan } from "../../src/core/plan/types";

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
