/**
 * Cells the offline workbook holds for print only: where a page break cuts a merged
 * sasaran, the lower part repeats its text (see layout.ts splitMerges). Sheets has
 * one merged cell there, so a re-run must not read that copy as something typed.
 *
 * The renderer marks such a cell with the cell-protection flag "hidden", which shows
 * nowhere while the sheet is not protected (and hides only formulas when it is), and
 * which moves with the cell when rows are inserted or sorted. The reader skips a
 * marked cell only while it still repeats the text above it (the nearest cell up the
 * column that holds something: a part of a sasaran may be written as unmerged cells,
 * pages.ts boxes), so a value typed over the copy is read like any other.
 */
import type ExcelJS from "exceljs";

export function markPrintCopy(cell: ExcelJS.Cell): void {
  cell.protection = { ...cell.protection, hidden: true };
}

export function isPrintCopy(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): boolean {
  if (!cell.protection?.hidden || typeof cell.value !== "string" || cell.value === "") return false;
  for (let row = Number(cell.row) - 1; row >= 1; row--) {
    const above = ws.getCell(row, Number(cell.col));
    const value = (above.isMerged ? above.master : above).value;
    if (value !== null && value !== undefined && value !== "") return value === cell.value;
  }
  return false;
}
