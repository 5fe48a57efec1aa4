/**
 * Edits a user makes in a spreadsheet program, done with ExcelJS the way Excel or
 * LibreOffice does them: ExcelJS's own spliceRows/spliceColumns leave merged
 * ranges where they were (a value moved into a stale merge would vanish on the
 * next read), so merges are lifted, the rows or columns moved, and the merges put
 * back where the program would have them.
 */
import type ExcelJS from "exceljs";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): Box[] {
  const ranges = (ws.model as unknown as { merges: string[] }).merges;
  return ranges.map((range) => {
    const [from, to = from] = range.split(":") as [string, string?];
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    return { top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col) };
  });
}

/** Lifts every merge, runs `change`, then merges again what `move` maps each range to (null: gone). */
function withMerges(ws: ExcelJS.Worksheet, move: (box: Box) => Box | null, change: () => void): void {
  const merges = mergesOf(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  change();
  for (const m of merges) {
    const to = move(m);
    if (to && (to.bottom > to.top || to.right > to.left)) ws.mergeCells(to.top, to.left, to.bottom, to.right);
  }
}

/** Inserts `count` empty rows before row `at` (1-based); a merge spanning `at` grows. */
export function insertRows(ws: ExcelJS.Worksheet, at: number, count: number): void {
  withMerges(
    ws,
    (m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m),
    () => ws.spliceRows(at, 0, ...Array.from({ length: count }, () => [])),
  );
}

/** Deletes row `at` (1-based); merges over it shrink. */
export function deleteRow(ws: ExcelJS.Worksheet, at: number): void {
  withMerges(
    ws,
    (m) =>
      m.top === at && m.bottom === at
        ? null
        : m.top > at
          ? { ...m, top: m.top - 1, bottom: m.bottom - 1 }
          : m.bottom >= at
            ? { ...m, bottom: m.bottom - 1 }
            : m,
    () => ws.spliceRows(at, 1),
  );
}

/** Deletes column `at` (1-based); merges over it shrink. */
export function deleteColumn(ws: ExcelJS.Worksheet, at: number): void {
  withMerges(
    ws,
    (m) =>
      m.left === at && m.right === at
        ? null
        : m.left > at
          ? { ...m, left: m.left - 1, right: m.right - 1 }
          : m.right >= at
            ? { ...m, right: m.right - 1 }
            : m,
    () => ws.spliceColumns(at, 1),
  );
}

/**
 * Sorts rows first..last (1-based, inclusive) into `order` (order[i] = the old row
 * now at first + i). A spreadsheet program refuses to sort merged cells of different
 * sizes, so the user unmerges first: merges touching those rows are lifted for good.
 */
export function sortRows(ws: ExcelJS.Worksheet, first: number, last: number, order: readonly number[]): void {
  const width = ws.columnCount;
  withMerges(
    ws,
    (m) => (m.bottom < first || m.top > last ? m : null),
    () => {
      const rows = order.map((from) =>
        Array.from({ length: width }, (_, c) => {
          const cell = ws.getCell(from, c + 1);
          return { value: cell.value, style: structuredClone(cell.style) };
        }),
      );
      rows.forEach((cells, i) =>
        cells.forEach(({ value, style }, c) => {
          const cell = ws.getCell(first + i, c + 1);
          cell.value = value;
          cell.style = style;
        }),
      );
    },
  );
}
