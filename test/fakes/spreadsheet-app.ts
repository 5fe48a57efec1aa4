/**
 * In-memory fake of the SpreadsheetApp parts the Sheets adapter uses (Spreadsheet,
 * Sheet, Range, RangeList, Protection, the DataValidation / TextStyle /
 * ConditionalFormatRule / EmbeddedChart builders) and of LockService's lock,
 * written to the real signatures: every class implements the adapter's narrow
 * interface (src/adapters/sheets/services.ts, itself checked against
 * @types/google-apps-script) and a `Pick` of the real type for its plain members.
 * It holds real cell state (values, formulas, formats, notes, validations,
 * merges, widths, protections, rules, charts) and logs every call in order.
 *
 *   const fake = createFakeSpreadsheetApp();          // an empty spreadsheet
 *   scaffoldYear({ tahun: 2027 }, fake.services());    // services for the adapter / scaffoldYear
 *   fake.log.calls        // [{ seq, target: "Range", method: "setValues", kind: "write", sheet: "2027 KADIS" }, …]
 *   fake.log.count("write"), fake.log.readAfterWrite(), fake.log.readPhases(), fake.log.perSheet()
 *   fake.log.clear()      // start counting afresh (e.g. before a re-run)
 *   // What a user does in the Sheets UI; not logged, 1-based like Sheets:
 *   fake.user.type("2027 KADIS", "G12", 80)             // a value, or "=…" for a formula
 *   fake.user.insertRows("2027 KADIS", 3, 1)            // one row before row 3 (formulas follow)
 *   fake.user.sortRows("2027 KADIS", 11, 13, 3, false)  // rows 11–13 by column C, descending (unmerges first)
 *   fake.user.find("2027 KADIS", "kadis.idg")           // { row, column, a1 } of the first cell holding it
 *   fake.user.cell("2027 KADIS", "G12")                 // the cell's state: value, formula, note, …
 *   fake.user.protection("2027 KADIS", "K12")           // "protected" | "warning-only" | "unprotected"
 *   fake.spreadsheet.sheet("2027 KADIS")                // the FakeSheet, for merges, protections, charts, …
 *   fake.lockHeldElsewhere = true                       // tryLock() answers false: another editor is running
 *   fake.globals()                                      // { SpreadsheetApp, LockService } for a vm context
 *
 * Call kinds: "read" (asks the document: getValues, getFormulas, getDataRange, getMaxRows,
 * getMaxColumns, getUrl, getSheetByName, getSheets, getName, getProtections, getDescription,
 * getUnprotectedRanges, getCharts, …), "write" (changes it: setters, protect, merges, …),
 * "handle" (getRange, getRangeList, getRanges, getSheetId: no round trip),
 * "builder" (new*() and builder steps: local in Apps Script; logged with the sheet of the
 * last document call), "lock", "flush". Formula cells read back as "" (nothing is evaluated).
 *
 * Protections as in Sheets: Range.protect() makes a RANGE protection over its range;
 * Sheet.protect() makes the sheet's one SHEET protection (or hands back the existing
 * one), which covers the whole sheet except its unprotected ranges.
 */
import { a1Range, columnLetter } from "../../src/core/plan/a1";
import type {
  BuiltChart,
  BuiltRule,
  BuiltTextStyle,
  BuiltValidation,
  ChartBuilderApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  LockApi,
  ProtectionApi,
  RangeApi,
  RangeListApi,
  SheetApi,
  SheetsServices,
  SpreadsheetApi,
  TextStyleBuilderApi,
} from "../../src/adapters/sheets/services";

/** The real Sheet's plain members, to implement with their exact signatures. */
type RealSheet<K extends keyof GoogleAppsScript.Spreadsheet.Sheet> = Pick<GoogleAppsScript.Spreadsheet.Sheet, K>;

// ── Call log ─────────────────────────────────────────────────────────────────

export type CallKind = "read" | "write" | "handle" | "builder" | "lock" | "flush";
export interface Call {
  seq: number;
  target: string;
  method: string;
  kind: CallKind;
  sheet?: string;
}

