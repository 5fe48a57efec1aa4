/**
 * The roles where an .xlsx can carry them (README "Katalog", issue 19): with an email set in the catalog,
 * each year's sheet is protected, its input cells left free; no password, so nobody can forget it (a
 * spreadsheet program's "Unprotect sheet" lifts it). An .xlsx knows no users: who fills which sheet is
 * for Sheets to enforce. The catalog sheets stay free: offline, whoever runs the command keeps the catalog.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../core/sheet/types";

/** Said in the command's output when sheets were protected. */
export const LOCK_LINE =
  "Lembar tahun dilindungi (sel isian tetap terbuka) karena katalog menyebut email pengisi/pengelola; tanpa kata sandi: buka lewat Tinjau → Buka proteksi lembar.";

/** Protects the sheets of `plans` in `workbook` (by name), their input areas unlocked. Returns how many. */
export function lockYearSheets(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): number {
  let count = 0;
  for (const plan of plans) {
    const ws = workbook.getWorksheet(plan.name);
    if (!ws) continue;
    for (const input of plan.inputs)
      for (let r = input.row; r < input.row + input.rows; r++)
        for (let c = input.col; c < input.col + input.cols; c++) ws.getCell(r + 1, c + 1).protection = { locked: false };
    // No password; widths and heights may still be changed (a long text needs a taller row).
    // ExcelJS keeps it in `sheetProtection` (untyped); true for a format option means "allowed".
    (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
      sheet: true,
      formatColumns: true,
      formatRows: true,
    };
    count++;
  }
  return count;
}
