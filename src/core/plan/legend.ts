/**
 * The colour legend under a jabatan sheet's form: what cream, light grey and grey cells
 * mean, as one row of sample cells in those colours. It is for the screen only: the
 * print stops above it (print.ts printedRows, the .xlsx print area, the Sheets export
 * range), so the signed form stays as the official one. Laid out over whatever columns
 * the table has: only their widths are read.
 */

import type { Area, CellStyle } from "../sheet/types";
import type { SheetBuilder } from "./builder";
import { COLOR } from "./styles";

export const LEGEND_TITLE = "Keterangan warna:";

export const LEGEND_ITEMS: readonly { label: string; background: string }[] = [
  { label: "Isi di sini", background: COLOR.inputFill },
  { label: "Dihitung otomatis", background: COLOR.computedFill },
  { label: "Tidak berlaku", background: COLOR.unusedFill },
];

/** A sample cell is at least this wide, so its label stays on one line. */
const ITEM_MIN_PX = 110;
const ITEM_STYLE: CellStyle = { hAlign: "center", vAlign: "middle", fontSize: 9 };

/**
 * Writes the legend on `row`: the title over the first two columns (as the form's labels),
 * then each sample over as many of the next columns as its label needs. Returns its area.
 */
export function legendRow(b: SheetBuilder, row: number, widths: readonly number[]): Area {
  b.set(row, 0, { value: LEGEND_TITLE, style: { bold: true, vAlign: "middle" } });
  b.merge({ row, col: 0, rows: 1, cols: 2 });
  let col = 2;
  for (const item of LEGEND_ITEMS) {
    let cols = 1;
    let px = widths[col] ?? 0;
    while (px < ITEM_MIN_PX && col + cols < widths.length) px += widths[col + cols++] ?? 0;
    b.style({ row, col, rows: 1, cols }, { background: item.background });
    b.set(row, col, { value: item.label, style: { ...ITEM_STYLE, background: item.background } });
    b.merge({ row, col, rows: 1, cols });
    b.borders.push({ row, col, rows: 1, cols });
    col += cols;
  }
  return { row, col: 0, rows: 1, cols: col };
}
