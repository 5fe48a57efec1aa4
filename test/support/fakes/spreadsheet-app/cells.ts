/**
 * Cell state and the grid helpers every part of the fake shares: boxes (0-based
 * row/column areas), A1 parsing, formula references that follow moved rows, and
 * what writing a value into a cell or sorting rows does, as in Sheets.
 */
import type { FakeDataValidation, FakeTextStyle } from "./builders";
import type { FakeSheet } from "./sheet";

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
export const blankCell = (): CellState => ({
  value: "",
  formula: "",
  numberFormat: "General",
  background: null,
  textStyle: null,
  hAlign: null,
  vAlign: null,
  wrap: false,
  note: "",
  validation: null,
});
export const FORMAT_KEYS = ["numberFormat", "background", "textStyle", "hAlign", "vAlign", "wrap"] as const;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
export const within = (b: Box, r: number, c: number) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
export const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
export const inside = (inner: Box, outer: Box) =>
  within(outer, inner.row, inner.col) && within(outer, inner.row + inner.rows - 1, inner.col + inner.cols - 1);

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
export function mapRefs(formula: string, fn: (sheet: string | undefined, row: number, rowAbs: boolean) => number): string {
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

/** Sheets' rules for a sheet name: 1 to 100 characters, not the name of another sheet in any case. */
export function checkSheetName(name: string, others: readonly string[]): void {
  if (name.trim() === "") throw new Error("Sheet name cannot be empty.");
  if (name.length > 100) throw new Error(`Sheet name "${name.slice(0, 20)}…" is longer than 100 characters.`);
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

/** Rewrites a formula's references to sheet `from` (any case, quoted or not; outside text literals) to sheet `to`. */
export function renameRefs(formula: string, from: string, to: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$'])(?:'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_.]*))!/g,
            (m, quoted: string | undefined, bare: string | undefined) => {
              const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
              return name.toLowerCase() === from.toLowerCase() ? `'${to.replace(/'/g, "''")}'!` : m;
            },
          ),
    )
    .join("");
}

export function writeValue(cell: CellState, v: unknown): void {
  // A plain-text cell takes a string as it is: no formula, no number, and an apostrophe stays (undocumented
  // in Sheets; the add-on never writes one there, and a test sees it if it did).
  if (typeof v === "string" && cell.numberFormat === "@") {
    [cell.formula, cell.value] = ["", v];
    return;
  }
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

export function sortRows(sheet: FakeSheet, box: Box, spec: number | { column: number; ascending?: boolean }): void {
  const { column, ascending = true } = typeof spec === "number" ? { column: spec } : spec;
  if (sheet.merges.some((m) => m.rows > 1 && overlaps(m, box)))
    throw new Error("Sorting is not possible: the range contains vertically merged cells.");
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
      const moved = {
        ...cell,
        formula: cell.formula ? mapRefs(cell.formula, (target, row, abs) => (target || abs ? row : row + delta)) : "",
      };
      sheet.cells.set(`${to},${box.col + c}`, moved);
    });
  });
}
