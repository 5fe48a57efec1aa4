/**
 * What a user does in the Sheets UI, unlogged and 1-based like Sheets: typing,
 * inserting and sorting rows, adding, hiding and opening sheets; and what they see:
 * where a value is, a cell's state, how an edit of a cell is guarded.
 */
import { columnLetter } from "../../../../src/core/sheet/a1";
import type { FakeSpreadsheetApp } from "./app";
import { blankCell, type CellState, overlaps, parseA1, sortRows, writeValue } from "./cells";
import type { FakeSheet } from "./sheet";

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
  /** Whether this person may edit the cell: every protection covering it lets them (warning-only, the owner, or listed). */
  canEdit(email: string, sheet: string, a1OrRow: string | number, column?: number): boolean {
    const { row, col } = typeof a1OrRow === "string" ? parseA1(a1OrRow) : { row: a1OrRow - 1, col: (column as number) - 1 };
    return this.sheet(sheet)
      .protections.filter((p) => p.covers(row, col))
      .every((p) => p.lets(email));
  }
  /** Adds a sheet at the end of the tabs; the user is on it then. */
  insertSheet(name: string): FakeSheet {
    return this.app.spreadsheet.add(name);
  }
  /** Hides a sheet (Sheets refuses to hide the last visible one; the user moves to the first visible sheet). */
  hideSheet(sheet: string): void {
    this.sheet(sheet).setHidden(true);
  }
  showSheet(sheet: string): void {
    this.sheet(sheet).setHidden(false);
  }
  /** Opens a sheet by its tab: it becomes the active sheet. */
  select(sheet: string): void {
    const s = this.sheet(sheet);
    if (s.hidden) throw new Error(`fake: "${sheet}" is hidden; a user cannot open it by its tab`);
    this.app.spreadsheet.active = s;
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
