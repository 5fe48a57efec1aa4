/**
 * How every sheet prints, in one place: A4 landscape, fitted to the page width and
 * centred, no gridlines, the page number centred under the page, the table header
 * repeated on every page. The Sheets PDF export address (core/export/url.ts) and the
 * offline .xlsx page setup and page-break estimate (src/offline) all read it, each
 * through the conversion below that its unit needs. Pure.
 */
import type { SheetPlan } from "../sheet/types";

/** Margins in inches: the unit both the export address and the .xlsx page setup read. */
export interface MarginsInch {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const PRINT = {
  paper: "A4",
  orientation: "landscape",
  /** Shrunk to one page wide, as many pages tall as needed. */
  fitToWidth: true,
  /**
   * The smallest print scale: body text (10 pt) stays at 8 pt or more. A sheet that fits on one page at
   * this scale or more prints on one page (offline; Sheets' export fits the width only).
   */
  minScale: 0.8,
  gridlines: false,
  /** The form sits in the middle of the page across, at the top down. */
  centerHorizontally: true,
  centerVertically: false,
  /** Page numbers, bottom centre. */
  pageNumbers: "center",
  /**
   * Narrow at the sides (0.3 in, about 8 mm: inside what office printers reach) so the wide
   * table keeps a readable scale when fitted to the width (a triwulan page ≥ 8 pt); 0.6 in at the bottom leaves room for the page number under the signature block.
   */
  marginsInch: { top: 0.5, bottom: 0.6, left: 0.3, right: 0.3 } satisfies MarginsInch,
  /**
   * Where a header and the footer (the page number) sit, from the page edge: an .xlsx
   * sets them; Sheets' export places its page number itself.
   */
  headerInch: 0.25,
  footerInch: 0.3,
  /** The Perjanjian Kinerja: A4 portrait, a letter's margins. */
  portraitMarginsInch: { top: 0.6, bottom: 0.6, left: 0.7, right: 0.6 } satisfies MarginsInch,
} as const;

/** A4 in points, landscape (wide side across). */
const PAGE_PT = { width: 841.89, height: 595.28 } as const;

/** The paper's code in an .xlsx page setup (ECMA-376: 9 is A4). */
export const XLSX_PAPER_SIZE = 9;

const PT_PER_INCH = 72;
/** Sheets measures in CSS pixels (96 per inch); print and .xlsx heights in points (72 per inch). */
const PT_PER_PX = 0.75;

export const inchToPt = (inch: number): number => inch * PT_PER_INCH;
export const pxToPt = (px: number): number => px * PT_PER_PX;
export const ptToPx = (pt: number): number => pt / PT_PER_PX;

/** A printed page: its size in points and its margins in inches. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: MarginsInch;
}

/** The page every sheet prints on, but the PK. */
export const PRINT_PAGE: PageGeometry = { ...PAGE_PT, margins: PRINT.marginsInch };
/** A4 portrait: the Perjanjian Kinerja. */
export const PORTRAIT_PAGE: PageGeometry = { width: PAGE_PT.height, height: PAGE_PT.width, margins: PRINT.portraitMarginsInch };

/** The page a plan prints on (SheetPlan.orientation). */
export function pageOf(plan: Pick<SheetPlan, "orientation">): PageGeometry {
  return plan.orientation === "portrait" ? PORTRAIT_PAGE : PRINT_PAGE;
}

/**
 * The rows repeated at the top of every printed page (0-based, inclusive): the table's
 * header rows, labels and column numbers, as TablePlan says them.
 */
export function repeatRows(plan: Pick<SheetPlan, "table">): { first: number; last: number } {
  const { headerRow, headerRows } = plan.table;
  return { first: headerRow, last: headerRow + headerRows - 1 };
}

/**
 * How many rows print (rows 0 … n-1): every row up to the last one that holds something,
 * above the colour legend (on screen only) when the sheet has one.
 */
export function printedRows(plan: Pick<SheetPlan, "cells" | "legend">): number {
  let end = plan.legend ? plan.legend.row : plan.cells.length;
  while (end > 0 && !plan.cells[end - 1]?.some((c) => (c.value !== undefined && c.value !== "") || c.formula)) end--;
  return end;
}