export class CallLog {
  calls: Call[] = [];
  /** Sheet of the last document call: builder calls are counted for it. */
  private current?: string;
  record(target: string, method: string, kind: CallKind, sheet?: string): void {
    if (kind !== "builder" && sheet) this.current = sheet;
    const s = kind === "builder" ? this.current : sheet;
    this.calls.push({ seq: this.calls.length + 1, target, method, kind, ...(s ? { sheet: s } : {}) });
  }
  clear(): void {
    this.calls = [];
    this.current = undefined;
  }
  count(...kinds: CallKind[]): number {
    return kinds.length ? this.calls.filter((c) => kinds.includes(c.kind)).length : this.calls.length;
  }
  /** The first read made after a write, if any. */
  readAfterWrite(): Call | undefined {
    const firstWrite = this.calls.find((c) => c.kind === "write");
    return firstWrite ? this.calls.find((c) => c.kind === "read" && c.seq > firstWrite.seq) : undefined;
  }
  /** Runs of reads separated by writes. */
  readPhases(): number {
    let phases = 0;
    let last: CallKind | undefined;
    for (const c of this.calls) {
      if (c.kind !== "read" && c.kind !== "write") continue;
      if (c.kind === "read" && last !== "read") phases++;
      last = c.kind;
    }
    return phases;
  }
  /** Calls per sheet name (calls not tied to a sheet under ""), optionally of some kinds only. */
  perSheet(...kinds: CallKind[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.calls) if (!kinds.length || kinds.includes(c.kind)) out.set(c.sheet ?? "", (out.get(c.sheet ?? "") ?? 0) + 1);
    return out;
  }
}

// ── Cell state ───────────────────────────────────────────────────────────────

export interface CellState {
  value: unknown;
  formula: string;
  numberFormat: string;
  background: string | null;
  textStyle: FakeTextStyle | null;
  hAlign: string | null;
  vAlign: string | null;
  wrap: boolean;
  note: string;
  validation: FakeDataValidation | null;
}
const blankCell = (): CellState => ({ value: "", formula: "", numberFormat: "General", background: null, textStyle: null, hAlign: null, vAlign: null, wrap: false, note: "", validation: null });
const FORMAT_KEYS = ["numberFormat", "background", "textStyle", "hAlign", "vAlign", "wrap"] as const;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
const within = (b: Box, r: number, c: number) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
const overlaps = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const inside = (inner: Box, outer: Box) => within(outer, inner.row, inner.col) && within(outer, inner.row + inner.rows - 1, inner.col + inner.cols - 1);

/** Parses "A1" or "A1:C3" (0-based box); given the sheet's size, also whole columns "A:C" and whole rows "2:5". */
export function parseA1(a1: string, size?: { maxRows: number; maxColumns: number }): Box {
  const [from, to = from] = a1.toUpperCase().split(":") as [string, string?];
  const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [colFrom, colTo] = [/^\$?([A-Z]+)$/.exec(from), /^\$?([A-Z]+)$/.exec(to as string)];
  if (size && a1.includes(":") && colFrom && colTo) {
    const col = colOf(colFrom[1] as string);
    return { row: 0, col, rows: size.maxRows, cols: colOf(colTo[1] as string) - col + 1 };
  }
  const [rowFrom, rowTo] = [/^\$?(\d+)$/.exec(from), /^\$?(\d+)$/.exec(to as string)];
  if (size && a1.includes(":") && rowFrom && rowTo) {
    const row = Number(rowFrom[1]) - 1;
    return { row, col: 0, rows: Number(rowTo[1]) - row, cols: size.maxColumns };
  }
  const one = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(s);
    if (!m) throw new Error(`Range not found: ${a1}`);
    return { row: Number(m[2]) - 1, col: colOf(m[1] as string) };
  };
  const a = one(from);
  const b = one(to as string);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** Rewrites the A1 references of a formula (outside text literals). */
function mapRefs(formula: string, fn: (sheet: string | undefined, row: number, rowAbs: boolean) => number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, prefix: string | undefined, col: string, abs: string, row: string) => {
              const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
              return `${prefix ?? ""}${col}${abs}${fn(sheet, Number(row), abs === "$")}`;
            },
          ),
    )
    .join("");
}

// ── App, spreadsheet, lock ───────────────────────────────────────────────────

const PROTECTION_TYPE = { RANGE: "RANGE", SHEET: "SHEET" } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export class FakeLock implements LockApi, Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock" | "hasLock"> {
  held = false;
  constructor(private readonly app: FakeSpreadsheetApp) {}
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    this.app.log.record("Lock", "tryLock", "lock");
    if (this.app.lockHeldElsewhere) return false;
    this.held = true;
    return true;
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.app.log.record("Lock", "releaseLock", "lock");
    this.held = false;
  }
}

