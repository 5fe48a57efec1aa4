/**
 * A sheet of the SpreadsheetApp fake as a grid of values and formulas (what getDataRange reads), and
 * a user's edited grid written back into it, for the property tests that edit sheets like a user.
 */
import type { FakeSheet } from "./fakes/spreadsheet-app";
import type { TypedGrid } from "./typed-grid";

export function readGrid(sheet: FakeSheet): { values: unknown[][]; formulas: string[][] } {
  const { rows, cols } = sheet.extent();
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.peek(r, c)));
  return {
    values: cells.map((row) => row.map((cell) => (!cell || cell.formula ? "" : cell.value))),
    formulas: cells.map((row) => row.map((cell) => cell?.formula ?? "")),
  };
}

/** The user's edited grid written back: contents replaced, merges gone (sorting and typing need them undone). */
export function writeGrid(sheet: FakeSheet, grid: TypedGrid, idDeleted: boolean): void {
  for (const cell of sheet.cells.values()) [cell.value, cell.formula] = ["", ""];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const formula = grid.formulas[r]?.[c] ?? "";
      if (formula || (v !== "" && v !== null && v !== undefined))
        Object.assign(sheet.at(r, c), formula ? { value: "", formula } : { value: v, formula: "" });
    }),
  );
  sheet.merges = [];
  if (idDeleted) sheet.hiddenColumns.clear();
  // A user typing past the last row or column adds rows or columns first.
  sheet.maxRows = Math.max(sheet.maxRows, grid.values.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, grid.values[0]?.length ?? 0);
}
