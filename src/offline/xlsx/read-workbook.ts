/**
 * An existing .xlsx read back as Sheets would hand it to the core carry-over:
 * per sheet, getDataRange().getValues() and getFormulas(). Values are numbers,
 * text, booleans, Dates, "" for blank (a formula cell: its cached result, or "");
 * formulas are "" or "=…" without the OOXML-only `_xlfn.` prefixes; merged cells
 * hold their value in the top-left cell only. Node only (reads the disk).
 */
import ExcelJS from "exceljs";
import type { OldSheet } from "../../core/carry/carry";
import { isPrintCopy } from "./print-copy";

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function oldSheetOf(ws: ExcelJS.Worksheet): OldSheet {
  const cells: { row: number; col: number; value: unknown; formula: string }[] = [];
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // Sheets: only the top-left cell of a merge holds a value
      if (isPrintCopy(ws, cell)) return;
      const formula = formulaOf(cell);
      const value = cellValueOf(cell.value);
      if (formula === "" && value === "") return;
      cells.push({ row: r, col: c, value, formula });
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }),
  );
  // The data range: from A1 to the last row and column holding something.
  const values: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
  const formulas: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
  for (const cell of cells) {
    (values[cell.row - 1] as unknown[])[cell.col - 1] = cell.value;
    (formulas[cell.row - 1] as string[])[cell.col - 1] = cell.formula;
  }
  return { values, formulas };
}

/** "=…" as Sheets' getFormulas gives it, or "". */
function formulaOf(cell: ExcelJS.Cell): string {
  if (cell.type !== ExcelJS.ValueType.Formula) return "";
  // `formula` also translates a shared formula to this cell.
  const body = cell.formula;
  return body ? `=${withoutXlfn(body)}` : "";
}

/** OOXML writes functions newer than Excel 2007 as _xlfn.IFS(…) (and _xlfn._xlws.SORT); Sheets shows IFS(…). */
function withoutXlfn(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/_xlfn\.(?:_xlws\.)?/gi, "") : part))
    .join('"');
}

/** A cell's value as getValues gives it. */
export function cellValueOf(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return cellValueOf((value as { result?: ExcelJS.CellValue }).result);
  if ("hyperlink" in value) return cellValueOf(value.text as ExcelJS.CellValue);
  return "";
}
