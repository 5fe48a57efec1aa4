import { inchToPt, type PageGeometry, pxToPt } from "../../core/print/print";
import { cellHeightPt, DEFAULT_COLUMN_PX, DEFAULT_ROW_PX } from "../../core/print/text-height";
import type { Area, SheetPlan } from "../../core/sheet/types";

/**
 * Print layout of a sheet plan in an .xlsx: row heights, the fit-to-width scale,
 * and merges cut at a page break (where the pages break: pages.ts).
 *
 * Sheets grows rows to fit wrapped text by itself; Excel and LibreOffice do not
 * when they open a file (they keep the default 15 pt and the text overflows). So
 * every row that holds text gets an explicit height, from the estimate of how the
 * text wraps in Arial at its column's width (core/print/text-height.ts, the one the
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
  // The print copy hides a triwulan sheet's working columns too (pdf.ts), so they take no page width.
  const hidden = new Set([...plan.hiddenColumns, ...(plan.printHiddenColumns ?? [])]);
  const totalPt = plan.columnWidths.reduce((s, px, c) => s + (hidden.has(c) ? 0 : pxToPt(px)), 0);
  const printable = page.width - inchToPt(page.margins.left + page.margins.right);
  return Math.min(100, Math.floor((printable / totalPt) * 100)) / 100;
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
