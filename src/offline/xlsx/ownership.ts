/**
 * Whose is a sheet of the previous workbook that has a name the year needs? The
 * command's own when it still shows the id column's header (the test the Sheets
 * adapter uses for sheets without its marker) or holds a validation the renderer
 * wrote (those stay on the input cells when the id column is deleted). Any other
 * sheet is the user's own (README, "Offline workbook"): it is copied over unchanged as
 * "<name> (lama)" and the year's sheet is made afresh, as in Sheets.
 */
import type ExcelJS from "exceljs";
import type { OldSheet } from "../../core/carry/carry";
import { hasIdHeader } from "../../core/match/id-header";
import { firstLamaName, sheetKey } from "../../core/naming";
import { VALIDATION_TITLES } from "./workbook";

interface ValidationModel {
  promptTitle?: string;
  errorTitle?: string;
}

export function isOwnSheet(ws: ExcelJS.Worksheet, old: OldSheet): boolean {
  if (hasIdHeader(old.values)) return true;
  // ExcelJS reads validations (per cell address) but leaves them out of its type declarations.
  const validations = (ws as unknown as { dataValidations: { model: Record<string, ValidationModel | undefined> } }).dataValidations.model;
  return Object.values(validations).some((v) => v?.promptTitle === VALIDATION_TITLES.prompt && v.errorTitle === VALIDATION_TITLES.error);
}

/** Sheet names in an .xlsx are at most 31 characters. */
const XLSX_SHEET_NAME_MAX = 31;

/** The first "<name> (lama)", "<name> (lama 2)", … that `taken` (sheet keys) does not hold. */
export function freeLamaName(name: string, taken: ReadonlySet<string>): string {
  return firstLamaName(name, (candidate) => taken.has(sheetKey(candidate)), XLSX_SHEET_NAME_MAX);
}
