/**
 * The Apps Script members the Sheets adapter uses, as narrow interfaces: exactly
 * what it calls, with the real signatures of @types/google-apps-script. The real
 * objects are assignable to them (`defaultServices()` proves it at compile time);
 * tests pass the in-memory fake of test/support/fakes/spreadsheet-app/.
 *
 * Chainable setters return `unknown`: the adapter never chains on a Range or
 * Sheet, so neither the real object nor the fake is held to a full return type.
 */
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
type HAlign = "left" | "center" | "normal" | "right" | null;
type VAlign = "top" | "middle" | "bottom" | null;

/** Built values handed back to a setter; the adapter reads nothing from them. */
export type BuiltValidation = Pick<DataValidation, "getHelpText">;
export type BuiltTextStyle = Pick<TextStyle, "isBold">;
export type BuiltRule = object;
export type BuiltChart = object;

/** Range.setBorder and RangeList.setBorder: one signature. */
interface Bordered {
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): unknown;
}

export interface RangeApi extends Bordered {
  getValues(): unknown[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): unknown;
  setNumberFormats(numberFormats: string[][]): unknown;
  setBackgrounds(color: (string | null)[][]): unknown;
  setTextStyles(styles: BuiltTextStyle[][]): unknown;
  setHorizontalAlignments(alignments: HAlign[][]): unknown;
  setVerticalAlignments(alignments: VAlign[][]): unknown;
  setWraps(isWrapEnabled: boolean[][]): unknown;
  setNotes(notes: (string | null)[][]): unknown;
  setDataValidations(rules: (BuiltValidation | null)[][]): unknown;
  /** One rule over the whole range (KATALOG's Kode Jabatan dropdown, fed from JABATAN). */
  setDataValidation(rule: BuiltValidation | null): unknown;
  clearDataValidations(): unknown;
  breakApart(): unknown;
  merge(): unknown;
  mergeAcross(): unknown;
  mergeVertically(): unknown;
  /** A protection of this range only (a plan protecting areas, not its whole sheet). */
  protect(): ProtectionApi;
}

export interface RangeListApi extends Bordered {
  getRanges(): RangeApi[];
}

/** A sheet or range protection (Sheet.protect(), Range.protect(); getProtections(ProtectionType.SHEET or RANGE)). */
export interface ProtectionApi {
  getDescription(): string;
  setDescription(description: string): ProtectionApi;
  isWarningOnly(): boolean;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  /** Who may edit the protected cells besides the owner (a locked PK: nobody). */
  getEditors(): EditorApi[];
  removeEditors(users: EditorApi[]): ProtectionApi;
  /** By address: the file's editors the roles do not name (access.ts Guard.remove). */
  removeEditors(emailAddresses: string[]): ProtectionApi;
  /** Only editors of the file may be added (the rest are listed in the answer instead). */
  addEditors(emailAddresses: string[]): ProtectionApi;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
  /** Ranges of the protected sheet left free of the protection (the input cells). */
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi;
  remove(): void;
}

/** A user as Protection.getEditors() or Spreadsheet.getEditors() / getOwner() lists them. */
export interface EditorApi {
  getEmail(): string;
}

/** EmbeddedChartBuilder; the title is set with setOption("title", …) so every step stays on this type. */
export interface ChartBuilderApi {
  asColumnChart(): ChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  build(): BuiltChart;
}

/** Sheet.createDeveloperMetadataFinder(): withKey is a local step, find() asks the document once. */
export interface DeveloperMetadataFinderApi {
  withKey(key: string): DeveloperMetadataFinderApi;
  find(): DeveloperMetadataApi[];
}

/** One key/value pair of developer metadata on a sheet (the marker, the record of what was written). */
export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): unknown;
  remove(): void;
}

