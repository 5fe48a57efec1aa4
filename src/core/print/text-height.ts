/**
 * How tall text is in a cell, estimated once for both renderers: how many lines it
 * wraps to in Arial (Sheets' default font; Liberation Sans, LibreOffice's stand-in,
 * has the same metrics) at a column's width, then the height of those lines in the
 * unit each renderer sets. Sheets grows rows for wrapped text by itself but never
 * merged cells, so the plan sizes those (textHeightPx); an .xlsx grows nothing when
 * opened, so the offline writer sizes every row (cellHeightPt, src/offline/layout.ts).
 */

import type { CellPlan, CellStyle } from "../sheet/types";
import { ptToPx } from "./print";

/** Arial advance widths in 1/1000 em, printable ASCII from " " (Liberation Sans has the same metrics). */
const ASCII_UNITS = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space … /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0 … ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ … O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P … _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` … o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p … ~
];

function charUnits(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code < 127) return ASCII_UNITS[code - 32] ?? 556;
  return ch === "\u2014" ? 1000 : 600; // Σ, ×, –, letters with accents: about a digit
}

/** Width of `text` in px at `fontSize` pt (96 dpi); bold is about 8 % wider. */
export function textWidthPx(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return ptToPx((units / 1000) * fontSize) * (bold ? 1.08 : 1) * SLACK;
}

/** A little generous, so wrapping is never underestimated (hinting, kerning, the program's rounding). */
const SLACK = 1.03;

/** Lines `text` takes when wrapped at word boundaries in `widthPx` (cell padding included). */
export function wrappedLines(text: string, widthPx: number, fontSize: number, bold = false): number {
  const usable = Math.max(10, widthPx - CELL_PADDING_PX);
  const space = textWidthPx(" ", fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let x = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidthPx(word, fontSize, bold);
      const next = x === 0 ? w : x + space + w;
      if (next <= usable) {
        x = next;
      } else if (x === 0) {
        // A single word wider than the cell breaks inside the word.
        const extra = Math.ceil(w / usable) - 1;
        lines += extra;
        x = w - extra * usable;
      } else {
        lines += 1;
        x = w;
        if (w > usable) {
          const extra = Math.ceil(w / usable) - 1;
          lines += extra;
          x = w - extra * usable;
        }
      }
    }
  }
  return lines;
}

/** Row height and column width (px) of a new Sheets sheet: the size of what a plan leaves unsized. */
export const DEFAULT_ROW_PX = 21;
export const DEFAULT_COLUMN_PX = 100;

/** Text inset of a cell, both sides together. */
export const CELL_PADDING_PX = 6;
/** Sheets' default font size, in pt. */
const DEFAULT_FONT_PT = 10;

/** Lines of `text` in a cell `widthPx` wide: wrapped at words when the cell wraps, else one per line break. */
function textLines(text: string, widthPx: number, style: CellStyle = {}): number {
  const size = style.fontSize ?? DEFAULT_FONT_PT;
  return style.wrap ? wrappedLines(text, widthPx, size, style.bold) : text.split("\n").length;
}

/** Line pitch and padding in an .xlsx as LibreOffice and Excel draw them (pt). */
const XLSX_LINE_PER_FONT_PT = 1.22;
const XLSX_PADDING_PT = 4;

/** Height (pt) a cell's text needs in an .xlsx cell `widthPx` wide, or 0 when it holds no text (a formula counts as one line). */
export function cellHeightPt(cell: CellPlan, widthPx: number): number {
  const text = cell.value === undefined ? (cell.formula ? "0" : "") : String(cell.value);
  if (text === "") return 0;
  const style = cell.style ?? {};
  return textLines(text, widthPx, style) * (style.fontSize ?? DEFAULT_FONT_PT) * XLSX_LINE_PER_FONT_PT + XLSX_PADDING_PT;
}

/** Line pitch and padding in Sheets (px): 17 px a line of 10-pt text. */
const SHEETS_LINE_PER_FONT_PT = 1.7;
const SHEETS_PADDING_PX = 6;

/** Height (px) Sheets needs for `text` in a merged cell `widthPx` wide (at least one line, also when empty). */
export function textHeightPx(text: string, widthPx: number, style: CellStyle = {}): number {
  const lines = Math.max(1, textLines(text, widthPx, style));
  return lines * (style.fontSize ?? DEFAULT_FONT_PT) * SHEETS_LINE_PER_FONT_PT + SHEETS_PADDING_PX;
}
