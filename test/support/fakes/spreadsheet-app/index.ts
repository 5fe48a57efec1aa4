/**
 * In-memory fake of the SpreadsheetApp parts the Sheets adapter and the PDF export
 * use (Spreadsheet, Sheet, Range, RangeList, Protection, the DataValidation /
 * TextStyle / ConditionalFormatRule / EmbeddedChart builders) and of LockService's
 * lock, written to the real signatures: every class implements the adapter's narrow
 * interface (src/adapters/sheets/services.ts, itself checked against
 * @types/google-apps-script), the export's (src/adapters/export/services.ts) where
 * the export uses it, and a `Pick` of the real type for its plain members.
 * It holds real cell state (values, formulas, formats, notes, validations,
 * merges, widths, protections, rules, charts, developer metadata), the tab order, each sheet's
 * visibility and the active sheet, and logs every call in order.
 *
 *   const fake = createFakeSpreadsheetApp();          // an empty spreadsheet
 *   scaffoldYear({ tahun: 2027 }, fake.services());    // services for the adapter / scaffoldYear
 *   exportYear({ tahun: 2027 }, { spreadsheetApp: fake, … })  // the fake is the export's SpreadsheetApp
 *   fake.log.calls        // [{ seq, target: "Range", method: "setValues", kind: "write", sheet: "2027 KADIS" }, …]
 *   fake.log.count("write"), fake.log.readAfterWrite(), fake.log.readPhases(), fake.log.perSheet()
 *   fake.log.clear()      // start counting afresh (e.g. before a re-run)
 *   fake.flushes          // SpreadsheetApp.flush() calls so far
 *   // What a user does in the Sheets UI; not logged, 1-based like Sheets:
 *   fake.user.type("2027 KADIS", "G12", 80)             // a value, or "=…" for a formula
 *   fake.user.insertRows("2027 KADIS", 3, 1)            // one row before row 3 (formulas follow)
 *   fake.user.sortRows("2027 KADIS", 11, 13, 3, false)  // rows 11–13 by column C, descending (unmerges first)
 *   fake.user.find("2027 KADIS", "kadis.idg")           // { row, column, a1 } of the first cell holding it
 *   fake.user.cell("2027 KADIS", "G12")                 // the cell's state: value, formula, note, …
 *   fake.user.protection("2027 KADIS", "K12")           // "protected" | "warning-only" | "unprotected"
 *   fake.user.insertSheet("Catatan"), fake.user.hideSheet("Catatan"), fake.user.select("2027 KADIS")
 *   renameSheet(fake, "2027 KADIS", "Lama"), deleteSheet(fake, "JABATAN"), deleteColumns(fake, "2027 KADIS", 20), removeProtections(fake, "2027 KADIS")
 *   fake.spreadsheet.sheet("2027 KADIS")!.metadata      // its developer metadata (key, value)
 *   fake.spreadsheet.sheet("2027 KADIS")                // the FakeSheet, for merges, protections, charts, …
 *   fake.spreadsheet.names(), .visibleNames(), .hiddenNames(), .active   // tabs as the user sees them
 *   fake.spreadsheet.sheet("X")!.failing.add("showSheet")                // its next showSheet() throws
 *   fake.lockHeldElsewhere = true                       // tryLock() answers false: another editor is running
 *   fake.globals()                                      // { SpreadsheetApp, LockService } for a vm context
 *
 * Call kinds: "read" (asks the document: getValues, getFormulas, getDataRange, getMaxRows,
 * getMaxColumns, getUrl, getSheetByName, getSheets, getName, getProtections, getDescription,
 * getUnprotectedRanges, getCharts, getActiveSheet, isSheetHidden, getDeveloperMetadata, a metadata
 * finder's find, getAs (the PDF of the visible sheets; `spreadsheet.getAsFailures` makes it throw), …), "write" (changes it: setters, protect, merges, insertSheet, setName,
 * addDeveloperMetadata, hideSheet, showSheet, setActiveSheet, moveActiveSheet, …),
 * "handle" (getRange, getRangeList, getRanges, getSheetId, getId, getActiveSpreadsheet: no round trip),
 * "builder" (new*(), createDeveloperMetadataFinder and builder/finder steps: local in Apps Script; logged with the sheet of the
 * last document call), "lock", "flush". Formula cells read back as "" (nothing is evaluated).
 *
 * Protections as in Sheets: Range.protect() makes a RANGE protection over its range;
 * Sheet.protect() makes the sheet's one SHEET protection (or hands back the existing
 * one), which covers the whole sheet except its unprotected ranges.
 *
 * Sheets as in Sheets: insertSheet adds a tab at the end and makes it the active sheet;
 * the last visible sheet cannot be hidden; hiding the active sheet moves the user to
 * the first visible one.
 *
 * One job per file: log.ts (call log, counts), cells.ts (cell state, A1, formula
 * references), app.ts (SpreadsheetApp, lock), spreadsheet.ts, sheet.ts, range.ts
 * (Range, RangeList), protection.ts, metadata.ts (developer metadata), builders.ts,
 * user.ts and user-sheets.ts (what a user does in the UI).
 */
import { FakeSpreadsheetApp } from "./app";

export { FakeLock, FakeSpreadsheetApp } from "./app";
export {
  type FakeChart,
  FakeChartBuilder,
  FakeConditionalFormatRuleBuilder,
  type FakeConditionalRule,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeTextStyle,
  FakeTextStyleBuilder,
} from "./builders";
export { type Box, type CellState, parseA1 } from "./cells";
export { type Call, type CallKind, CallLog } from "./log";
export { FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from "./metadata";
export { FAKE_EDITOR, FAKE_OWNER, FakeProtection } from "./protection";
export { FakeRange, FakeRangeList } from "./range";
export { FakeSheet } from "./sheet";
export { FAKE_SPREADSHEET_ID, FAKE_SPREADSHEET_URL, FakeSpreadsheet } from "./spreadsheet";
export { FakeUser } from "./user";
export { deleteColumns, deleteSheet, insertColumns, removeProtections, renameSheet } from "./user-sheets";

export function createFakeSpreadsheetApp(): FakeSpreadsheetApp {
  return new FakeSpreadsheetApp();
}