export interface SheetApi {
  getName(): string;
  /** Renames the sheet (a foreign sheet moved aside); Sheets refuses a name another sheet has, in any case. */
  setName(name: string): unknown;
  getSheetId(): number;
  getDataRange(): RangeApi;
  getMaxRows(): number;
  getMaxColumns(): number;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  getCharts(): BuiltChart[];
  /** Sheet-level developer metadata: the add-on's marker survives deleted columns and removed protections. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi;
  /** Every key/value pair on the sheet, in one read: the marker and the record together. */
  getDeveloperMetadata(): DeveloperMetadataApi[];
  addDeveloperMetadata(key: string, value: string): unknown;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  /** The sheet's protection: a new one, or the existing one when the sheet is already protected. */
  protect(): ProtectionApi;
  clear(): unknown;
  clearNotes(): unknown;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  setRowHeights(startRow: number, numRows: number, height: number): unknown;
  hideColumns(columnIndex: number, numColumns: number): void;
  setFrozenRows(rows: number): void;
  setConditionalFormatRules(rules: BuiltRule[]): void;
  newChart(): ChartBuilderApi;
  insertChart(chart: BuiltChart): void;
  removeChart(chart: BuiltChart): void;
}

export interface SpreadsheetApi {
  /** The spreadsheet's address (…/edit); sheet links add "#gid=<sheetId>". */
  getUrl(): string;
  getSheetByName(name: string): SheetApi | null;
  getSheets(): SheetApi[];
  insertSheet(sheetName: string): SheetApi;
}

/** The spreadsheet's sharing: its editors and owner (null on a shared drive), who a protection may hold (core/roles/access.ts). */
export interface SharingApi {
  getEditors(): EditorApi[];
  getOwner(): EditorApi | null;
}

export interface DataValidationBuilderApi {
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  /** A dropdown of the values of a range, of this sheet or another (the list follows later edits there). */
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  requireFormulaSatisfied(formula: string): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  build(): BuiltValidation;
}

export interface ConditionalFormatRuleBuilderApi {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): BuiltRule;
}

export interface TextStyleBuilderApi {
  setBold(bold: boolean): TextStyleBuilderApi;
  setItalic(italic: boolean): TextStyleBuilderApi;
  setFontSize(fontSize: number): TextStyleBuilderApi;
  setForegroundColor(cssString: string): TextStyleBuilderApi;
  build(): BuiltTextStyle;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** Everything the adapter and scaffoldYear touch, injected. */
export interface SheetsServices {
  spreadsheet: SpreadsheetApi;
  /** The same spreadsheet, for who may edit it (read only when the catalog sets roles). */
  sharing: SharingApi;
  lock: LockApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  newTextStyle(): TextStyleBuilderApi;
  /** SpreadsheetApp.flush: called once, at the end of a run. */
  flush(): void;
  /** SpreadsheetApp.ProtectionType.SHEET. */
  sheetProtection: GoogleAppsScript.Spreadsheet.ProtectionType;
  /** SpreadsheetApp.ProtectionType.RANGE. */
  rangeProtection: GoogleAppsScript.Spreadsheet.ProtectionType;
  /**
   * Who is pressing the button: Session.getEffectiveUser().getEmail() (scope userinfo.email); "" when
   * Google does not say. Only read when the catalog sets roles.
   */
  callerEmail(): string;
}

/** The real services; reads the Apps Script globals only when called (no side effect at load). */
export function defaultServices(): SheetsServices {
  const app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  return {
    spreadsheet,
    sharing: spreadsheet,
    lock: LockService.getDocumentLock(),
    newDataValidation: () => app.newDataValidation(),
    newConditionalFormatRule: () => app.newConditionalFormatRule(),
    newTextStyle: () => app.newTextStyle(),
    flush: () => app.flush(),
    sheetProtection: app.ProtectionType.SHEET,
    rangeProtection: app.ProtectionType.RANGE,
    callerEmail: () => Session.getEffectiveUser().getEmail(),
  };
}

type Fits<T extends true> = T;
/** Compile-time proof that the real objects fit the narrow interfaces (a type only: nothing in the bundle). */
export type RealFits = [
  Fits<GoogleAppsScript.Spreadsheet.Range extends RangeApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.RangeList extends RangeListApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.Sheet extends SheetApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.Spreadsheet extends SpreadsheetApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.Spreadsheet extends SharingApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.Protection extends ProtectionApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder extends DeveloperMetadataFinderApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadata extends DeveloperMetadataApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder extends ChartBuilderApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder extends DataValidationBuilderApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder extends ConditionalFormatRuleBuilderApi ? true : false>,
  Fits<GoogleAppsScript.Spreadsheet.TextStyleBuilder extends TextStyleBuilderApi ? true : false>,
  Fits<GoogleAppsScript.Lock.Lock extends LockApi ? true : false>,
];
