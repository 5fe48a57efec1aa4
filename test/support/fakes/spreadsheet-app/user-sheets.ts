/**
 * More of what a user does in the Sheets UI, unlogged and 1-based like Sheets:
 * renaming or deleting a tab, deleting columns, removing a sheet's protections.
 * (Kept apart from user.ts, the FakeUser class.)
 */
import type { FakeSpreadsheetApp } from "./app";
import type { Box } from "./cells";
import type { FakeSheet } from "./sheet";

function sheetOf(fake: FakeSpreadsheetApp, name: string): FakeSheet {
  const sheet = fake.spreadsheet.sheet(name);
  if (!sheet) throw new Error(`fake: no sheet "${name}"`);
  return sheet;
}

/** Renames a tab (as in Sheets: refused when taken in any case; formulas pointing at it follow). */
export function renameSheet(fake: FakeSpreadsheetApp, from: string, to: string): void {
  sheetOf(fake, from).rename(to);
}

/** Deletes a tab (right-click → Delete): its content goes with it; the user lands on the first visible sheet if it was theirs. */
export function deleteSheet(fake: FakeSpreadsheetApp, name: string): void {
  const sheet = sheetOf(fake, name);
  const book = fake.spreadsheet;
  if (book.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
  book.sheets.splice(book.sheets.indexOf(sheet), 1);
  if (book.active === sheet) book.active = book.sheets.find((s) => !s.hidden);
}

/** Removes every protection of the sheet (Data → Protect sheets and ranges → delete). */
export function removeProtections(fake: FakeSpreadsheetApp, sheet: string): void {
  sheetOf(fake, sheet).protections = [];
}

/**
 * Deletes `count` columns from `column` (1-based): cells to the right move left; merges,
 * protections, rules, widths and hidden columns follow; sheet-level developer metadata
 * stays. Formula column references are not rewritten (the tests read values).
 */
export function deleteColumns(fake: FakeSpreadsheetApp, sheet: string, column: number, count = 1): void {
  const s = sheetOf(fake, sheet);
  const from = column - 1;
  const to = from + count;
  if (from < 0 || count < 1 || to > s.maxColumns) throw new Error(`fake: columns ${column}..${column + count - 1} out of bounds`);
  if (count >= s.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
  const shift = (c: number) => (c >= to ? c - count : c);
  const cells = [...s.cells.entries()];
  s.cells.clear();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c < from || c >= to) s.cells.set(`${r},${shift(c)}`, cell);
  }
  const shrink = (b: Box): Box | null => {
    const left = b.col < from ? b.col : Math.max(from, b.col - count);
    const right = b.col + b.cols <= from ? b.col + b.cols : Math.max(from, b.col + b.cols - count);
    return right > left ? { ...b, col: left, cols: right - left } : null;
  };
  const boxes = (list: Box[]) => list.map(shrink).filter((b): b is Box => b !== null);
  s.merges = boxes(s.merges).filter((m) => m.rows > 1 || m.cols > 1);
  s.borders = boxes(s.borders);
  s.protections = s.protections.filter((p) => {
    if (p.range) {
      const range = shrink(p.range);
      if (!range) return false;
      p.range = range;
    }
    p.unprotected = boxes(p.unprotected);
    return true;
  });
  for (const rule of s.rules) rule.boxes = boxes(rule.boxes);
  const widths = [...s.columnWidths.entries()].filter(([c]) => c < from || c >= to);
  s.columnWidths.clear();
  for (const [c, w] of widths) s.columnWidths.set(shift(c), w);
  const hidden = [...s.hiddenColumns].filter((c) => c < from || c >= to).map(shift);
  s.hiddenColumns.clear();
  for (const c of hidden) s.hiddenColumns.add(c);
  s.maxColumns -= count;
}

/**
 * Inserts `count` empty columns before `column` (1-based), as Insert › Column left does: cells, merges,
 * widths and hidden columns at or right of it move right, and so do the sheet's own formulas' references
 * to them (A1 references without a sheet name); sheet-level developer metadata stays.
 */
export function insertColumns(fake: FakeSpreadsheetApp, sheet: string, column: number, count = 1): void {
  const s = sheetOf(fake, sheet);
  const from = column - 1;
  const shift = (c: number) => (c >= from ? c + count : c);
  const cells = [...s.cells.entries()];
  s.cells.clear();
  const letters = (n: number) => {
    let out = "";
    for (let m = n + 1; m > 0; m = Math.floor((m - 1) / 26)) out = String.fromCharCode(65 + ((m - 1) % 26)) + out;
    return out;
  };
  const index = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const moveRefs = (formula: string) =>
    formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part.replace(
              /(?<![A-Za-z0-9_.$'!])(\$?)([A-Z]{1,3})(\$?\d+)(?![A-Za-z0-9_(])/g,
              (_m, a, col, row) => `${a}${letters(shift(index(col)))}${row}`,
            ),
      )
      .join("");
  for (const [key, cell] of cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    s.cells.set(`${r},${shift(c)}`, cell.formula ? { ...cell, formula: moveRefs(cell.formula) } : cell);
  }
  const move = (b: Box): Box => (b.col >= from ? { ...b, col: b.col + count } : b.col + b.cols > from ? { ...b, cols: b.cols + count } : b);
  s.merges = s.merges.map(move);
  s.borders = s.borders.map(move);
  const widths = [...s.columnWidths.entries()];
  s.columnWidths.clear();
  for (const [c, w] of widths) s.columnWidths.set(shift(c), w);
  const hidden = [...s.hiddenColumns].map(shift);
  s.hiddenColumns.clear();
  for (const c of hidden) s.hiddenColumns.add(c);
  s.maxColumns += count;
}