export class FakeSpreadsheetApp {
  readonly log = new CallLog();
  readonly spreadsheet: FakeSpreadsheet;
  readonly lock: FakeLock;
  readonly user: FakeUser;
  lockHeldElsewhere = false;
  flushes = 0;
  constructor() {
    this.spreadsheet = new FakeSpreadsheet(this);
    this.lock = new FakeLock(this);
    this.user = new FakeUser(this);
  }
  services(): SheetsServices {
    return {
      spreadsheet: this.spreadsheet,
      lock: this.lock,
      newDataValidation: () => (this.log.record("SpreadsheetApp", "newDataValidation", "builder"), new FakeDataValidationBuilder(this)),
      newConditionalFormatRule: () => (this.log.record("SpreadsheetApp", "newConditionalFormatRule", "builder"), new FakeConditionalFormatRuleBuilder(this)),
      newTextStyle: () => (this.log.record("SpreadsheetApp", "newTextStyle", "builder"), new FakeTextStyleBuilder(this)),
      flush: () => {
        this.log.record("SpreadsheetApp", "flush", "flush");
        this.flushes++;
      },
      sheetProtection: PROTECTION_TYPE.SHEET,
    };
  }
  /** Globals as Apps Script has them, for code loaded in a vm context (dist/Code.js). */
  globals(): { SpreadsheetApp: object; LockService: object } {
    const s = this.services();
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => this.spreadsheet,
        getActive: () => this.spreadsheet,
        flush: s.flush,
        newDataValidation: s.newDataValidation,
        newConditionalFormatRule: s.newConditionalFormatRule,
        newTextStyle: s.newTextStyle,
        ProtectionType: PROTECTION_TYPE,
      },
      LockService: { getDocumentLock: () => this.lock },
    };
  }
}

export function createFakeSpreadsheetApp(): FakeSpreadsheetApp {
  return new FakeSpreadsheetApp();
}

/** What the fake's Spreadsheet.getUrl() answers. */
export const FAKE_SPREADSHEET_URL = "https://docs.google.com/spreadsheets/d/fake-spreadsheet/edit";

