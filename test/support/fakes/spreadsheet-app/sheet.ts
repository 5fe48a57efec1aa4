/**
 * The fake Sheet: its cells, merges, sizes, protections, rules and charts, its
 * visibility, and the members the Sheets adapter (SheetApi) and the PDF export
 * (ExportSheet) call, each logged with the sheet's name.
 */
import type { ExportSheet } from "../../../../src/adapters/export/services";
import type { BuiltChart, BuiltRule, SheetApi } from "../../../../src/adapters/sheets/services";
import type { FakeSpreadsheetApp } from "./app";
import { type FakeChart, FakeChartBuilder, type FakeConditionalRule } from "./builders";
import { type Box, blankCell, type CellState, checkSheetName, FORMAT_KEYS, mapRefs, parseA1, renameRefs } from "./cells";
import type { CallKind } from "./log";
import { checkMetadataSize, FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from "./metadata";
import { FakeProtection, type ProtectionKind } from "./protection";
import { FakeRange, FakeRangeList } from "./range";

/** The real Sheet's plain members, to implement with their exact signatures. */
type RealSheet<K extends keyof GoogleAppsScript.Spreadsheet.Sheet> = Pick<GoogleAppsScript.Spreadsheet.Sheet, K>;

export class FakeSheet
  implements
    SheetApi,
    ExportSheet,
    RealSheet<
      | "getName"
      | "getSheetId"
      | "getMaxRows"
      | "getMaxColumns"
      | "getFrozenRows"
      | "hideColumns"
      | "showColumns"
      | "isColumnHiddenByUser"
      | "setFrozenRows"
      | "getLastRow"
      | "getLastColumn"
      | "isSheetHidden"
    >
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
  hidden = false;
  /** Developer metadata on the sheet itself (kept whatever happens to its cells). */
  metadata: FakeDeveloperMetadata[] = [];
  /** Sheet methods that throw on their next call, after it is logged (to test restore paths). */
  readonly failing = new Set<string>();
  constructor(
    readonly app: FakeSpreadsheetApp,
    public name: string,
    readonly id: number,
  ) {}

  rec(method: string, kind: CallKind, target = "Sheet"): void {
    this.app.log.record(target, method, kind, this.name);
    if (target === "Sheet" && this.failing.delete(method)) throw new Error(`fake: ${method} failed`);
  }
  /** The cell's state, created on demand (0-based). */
  at(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = blankCell();
      this.cells.set(key, cell);
    }
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
    if (
      box.rows < 1 ||
      box.cols < 1 ||
      box.row < 0 ||
      box.col < 0 ||
      box.row + box.rows > this.maxRows ||
      box.col + box.cols > this.maxColumns
    ) {
      throw new Error(`Exception: Those rows/columns are out of bounds (${this.name} ${JSON.stringify(box)}).`);
    }
    return new FakeRange(this, box);
  }

  getName(): string {
    this.rec("getName", "read");
    return this.name;
  }
  /** Sheet.setName: refused when another sheet has the name in any case, or it is empty or over 100 characters. */
  setName(name: string): FakeSheet {
    this.rec("setName", "write");
    this.rename(name);
    return this;
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
  /** Sheet.addDeveloperMetadata(key), (key, value), (key, visibility) or (key, value, visibility). */
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): FakeSheet {
    this.rec("addDeveloperMetadata", "write");
    const value = typeof valueOrVisibility === "string" ? valueOrVisibility : null;
    const seen = typeof valueOrVisibility === "string" ? visibility : valueOrVisibility;
    checkMetadataSize(this, key.length + (value?.length ?? 0));
    this.metadata.push(new FakeDeveloperMetadata(this, this.app.spreadsheet.newMetadataId(), key, value, seen ?? "DOCUMENT"));
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.rec("getDeveloperMetadata", "read");
    return [...this.metadata];
  }
  /** A finder over the sheet's metadata; making it and its filters are local steps. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.rec("createDeveloperMetadataFinder", "builder");
    return new FakeDeveloperMetadataFinder(this);
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.rec("getRange", "handle");
    return this.range({ row: row - 1, col: column - 1, rows: numRows, cols: numColumns });
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.rec("getRangeList", "handle");
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.range(parseA1(a1, this))),
    );
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
  showColumns(columnIndex: number, numColumns = 1): void {
    this.rec("showColumns", "write");
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.rec("isColumnHiddenByUser", "read");
    return this.hiddenColumns.has(columnPosition - 1);
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
  isSheetHidden(): boolean {
    this.rec("isSheetHidden", "read");
    return this.hidden;
  }
  hideSheet(): FakeSheet {
    this.rec("hideSheet", "write");
    this.setHidden(true);
    return this;
  }
  showSheet(): FakeSheet {
    this.rec("showSheet", "write");
    this.setHidden(false);
    return this;
  }

  /** Renames the sheet, unlogged (setName, a user): as in Sheets, formulas anywhere that point at it follow the new name. */
  rename(name: string): void {
    checkSheetName(
      name,
      this.app.spreadsheet.sheets.filter((s) => s !== this).map((s) => s.name),
    );
    const old = this.name;
    this.name = name;
    for (const sheet of this.app.spreadsheet.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = renameRefs(cell.formula, old, name);
    }
  }

  /**
   * Hides or shows the sheet, unlogged (hideSheet, showSheet, a user). As in Sheets, the last
   * visible sheet cannot be hidden, and hiding the active sheet moves the user to the first visible one.
   */
  setHidden(hidden: boolean): void {
    const book = this.app.spreadsheet;
    if (hidden && !this.hidden && book.sheets.every((s) => s === this || s.hidden)) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = hidden;
    if (hidden && book.active === this) book.active = book.sheets.find((s) => !s.hidden);
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
