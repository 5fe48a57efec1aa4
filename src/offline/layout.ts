import { inchToPt, pxToPt, repeatRows, type PageGeometry } from "../core/plan/print";
import { cellHeightPt, DEFAULT_COLUMN_PX, DEFAULT_ROW_PX } from "../core/plan/text-height";
import type { Area, SheetPlan } from "../core/plan/types";

/**
 * Print layout of a sheet plan in an .xlsx: row heights and where a manual page
 * break keeps the block under the table (the signature block; REKAP's averages)
 * on one page.
 *
 * Sheets grows rows to fit wrapped text by itself; Excel and LibreOffice do not
 * when they open a file (they keep the default 15 pt and the text overflows). So
 * every row that holds text gets an explicit height, from the estimate of how the
 * text wraps in Arial at its column's width (core/plan/text-height.ts, the one the
 * plan sizes merged cells with). Rows the plan sizes keep at least the plan's
 * height. Because every height is then fixed, pages can be counted here too.
 */

/** The lowest row: Sheets' default. */
export const MIN_ROW_PT = pxToPt(DEFAULT_ROW_PX);

/**
 * Row heights in points for every row: what the text needs, and at least the
 * plan's height where it gives one (it sizes merged cells, which never grow).
 */
export function rowHeightsPt(plan: SheetPlan, merges: readonly Area[] = plan.merges): number[] {
  const hidden = new Set(plan.hiddenColumns);
  const colPx = (c: number) => (hidden.has(c) ? 0 : (plan.columnWidths[c] ?? DEFAULT_COLUMN_PX));
  const fixed = (r: number) => plan.rowHeights[r] ?? null;
  const mergeAt = new Map<string, Area>();
  const covered = new Set<string>();
  for (const m of merges) {
    mergeAt.set(`${m.row}:${m.col}`, m);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }

  const heights = plan.cells.map((row, r) => {
    const given = fixed(r);
    let need = given === null ? 0 : pxToPt(given);
    row.forEach((cell, c) => {
      if (covered.has(`${r}:${c}`)) return;
      const m = mergeAt.get(`${r}:${c}`);
      if (m && m.rows > 1) return; // spread over its rows below
      const width = m ? span(m.col, m.cols, colPx) : colPx(c);
      if (width > 0) need = Math.max(need, cellHeightPt(cell, width));
    });
    return given !== null ? round(need) : need === 0 ? MIN_ROW_PT : round(Math.max(MIN_ROW_PT, need));
  });

  // A cell merged down several rows (a sasaran) may need more than its rows give: the last row takes the rest.
  for (const m of merges) {
    if (m.rows < 2) continue;
    const cell = plan.cells[m.row]?.[m.col];
    if (!cell) continue;
    const need = cellHeightPt(cell, span(m.col, m.cols, colPx));
    const have = heights.slice(m.row, m.row + m.rows).reduce((s, h) => s + h, 0);
    const last = m.row + m.rows - 1;
    if (need > have) heights[last] = round((heights[last] ?? MIN_ROW_PT) + need - have);
  }
  return heights;
}

function span(col: number, cols: number, colPx: (c: number) => number): number {
  let px = 0;
  for (let c = col; c < col + cols; c++) px += colPx(c);
  return px;
}

const round = (pt: number) => Math.ceil(pt * 4) / 4;

/** The fit-to-width scale (whole percent, as spreadsheet programs use), at most 100 %. */
export function fitScale(plan: SheetPlan, page: PageGeometry): number {
  const hidden = new Set(plan.hiddenColumns);
  const totalPt = plan.columnWidths.reduce((s, px, c) => s + (hidden.has(c) ? 0 : pxToPt(px)), 0);
  const printable = page.width - inchToPt(page.margins.left + page.margins.right);
  return Math.min(100, Math.floor((printable / totalPt) * 100)) / 100;
}

/**
 * The 0-based row to start a new page at so that the block under the table (from
 * its first non-empty row to the end: the signature block, REKAP's averages)
 * prints on one page together with the table's last rows, never alone under a
 * repeated header; null when it already does, or when it cannot.
 * The last rows are the last sasaran group (rows joined by a merge), or else the
 * last row. Pages are counted with the header rows repeated, as printed.
 */
export function keepTogetherBreak(plan: SheetPlan, heights: readonly number[], page: PageGeometry): number | null {
  const { firstRow, lastRow } = plan.table;
  const start = plan.cells.findIndex((row, r) => r > lastRow && row.some((c) => (c.value !== undefined && c.value !== "") || c.formula));
  if (start < 0 || lastRow < firstRow) return null;
  const scale = fitScale(plan, page);
  // 3 % slack for what the estimate cannot know (font hinting, the program's own rounding).
  const capacity = ((page.height - inchToPt(page.margins.top + page.margins.bottom)) / scale) * 0.97;
  const { first, last } = repeatRows(plan);
  const repeat = heights.slice(first, last + 1).reduce((s, h) => s + h, 0);
  const end = heights.length - 1;
  const pages = paginate(heights, capacity, repeat, last);
  const group = lastGroupStart(plan);
  if (pages[group] === pages[end]) return null;

  const fits = (from: number) => repeat + heights.slice(from).reduce((s, h) => s + h, 0) <= capacity;
  const candidates = [group, lastRow].filter((r) => r > firstRow);
  return [...candidates, start].find(fits) ?? null;
}

/** The page (0-based) each row prints on, header rows repeated from the second page on. */
function paginate(heights: readonly number[], capacity: number, repeat: number, lastRepeated: number): number[] {
  let y = 0;
  let page = 0;
  return heights.map((h, r) => {
    if (y + h > capacity && y > 0) {
      page += 1;
      y = r > lastRepeated ? repeat : 0;
    }
    y += h;
    return page;
  });
}

/** First row of the table's last group: rows joined to the last row by merges (a sasaran spanning its indicators). */
function lastGroupStart(plan: SheetPlan): number {
  let from = plan.table.lastRow;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of plan.merges) {
      if (m.rows > 1 && m.row < from && m.row >= plan.table.firstRow && m.row + m.rows - 1 >= from) {
        from = m.row;
        changed = true;
      }
    }
  }
  return from;
}

/**
 * Merges cut at a page break: a merge running across `row` becomes two, and the
 * lower part repeats the text (a sasaran continued on the next page). Returns the
 * merges and the continuation cells as [row, col, source row].
 */
export function splitMerges(merges: readonly Area[], row: number): { merges: Area[]; continued: [number, number, number][] } {
  const out: Area[] = [];
  const continued: [number, number, number][] = [];
  for (const m of merges) {
    if (m.row < row && row < m.row + m.rows) {
      out.push({ ...m, rows: row - m.row }, { ...m, row, rows: m.row + m.rows - row });
      continued.push([row, m.col, m.row]);
    } else {
      out.push(m);
    }
  }
  return { merges: out, continued };
}