export class FakeSpreadsheet implements SpreadsheetApi, Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, "getId" | "getUrl"> {
  readonly sheets: FakeSheet[] = [];
  private nextId = 100;
  constructor(readonly app: FakeSpreadsheetApp) {}
  getId(): string {
    return "fake-spreadsheet";
  }
  getUrl(): string {
    this.app.log.record("Spreadsheet", "getUrl", "read");
    return FAKE_SPREADSHEET_URL;
  }
  /** Sheet names are matched without regard to case, as in Sheets. */
  getSheetByName(name: string): FakeSheet | null {
    this.app.log.record("Spreadsheet", "getSheetByName", "read", name);
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.app.log.record("Spreadsheet", "getSheets", "read");
    return [...this.sheets];
  }
  insertSheet(sheetName: string): FakeSheet {
    this.app.log.record("Spreadsheet", "insertSheet", "write", sheetName);
    if (this.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.app, sheetName, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }
  /** The sheet by name, unlogged (for assertions). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

// ── Sheet ────────────────────────────────────────────────────────────────────

export class FakeSheet
  implements SheetApi, RealSheet<"getName" | "getSheetId" | "getMaxRows" | "getMaxColumns" | "getFrozenRows" | "hideColumns" | "setFrozenRows" | "getLastRow" | "getLastColumn">
{
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  readonly cells = new Map<string, CellState>();
  merges: Box[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protections: FakeProtection[] = [];
  rules: FakeConditionalRule[] = [];
  charts: FakeChart[] = [];
  borders: Box[] = [];
  constructor(
    readonly app: FakeSpreadsheetApp,
    public name: string,
    readonly id: number,
  ) {}

  rec(method: string, kind: CallKind, target = "Sheet"): void {
    this.app.log.record(target, method, kind, this.name);
  }
  /** The cell's state, created on demand (0-based). */
  at(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = blankCell()));
    return cell;
  }
  peek(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /** Rows × columns that hold a value or formula (getDataRange's size). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [key, cell] of this.cells) {
      if (cell.formula === "" && (cell.value === "" || cell.value === null)) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }
  range(box: Box): FakeRange {
    if (box.rows < 1 || box.cols < 1 || box.row < 0 || box.col < 0 || box.row + box.rows > this.maxRows || box.col + box.cols > this.maxColumns) {
      throw new Error(`Exception: Those rows/columns are out of bounds (${this.name} ${JSON.stringify(box)}).`);
    }
    return new FakeRange(this, box);
  }

  getName(): string {
    this.rec("getName", "read");
    return this.name;
  }
  getSheetId(): number {
    this.rec("getSheetId", "handle");
    return this.id;
  }
  getMaxRows(): number {
    this.rec("getMaxRows", "read");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.rec("getMaxColumns", "read");
    return this.maxColumns;
  }
  getLastRow(): number {
    this.rec("getLastRow", "read");
    return this.extent().rows;
  }
  getLastColumn(): number {
    this.rec("getLastColumn", "read");
    return this.extent().cols;
  }
  getFrozenRows(): number {
    this.rec("getFrozenRows", "read");
    return this.frozenRows;
  }
  getDataRange(): FakeRange {
    this.rec("getDataRange", "read");
    const { rows, cols } = this.extent();
    return this.range({ row: 0, col: 0, rows: Math.max(1, rows), cols: Math.max(1, cols) });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.rec("getProtections", "read");
    return this.protections.filter((p) => p.type === (type as unknown as ProtectionKind));
  }
  /** Sheet.protect(): the sheet's SHEET protection, made now or (when the sheet is already protected) the existing one. */
  protect(): FakeProtection {
    this.rec("protect", "write");
    const existing = this.protections.find((p) => p.type === "SHEET");
    if (existing) return existing;
    const p = new FakeProtection(this, "SHEET", null);
    this.protections.push(p);
    return p;
  }
  getCharts(): FakeChart[] {
    this.rec("getCharts", "read");
    return [...this.charts];
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.rec("getRange", "handle");
    return this.range({ row: row - 1, col: column - 1, rows: numRows, cols: numColumns });
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.rec("getRangeList", "handle");
    return new FakeRangeList(this, a1Notations.map((a1) => this.range(parseA1(a1, this))));
  }
  clear(): FakeSheet {
    this.rec("clear", "write");
    for (const cell of this.cells.values()) {
      const fresh = blankCell();
      cell.value = "";
      cell.formula = "";
      for (const k of FORMAT_KEYS) (cell as unknown as Record<string, unknown>)[k] = fresh[k];
    }
    return this;
  }
  clearNotes(): FakeSheet {
    this.rec("clearNotes", "write");
    for (const cell of this.cells.values()) cell.note = "";
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec("insertRowsAfter", "write");
    this.shiftRows(afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.rec("insertRowsBefore", "write");
    this.shiftRows(beforePosition - 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec("insertColumnsAfter", "write");
    if (afterPosition !== this.maxColumns) throw new Error("fake: columns can only be added at the end");
    this.maxColumns += howMany;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.rec("setColumnWidths", "write");
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    this.rec("setRowHeights", "write");
    for (let r = startRow - 1; r < startRow - 1 + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.rec("hideColumns", "write");
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) this.hiddenColumns.add(c);
  }
  setFrozenRows(rows: number): void {
    this.rec("setFrozenRows", "write");
    this.frozenRows = rows;
  }
  setConditionalFormatRules(rules: BuiltRule[]): void {
    this.rec("setConditionalFormatRules", "write");
    this.rules = rules as FakeConditionalRule[];
  }
  newChart(): FakeChartBuilder {
    this.rec("newChart", "builder");
    return new FakeChartBuilder(this.app);
  }
  insertChart(chart: BuiltChart): void {
    this.rec("insertChart", "write");
    this.charts.push(chart as FakeChart);
  }
  removeChart(chart: BuiltChart): void {
    this.rec("removeChart", "write");
    this.charts = this.charts.filter((c) => c !== chart);
  }

  /** Inserts `n` rows after 0-based row index `after - 1` (i.e. before row `after`), moving everything below. */
  shiftRows(after: number, n: number): void {
    const moved = [...this.cells.entries()].map(([key, cell]) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      return [r >= after ? r + n : r, c, cell] as const;
    });
    this.cells.clear();
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
    const shift = (b: Box) => (b.row >= after ? { ...b, row: b.row + n } : b.row + b.rows > after ? { ...b, rows: b.rows + n } : b);
    this.merges = this.merges.map(shift);
    for (const p of this.protections) {
      if (p.range) p.range = shift(p.range);
      p.unprotected = p.unprotected.map(shift);
    }
    for (const rule of this.rules) rule.boxes = rule.boxes.map(shift);
    const heights = [...this.rowHeights.entries()];
    this.rowHeights.clear();
    for (const [r, h] of heights) this.rowHeights.set(r >= after ? r + n : r, h);
    this.maxRows += n;
    // Formulas everywhere follow the moved rows (row numbers 1-based: row > after moves).
    for (const sheet of this.app.spreadsheet.sheets) {
      for (const cell of sheet.cells.values()) {
        if (!cell.formula) continue;
        cell.formula = mapRefs(cell.formula, (target, row) => ((target ?? sheet.name) === this.name && row > after ? row + n : row));
      }
    }
  }
}

// ── Range, RangeList ─────────────────────────────────────────────────────────

export class FakeRange implements RangeApi, Pick<GoogleAppsScript.Spreadsheet.Range, "getA1Notation" | "getRow" | "getColumn" | "getNumRows" | "getNumColumns"> {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}
  private rec(method: string, kind: CallKind): void {
    this.sheet.rec(method, kind, "Range");
  }
  private each(fn: (cell: CellState, r: number, c: number) => void): void {
    for (let r = 0; r < this.box.rows; r++) for (let c = 0; c < this.box.cols; c++) fn(this.sheet.at(this.box.row + r, this.box.col + c), r, c);
  }
  private grid<T>(method: string, data: T[][], put: (cell: CellState, v: T) => void): FakeRange {
    this.rec(method, "write");
    if (data.length !== this.box.rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.box.rows}.`);
    data.forEach((row, r) => {
      if (row.length !== this.box.cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.box.cols}.`);
    });
    this.each((cell, r, c) => put(cell, (data[r] as T[])[c] as T));
    return this;
  }
  getA1Notation(): string {
    this.rec("getA1Notation", "handle");
    return a1Range(this.box.row, this.box.col, this.box.rows, this.box.cols);
  }
  getRow(): number {
    return this.box.row + 1;
  }
  getColumn(): number {
    return this.box.col + 1;
  }
  getNumRows(): number {
    return this.box.rows;
  }
  getNumColumns(): number {
    return this.box.cols;
  }
  getValues(): unknown[][] {
    this.rec("getValues", "read");
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) => {
        const cell = this.sheet.peek(this.box.row + r, this.box.col + c);
        return !cell || cell.formula ? "" : cell.value;
      }),
    );
  }
  getFormulas(): string[][] {
    this.rec("getFormulas", "read");
    return Array.from({ length: this.box.rows }, (_, r) => Array.from({ length: this.box.cols }, (_, c) => this.sheet.peek(this.box.row + r, this.box.col + c)?.formula ?? ""));
  }
  setValues(values: unknown[][]): FakeRange {
    return this.grid("setValues", values, (cell, v) => writeValue(cell, v));
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.grid("setNumberFormats", numberFormats, (cell, v) => (cell.numberFormat = v));
  }
  setBackgrounds(color: (string | null)[][]): FakeRange {
    return this.grid("setBackgrounds", color, (cell, v) => (cell.background = v));
  }
  setTextStyles(styles: BuiltTextStyle[][]): FakeRange {
    return this.grid("setTextStyles", styles, (cell, v) => (cell.textStyle = v as FakeTextStyle));
  }
  setHorizontalAlignments(alignments: ("left" | "center" | "normal" | "right" | null)[][]): FakeRange {
    return this.grid("setHorizontalAlignments", alignments, (cell, v) => (cell.hAlign = v));
  }
  setVerticalAlignments(alignments: ("top" | "middle" | "bottom" | null)[][]): FakeRange {
    return this.grid("setVerticalAlignments", alignments, (cell, v) => (cell.vAlign = v));
  }
  setWraps(isWrapEnabled: boolean[][]): FakeRange {
    return this.grid("setWraps", isWrapEnabled, (cell, v) => (cell.wrap = v));
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    return this.grid("setNotes", notes, (cell, v) => (cell.note = v ?? ""));
  }
  setDataValidations(rules: (BuiltValidation | null)[][]): FakeRange {
    return this.grid("setDataValidations", rules, (cell, v) => (cell.validation = v as FakeDataValidation | null));
  }
  clearDataValidations(): FakeRange {
    this.rec("clearDataValidations", "write");
    this.each((cell) => (cell.validation = null));
    return this;
  }
  breakApart(): FakeRange {
    this.rec("breakApart", "write");
    if (this.sheet.merges.some((m) => overlaps(m, this.box) && !inside(m, this.box))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !inside(m, this.box));
    return this;
  }
  merge(): FakeRange {
    this.rec("merge", "write");
    this.addMerge(this.box);
    return this;
  }
  mergeAcross(): FakeRange {
    this.rec("mergeAcross", "write");
    if (this.box.cols > 1) for (let r = 0; r < this.box.rows; r++) this.addMerge({ ...this.box, row: this.box.row + r, rows: 1 });
    return this;
  }
  mergeVertically(): FakeRange {
    this.rec("mergeVertically", "write");
    if (this.box.rows > 1) for (let c = 0; c < this.box.cols; c++) this.addMerge({ ...this.box, col: this.box.col + c, cols: 1 });
    return this;
  }
  /** Range.protect(): a RANGE protection over this range (the adapter protects whole sheets; users protect ranges). */
  protect(): FakeProtection {
    this.rec("protect", "write");
    const p = new FakeProtection(this.sheet, "RANGE", { ...this.box });
    this.sheet.protections.push(p);
    return p;
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): FakeRange {
    this.rec("setBorder", "write");
    if ([top, left, bottom, right, vertical, horizontal].some(Boolean)) this.sheet.borders.push({ ...this.box });
    return this;
  }
  /** Range.sort: by a 1-based sheet column, or { column, ascending }; formulas move with their rows. */
  sort(sortSpecObj: number | { column: number; ascending?: boolean }): FakeRange {
    this.rec("sort", "write");
    sortRows(this.sheet, this.box, sortSpecObj);
    return this;
  }
  private addMerge(box: Box): void {
    if (this.sheet.merges.some((m) => overlaps(m, box))) throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) if (r !== box.row || c !== box.col) writeValue(this.sheet.at(r, c), "");
    }
    this.sheet.merges.push(box);
  }
}

