import { inchToPt, type PageGeometry, PRINT, printedRows, repeatRows } from "../../core/print/print";
import type { Area, SheetPlan } from "../../core/sheet/types";
import { fitScale, rowHeightsPt, splitMerges } from "./layout";

/**
 * Where an .xlsx sheet's printed pages begin, for sheets with a block under the table
 * (the signature block; REKAP's averages). The rule: the table fills every page and
 * breaks only where the page is full, except once: the block prints on one page
 * together with at least the table's last TWO rows, never alone or beside one lonely
 * row under the repeated header. Every break is written as a manual one, so
 * LibreOffice and Excel cut exactly here (row heights are fixed, the estimate leaves
 * slack for the page). Pure.
 */

/** 3 % slack for what the estimate cannot know (font hinting, the program's own rounding). */
const SLACK = 0.97;

const printableHeight = (page: PageGeometry) => page.height - inchToPt(page.margins.top + page.margins.bottom);

/** How much of a sheet fits on a page, in the sheet's own points (before the fit-to-width scale). */
export interface PageRoom {
  capacity: number;
  /** Height of the header rows repeated on every page after the first, and the last of them. */
  repeat: number;
  lastRepeated: number;
}

export function pageRoom(plan: SheetPlan, heights: readonly number[], page: PageGeometry, scale = fitScale(plan, page)): PageRoom {
  const capacity = (printableHeight(page) / scale) * SLACK;
  const { first, last } = repeatRows(plan);
  return { capacity, repeat: heights.slice(first, last + 1).reduce((s, h) => s + h, 0), lastRepeated: last };
}

/** The 0-based rows that start a new page, ascending; empty when the sheet has no block under its table. */
export function pageBreaks(plan: SheetPlan, heights: readonly number[], page: PageGeometry, scale?: number): number[] {
  const end = printedRows(plan);
  const room = pageRoom(plan, heights, page, scale);
  if (!plan.signedRows) return keptWith(plan, plan.table, heights, end, room, plan.pageStarts ?? []).breaks;
  // REKAP: the averages and the signature on the page of the indicator table's last two rows, when they fit
  // (no page then shows the repeated table header with no row under it).
  const withTable = keptWith(plan, plan.table, heights, end, room, []);
  if (withTable.kept === 2) return withTable.breaks;
  // Else the indicator table's last two rows begin a page and the averages run on over the break, the
  // signature with their last rows: the averages' No, Jabatan, Capaian and Predikat stand under the same
  // columns of the repeated header. Never a page that begins at the averages' title (the indicator header
  // repeated over no row of its own), unless nothing else fits.
  const { firstRow, lastRow, headerRow } = plan.table;
  const lastTwo = lastRow - 1 > firstRow ? lastRow - 1 : headerRow;
  const runOn = keptWith(plan, plan.signedRows, heights, end, room, [lastTwo]);
  if (runOn.kept && !runOn.breaks.includes(plan.signedRows.headerRow)) return runOn.breaks;
  return withTable.kept ? withTable.breaks : keptWith(plan, plan.signedRows, heights, end, room, []).breaks;
}

/**
 * Page starts that keep the block under `signed` rows on one page with their last two rows (`kept` 2),
 * else their last row (1); the natural breaks (0) when no way does. `base`: breaks made anyway.
 */
function keptWith(
  plan: SheetPlan,
  signed: { headerRow: number; firstRow: number; lastRow: number },
  heights: readonly number[],
  end: number,
  room: PageRoom,
  base: readonly number[],
): { breaks: number[]; kept: 0 | 1 | 2 } {
  const { firstRow, lastRow, headerRow } = signed;
  const block = blockAfter(plan, lastRow, end);
  if (block < 0 || lastRow < firstRow) return { breaks: paginate(heights, end, room, base), kept: 2 };
  // A page never ends inside the signed rows' own header (the table's group, label and number rows;
  // REKAP: the averages title above its column header): it ends above it instead.
  const guarded = (more: readonly number[]) => {
    const forced = [...base, ...more];
    const breaks = paginate(heights, end, room, forced);
    const inHeader = breaks.some((b) => b > headerRow && b <= firstRow);
    return inHeader && !forced.includes(headerRow) ? paginate(heights, end, room, [...forced, headerRow]) : breaks;
  };
  const natural = guarded([]);
  const keepFrom = Math.max(firstRow, lastRow - 1);
  if (together(natural, keepFrom, end)) return { breaks: natural, kept: 2 };
  // The last two rows, else the last row; never the block alone (its page would show the repeated table
  // header with no row under it). A break at the first table row would leave the table header alone at
  // the foot of a page: the header moves too.
  const candidates = [keepFrom, lastRow].map((r) => (r <= firstRow ? headerRow : r));
  for (const [i, k] of candidates.entries()) {
    const breaks = guarded([k]);
    if (together(breaks, k, end)) return { breaks, kept: i === 0 ? 2 : 1 };
  }
  return { breaks: natural, kept: 0 };
}

/** The rows the block under them keeps with: the table's, or the plan's signedRows (REKAP: its averages). */
export function signedRows(plan: SheetPlan): { headerRow: number; firstRow: number; lastRow: number } {
  return plan.signedRows ?? plan.table;
}

