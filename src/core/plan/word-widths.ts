/**
 * Column widths for one jabatan's sheet: a text column (Sasaran, Indikator, Satuan, and Formulasi and
 * Sumber Data where they print) at least as wide as its longest word at the body's size, so no word
 * is broken inside. What a column gains comes from the Indikator column while Indikator's own longest
 * word still fits, so the page keeps its print scale (≥ 8 pt on a triwulan page); beyond that the
 * column simply grows. Pure.
 */
import { CELL_PADDING_PX, textWidthPx } from "../print/text-height";
import type { ColumnPlan } from "../sheet/types";

/** The body's font size in pt (styles.ts). */
const BODY_PT = 10;
const TEXT_KEYS = new Set(["sasaran", "indikator", "satuan", "formulasi", "sumber"]);
const DONOR = "indikator";

/** Px the longest word of `texts` needs in a cell. */
export function longestWordPx(texts: readonly string[]): number {
  let most = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) if (word) most = Math.max(most, textWidthPx(word, BODY_PT));
  return most === 0 ? 0 : Math.ceil(most + CELL_PADDING_PX);
}

/** `columns`' widths, widened where `texts` (by column key) has a longer word; `printed(c)`: whether column c prints. */
export function wordWidths(
  columns: readonly ColumnPlan[],
  texts: Readonly<Record<string, readonly string[]>>,
  printed: (c: number) => boolean,
): number[] {
  const widths = columns.map((c) => c.width);
  const need = columns.map((c) => (TEXT_KEYS.has(c.key) ? longestWordPx(texts[c.key] ?? []) : 0));
  const donor = columns.findIndex((c) => c.key === DONOR);
  columns.forEach((_, c) => {
    const gain = (need[c] ?? 0) - (widths[c] ?? 0);
    if (gain <= 0 || !printed(c)) return;
    widths[c] = need[c] as number;
    if (donor < 0 || donor === c) return;
    const spare = Math.max(0, (widths[donor] ?? 0) - (need[donor] ?? 0));
    widths[donor] = (widths[donor] ?? 0) - Math.min(gain, spare);
  });
  // Indikator itself, when its own word is longer.
  if (donor >= 0 && (need[donor] ?? 0) > (widths[donor] ?? 0)) widths[donor] = need[donor] as number;
  return widths;
}
