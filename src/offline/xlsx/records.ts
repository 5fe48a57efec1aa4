/**
 * The records of what the command wrote (src/core/record), kept in the .xlsx itself: a very hidden
 * sheet (Excel shows it in no sheet list; LibreOffice, saving, makes it merely hidden) with one row
 * per year sheet, its name and its record. Ours when it has the name and is headed by MARK, however
 * hidden: a user's sheet that happens to have the name is theirs, copied like any other, and the
 * records are then not kept (the next run compares with the fresh form, as for a workbook made
 * before records existed).
 */
import type ExcelJS from "exceljs";
import { sheetKey } from "../../core/naming";

export const RECORD_SHEET = "IKI Sheets catatan";
const MARK = "IKI Sheets: catatan isi yang ditulis add-on per lembar. Jangan diubah; bila rusak, lembar dibandingkan dengan formulir baru.";

const isRecordSheet = (ws: ExcelJS.Worksheet): boolean => sheetKey(ws.name) === sheetKey(RECORD_SHEET) && ws.getCell(1, 1).value === MARK;

/** The records of the previous workbook by sheet key, and its record sheet taken out of it (it is written anew). */
export function takeRecords(book: ExcelJS.Workbook | null): Map<string, string> {
  const records = new Map<string, string>();
  const ws = book?.worksheets.find(isRecordSheet);
  if (!book || !ws) return records;
  ws.eachRow((row, r) => {
    const [name, record] = [row.getCell(1).value, row.getCell(2).value];
    if (r > 1 && typeof name === "string" && typeof record === "string") records.set(sheetKey(name), record);
  });
  book.removeWorksheet(ws.id);
  return records;
}

/** Writes the records as the workbook's last, very hidden sheet; nothing when a sheet of that name is the user's. */
export function putRecords(book: ExcelJS.Workbook, records: ReadonlyMap<string, string>): void {
  if (records.size === 0 || book.worksheets.some((ws) => sheetKey(ws.name) === sheetKey(RECORD_SHEET))) return;
  const ws = book.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  ws.getCell(1, 1).value = MARK;
  let r = 2;
  for (const [name, record] of records) {
    ws.getCell(r, 1).value = name;
    ws.getCell(r, 2).value = record;
    r++;
  }
}