/** First non-empty row under the signed rows and before the end of the print, or -1. */
export function blockStart(plan: SheetPlan, end: number): number {
  return blockAfter(plan, signedRows(plan).lastRow, end);
}

/** First non-empty row after row `last` and before `end`, or -1. */
function blockAfter(plan: SheetPlan, last: number, end: number): number {
  for (let r = last + 1; r < end; r++) {
    if (plan.cells[r]?.some((c) => (c.value !== undefined && c.value !== "") || c.formula)) return r;
  }
  return -1;
}

/**
 * Page starts when rows fill each page in turn (a row that does not fit starts the next page,
 * under the repeated header), with a break before each row of `forced` too.
 */
export function paginate(heights: readonly number[], end: number, room: PageRoom, forced: readonly number[]): number[] {
  const breaks: number[] = [];
  let y = 0;
  for (let r = 0; r < end; r++) {
    const h = heights[r] ?? 0;
    if (y > 0 && (y + h > room.capacity || forced.includes(r))) {
      breaks.push(r);
      y = r > room.lastRepeated ? room.repeat : 0;
    }
    y += h;
  }
  return breaks;
}

/** Whether rows from..end-1 are on one page. */
function together(breaks: readonly number[], from: number, end: number): boolean {
  return !breaks.some((b) => b > from && b < end);
}

/** Each printed page's rows as [first, end) (0-based), from the page starts. */
export function pageSpans(breaks: readonly number[], end: number): [number, number][] {
  const starts = [0, ...breaks];
  return starts.map((s, i) => [s, starts[i + 1] ?? end]);
}

/**
 * The scale at which the whole sheet prints on one page, when that is at least PRINT.minScale (a short
 * REKAP, a sheet a few rows too long: one page to sign rather than a second page of a few rows); else null.
 */
export function onePageScale(plan: SheetPlan, heights: readonly number[], page: PageGeometry): number | null {
  if (plan.pageStarts?.length) return null; // its pages are the form's (the PK's statement and lampiran)
  const total = heights.slice(0, printedRows(plan)).reduce((s, h) => s + h, 0);
  const tall = Math.floor(((printableHeight(page) * SLACK) / total) * 100) / 100;
  const scale = Math.min(fitScale(plan, page), tall);
  return scale >= PRINT.minScale ? scale : null;
}

/** A sheet as printed: its plan with merges cut at the breaks, the row heights, where pages begin. */
export interface PrintLayout {
  plan: SheetPlan;
  heights: number[];
  pageBreaks: number[];
  /** The print scale: fitted to the page width, or smaller to print the whole sheet on one page (onePageScale). */
  scale: number;
  /** Cells that repeat a cut sasaran's text, as [row, col, source row]. */
  continued: [number, number, number][];
  /**
   * Merges that begin a page, written as single cells with lines round the whole area
   * instead: LibreOffice draws such a merge under the repeated header one row tall (its text
   * over the next row, its bottom line across it). Their text sits in the first cell, whose
   * row is made tall enough for it.
   */
  boxes: Area[];
}

/**
 * The plan as printed: pages break where pageBreaks says, and a merge cut by a break (a
 * sasaran) becomes two, the lower part repeating the text. A part may need more height than
 * its rows had (a sasaran left on one row), which can move the breaks: repeated until they stay.
 */
export function printLayout(plan: SheetPlan, page: PageGeometry): PrintLayout {
  let heights = rowHeightsPt(plan);
  const onePage = onePageScale(plan, heights, page);
  if (onePage !== null) return { plan, heights, pageBreaks: [], continued: [], boxes: [], scale: onePage };
  let layout = cutAt(plan, pageBreaks(plan, heights, page));
  for (let i = 0; i < 4; i++) {
    const needed = rowHeightsPt(layout.plan);
    heights = heights.map((h, r) => Math.max(h, needed[r] ?? h));
    const breaks = pageBreaks(plan, heights, page);
    if (breaks.join() === layout.pageBreaks.join()) break;
    layout = cutAt(plan, breaks);
  }
  const needed = rowHeightsPt(layout.plan);
  return { ...layout, heights: heights.map((h, r) => Math.max(h, needed[r] ?? h)), scale: fitScale(plan, page) };
}

function cutAt(plan: SheetPlan, breaks: readonly number[]): Omit<PrintLayout, "heights" | "scale"> {
  const pageBreaks = breaks.filter((row) => row > 0);
  const cells = plan.cells.map((cells) => [...cells]);
  let merges = plan.merges;
  const continued: [number, number, number][] = [];
  for (const row of pageBreaks) {
    const split = splitMerges(merges, row);
    merges = split.merges;
    // From the cells already copied: a sasaran cut twice repeats the text of its first part.
    for (const [r, c, from] of split.continued) {
      const source = cells[from]?.[c];
      if (source && cells[r]) cells[r][c] = { ...source, note: undefined };
    }
    continued.push(...split.continued);
  }
  const starts = new Set(pageBreaks);
  // Only the table body's merges (a sasaran): a table header that begins a page keeps its merges.
  const boxes = merges.filter((m) => m.rows > 1 && starts.has(m.row) && m.row >= plan.table.firstRow);
  return { plan: { ...plan, cells, merges: merges.filter((m) => !boxes.includes(m)) }, pageBreaks, continued, boxes };
}