/** setValues semantics: "=…" is a formula, "'…" is text, digits become a number unless the cell is formatted as text. */
function writeValue(cell: CellState, v: unknown): void {
  if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v;
    cell.value = "";
    return;
  }
  cell.formula = "";
  if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
  else if (typeof v === "string" && cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(v.trim())) cell.value = Number(v);
  else cell.value = v ?? "";
}

function sortRows(sheet: FakeSheet, box: Box, spec: number | { column: number; ascending?: boolean }): void {
  const { column, ascending = true } = typeof spec === "number" ? { column: spec } : spec;
  if (sheet.merges.some((m) => m.rows > 1 && overlaps(m, box))) throw new Error("Sorting is not possible: the range contains vertically merged cells.");
  const rows = Array.from({ length: box.rows }, (_, i) => box.row + i);
  const keyOf = (r: number) => sheet.peek(r, column - 1)?.value ?? "";
  const order = [...rows].sort((a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return ascending ? cmp : -cmp;
  });
  const snapshot = order.map((from) => Array.from({ length: box.cols }, (_, c) => sheet.peek(from, box.col + c) ?? blankCell()));
  snapshot.forEach((cells, i) => {
    const to = box.row + i;
    const delta = to - (order[i] as number);
    cells.forEach((cell, c) => {
      const moved = { ...cell, formula: cell.formula ? mapRefs(cell.formula, (target, row, abs) => (target || abs ? row : row + delta)) : "" };
      sheet.cells.set(`${to},${box.col + c}`, moved);
    });
  });
}

