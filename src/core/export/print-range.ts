/**
 * What the export address prints of one jabatan sheet: the rows above the colour legend
 * (core/plan/legend.ts, for the screen only) and every column that holds something. Read
 * from the live sheet's values, not the plan: users insert rows. Pure.
 */
import { LEGEND_ITEMS, LEGEND_TITLE } from "../plan/legend";

/** Rows 0 … rows-1 and columns 0 … cols-1 of a sheet. */
export interface PrintRange {
  rows: number;
  cols: number;
}

// Not normLabel (core/text.ts): the legend is the add-on's own text, not a label users type, so spaces within are not folded.
const key = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");
const TITLE = key(LEGEND_TITLE);
const LABELS = new Set(LEGEND_ITEMS.map((i) => key(i.label)));

/**
 * `values`: the sheet's data range (getDataRange().getValues()). The legend is the first row
 * holding its title and one of its sample labels, so a title typed elsewhere cuts nothing;
 * null (print the whole sheet) when there is none, as on sheets made before it existed.
 */
export function printRange(values: readonly (readonly unknown[])[]): PrintRange | null {
  const row = values.findIndex((cells) => cells.some((v) => key(v) === TITLE) && cells.some((v) => LABELS.has(key(v))));
  if (row <= 0) return null;
  return { rows: row, cols: Math.max(...values.map((cells) => cells.length)) };
}