export class FakeRangeList implements RangeListApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    this.sheet.rec("getRanges", "handle", "RangeList");
    return [...this.ranges];
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): FakeRangeList {
    this.sheet.rec("setBorder", "write", "RangeList");
    if ([top, left, bottom, right, vertical, horizontal].some(Boolean)) this.sheet.borders.push(...this.ranges.map((r) => ({ ...r.box })));
    return this;
  }
}

// ── Protection, builders ─────────────────────────────────────────────────────

type ProtectionKind = "RANGE" | "SHEET";

export class FakeProtection implements ProtectionApi, Pick<GoogleAppsScript.Spreadsheet.Protection, "getDescription" | "isWarningOnly" | "remove"> {
  description = "";
  warningOnly = false;
  /** For a SHEET protection: the ranges left free of it. */
  unprotected: Box[] = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: ProtectionKind,
    /** The protected range of a RANGE protection; null for a SHEET protection (the whole sheet). */
    public range: Box | null,
  ) {}
  /** The area it covers: its range, or the whole sheet. */
  get box(): Box {
    return this.range ?? { row: 0, col: 0, rows: this.sheet.maxRows, cols: this.sheet.maxColumns };
  }
  /** Whether it guards this cell (0-based): inside its range, and for a SHEET protection outside its unprotected ranges. */
  covers(r: number, c: number): boolean {
    return within(this.box, r, c) && !this.unprotected.some((u) => within(u, r, c));
  }
  getDescription(): string {
    this.sheet.rec("getDescription", "read", "Protection");
    return this.description;
  }
  isWarningOnly(): boolean {
    this.sheet.rec("isWarningOnly", "read", "Protection");
    return this.warningOnly;
  }
  setDescription(description: string): FakeProtection {
    this.sheet.rec("setDescription", "write", "Protection");
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.sheet.rec("setWarningOnly", "write", "Protection");
    this.warningOnly = warningOnly;
    return this;
  }
  /** Protection.setUnprotectedRanges: only for a sheet protection, ranges of that sheet; replaces the earlier list. */
  setUnprotectedRanges(ranges: RangeApi[]): FakeProtection {
    this.sheet.rec("setUnprotectedRanges", "write", "Protection");
    if (this.type !== "SHEET") throw new Error("Unprotected ranges can only be set on a sheet protection.");
    const boxes = ranges.map((r) => {
      const range = r as FakeRange;
      if (range.sheet !== this.sheet) throw new Error("Unprotected ranges must be on the protected sheet.");
      return { ...range.box };
    });
    this.unprotected = boxes;
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    this.sheet.rec("getUnprotectedRanges", "read", "Protection");
    return this.unprotected.map((b) => new FakeRange(this.sheet, b));
  }
  remove(): void {
    this.sheet.rec("remove", "write", "Protection");
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

abstract class FakeBuilder {
  constructor(readonly app: FakeSpreadsheetApp) {}
  protected step(method: string): void {
    this.app.log.record(this.constructor.name.replace(/^Fake/, ""), method, "builder");
  }
}

export class FakeDataValidation implements BuiltValidation, Pick<GoogleAppsScript.Spreadsheet.DataValidation, "getHelpText" | "getAllowInvalid"> {
  constructor(
    readonly criteria: { type: string; args: unknown[] },
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getHelpText(): string {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder extends FakeBuilder implements DataValidationBuilderApi {
  private criteria = { type: "NONE", args: [] as unknown[] };
  private help = "";
  private allowInvalid = true;
  private require(type: string, args: unknown[]): this {
    this.step(type);
    this.criteria = { type, args };
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    return this.require("requireNumberBetween", [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.require("requireNumberGreaterThanOrEqualTo", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number) {
    return this.require("requireNumberLessThanOrEqualTo", [number]);
  }
  requireValueInList(values: string[], showDropdown: boolean) {
    return this.require("requireValueInList", [values, showDropdown]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.require("requireFormulaSatisfied", [formula]);
  }
  setHelpText(helpText: string): this {
    this.step("setHelpText");
    this.help = helpText;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.step("setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }
  build(): FakeDataValidation {
    this.step("build");
    return new FakeDataValidation(this.criteria, this.help, this.allowInvalid);
  }
}

export class FakeTextStyle implements BuiltTextStyle, Pick<GoogleAppsScript.Spreadsheet.TextStyle, "isBold" | "isItalic" | "getFontSize" | "getForegroundColor"> {
  constructor(readonly style: { bold?: boolean; italic?: boolean; fontSize?: number; color?: string }) {}
  isBold(): boolean | null {
    return this.style.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.style.italic ?? null;
  }
  getFontSize(): number | null {
    return this.style.fontSize ?? null;
  }
  getForegroundColor(): string | null {
    return this.style.color ?? null;
  }
}

export class FakeTextStyleBuilder extends FakeBuilder implements TextStyleBuilderApi {
  private style: { bold?: boolean; italic?: boolean; fontSize?: number; color?: string } = {};
  private set(method: string, patch: object): this {
    this.step(method);
    this.style = { ...this.style, ...patch };
    return this;
  }
  setBold(bold: boolean) {
    return this.set("setBold", { bold });
  }
  setItalic(italic: boolean) {
    return this.set("setItalic", { italic });
  }
  setFontSize(fontSize: number) {
    return this.set("setFontSize", { fontSize });
  }
  setForegroundColor(cssString: string) {
    return this.set("setForegroundColor", { color: cssString });
  }
  build(): FakeTextStyle {
    this.step("build");
    return new FakeTextStyle({ ...this.style });
  }
}

export interface FakeConditionalRule {
  text: string;
  background: string | null;
  fontColor: string | null;
  boxes: Box[];
}

export class FakeConditionalFormatRuleBuilder extends FakeBuilder implements ConditionalFormatRuleBuilderApi {
  private rule: FakeConditionalRule = { text: "", background: null, fontColor: null, boxes: [] };
  private set(method: string, patch: Partial<FakeConditionalRule>): this {
    this.step(method);
    this.rule = { ...this.rule, ...patch };
    return this;
  }
  whenTextEqualTo(text: string) {
    return this.set("whenTextEqualTo", { text });
  }
  setBackground(color: string | null) {
    return this.set("setBackground", { background: color });
  }
  setFontColor(color: string | null) {
    return this.set("setFontColor", { fontColor: color });
  }
  setRanges(ranges: RangeApi[]) {
    return this.set("setRanges", { boxes: ranges.map((r) => ({ ...(r as FakeRange).box })) });
  }
  build(): FakeConditionalRule {
    this.step("build");
    return { ...this.rule };
  }
}

export interface FakeChart {
  type: string;
  ranges: Box[];
  position: { row: number; column: number };
  options: Record<string, unknown>;
}

export class FakeChartBuilder extends FakeBuilder implements ChartBuilderApi {
  private chart: FakeChart = { type: "", ranges: [], position: { row: 1, column: 1 }, options: {} };
  asColumnChart(): this {
    this.step("asColumnChart");
    this.chart.type = "COLUMN";
    return this;
  }
  addRange(range: RangeApi): this {
    this.step("addRange");
    this.chart.ranges.push({ ...(range as FakeRange).box });
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.step("setPosition");
    void offsetX;
    void offsetY;
    this.chart.position = { row: anchorRowPos, column: anchorColPos };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.step("setOption");
    this.chart.options[option] = value;
    return this;
  }
  build(): FakeChart {
    this.step("build");
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}

// ── What a user does in the UI (unlogged) ────────────────────────────────────

export class FakeUser {
  constructor(private readonly app: FakeSpreadsheetApp) {}
  private sheet(name: string): FakeSheet {
    const sheet = this.app.spreadsheet.sheet(name);
    if (!sheet) throw new Error(`fake: no sheet "${name}"`);
    return sheet;
  }
  /** Types into one cell (A1, or 1-based row and column): a value, or "=…" for a formula. */
  type(sheet: string, a1OrRow: string | number, valueOrColumn: unknown, value?: unknown): void {
    const { row, col } = typeof a1OrRow === "string" ? parseA1(a1OrRow) : { row: a1OrRow - 1, col: (valueOrColumn as number) - 1 };
    writeValue(this.sheet(sheet).at(row, col), typeof a1OrRow === "string" ? valueOrColumn : value);
  }
  insertRows(sheet: string, beforeRow: number, count = 1): void {
    this.sheet(sheet).shiftRows(beforeRow - 1, count);
  }
  /** Sorts whole rows firstRow..lastRow (1-based) by a column; vertical merges in those rows are unmerged first, as a user must. */
  sortRows(sheet: string, firstRow: number, lastRow: number, byColumn: number, ascending = true): void {
    const s = this.sheet(sheet);
    const box = { row: firstRow - 1, col: 0, rows: lastRow - firstRow + 1, cols: s.maxColumns };
    s.merges = s.merges.filter((m) => !(m.rows > 1 && overlaps(m, box)));
    sortRows(s, box, { column: byColumn, ascending });
  }
  find(sheet: string, value: unknown): { row: number; column: number; a1: string } | undefined {
    let hit: [number, number] | undefined;
    for (const [key, cell] of this.sheet(sheet).cells) {
      if (cell.value !== value || cell.formula) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (!hit || r < hit[0] || (r === hit[0] && c < hit[1])) hit = [r, c];
    }
    return hit ? { row: hit[0] + 1, column: hit[1] + 1, a1: `${columnLetter(hit[1])}${hit[0] + 1}` } : undefined;
  }
  cell(sheet: string, a1: string): CellState {
    const { row, col } = parseA1(a1);
    return { ...(this.sheet(sheet).peek(row, col) ?? blankCell()) };
  }
  /**
   * How an edit of the cell (A1, or 1-based row and column) is guarded: "protected" when a protection
   * covering it restricts editors, "warning-only" when every covering protection only warns,
   * "unprotected" when none covers it.
   */
  protection(sheet: string, a1OrRow: string | number, column?: number): "protected" | "warning-only" | "unprotected" {
    const { row, col } = typeof a1OrRow === "string" ? parseA1(a1OrRow) : { row: a1OrRow - 1, col: (column as number) - 1 };
    const covering = this.sheet(sheet).protections.filter((p) => p.covers(row, col));
    if (!covering.length) return "unprotected";
    return covering.every((p) => p.warningOnly) ? "warning-only" : "protected";
  }
  /** Every non-blank value of a sheet, row by row (1-based A1 → value or formula). */
  contents(sheet: string): Map<string, unknown> {
    const s = this.sheet(sheet);
    const out = new Map<string, unknown>();
    const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, c] of keys) {
      const cell = s.peek(r, c) as CellState;
      if (cell.formula || (cell.value !== "" && cell.value !== null)) out.set(`${columnLetter(c)}${r + 1}`, cell.formula || cell.value);
    }
    return out;
  }
}
