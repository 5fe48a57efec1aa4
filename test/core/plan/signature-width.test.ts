/**
 * README "The year's sheets": the signature block is never clipped. Its merged cells span enough
 * printed width (the columns that print, at the sheet's own widths) for each of its lines at its font,
 * in both periodes and for a long title line with a Plt. prefix; a line too long for the whole table
 * wraps in a row tall enough for its lines. Widths are measured with the print model's Arial metrics.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { CELL_PADDING_PX, textWidthPx, wrappedLines } from "../../../src/core/print/text-height";
import { PERIODE, type SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";

/** A title of 60 characters on one line, with Plt.: longer than the example's. */
const LONG_TITLE = "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK";
const withTitle = (lines: string[], status: "" | "Plt." | "Plh." = "Plt."): Catalog => ({
  ...EXAMPLE_CATALOG,
  instansi: { ...EXAMPLE_CATALOG.instansi, kepala: { ...EXAMPLE_CATALOG.instansi.kepala, jabatan: lines, status } },
});
/** One line longer than any table is wide. */
const TOO_LONG = Array.from({ length: 12 }, () => "PEMBERDAYAAN PEREMPUAN").join(" ");

const CATALOGS: [string, Catalog][] = [
  ["the example", EXAMPLE_CATALOG],
  ["a 60-character title line with Plt.", withTitle([LONG_TITLE, "KABUPATEN SAMPANG"])],
];

/** The printed width (px) of the block's columns: columns that do not print take none. */
function blockWidth(sheet: SheetPlan): number {
  const area = sheet.signature!;
  const notPrinted = new Set([...(sheet.printHiddenColumns ?? []), ...sheet.hiddenColumns]);
  let width = 0;
  for (let c = area.col; c < area.col + area.cols; c++) if (!notPrinted.has(c)) width += sheet.columnWidths[c] ?? 0;
  return width;
}

const signed = (periode: (typeof PERIODE)[number], catalog: Catalog) =>
  buildYearPlan({ catalog, tahun: 2027, periode }).sheets.filter((s) => s.signature);

describe.each(PERIODE)("tanda tangan %s", (periode) => {
  test.each(CATALOGS)("%s: every line fits its block's printed width", (_, catalog) => {
    for (const sheet of signed(periode, catalog)) {
      const area = sheet.signature!;
      const width = blockWidth(sheet);
      for (let r = area.row; r < area.row + area.rows; r++) {
        const cell = sheet.cells[r]?.[area.col];
        const text = typeof cell?.value === "string" ? cell.value : "";
        const needs = textWidthPx(text, cell?.style?.fontSize ?? 10, cell?.style?.bold) + CELL_PADDING_PX;
        expect({ sheet: sheet.name, text, fits: needs <= width }).toEqual({ sheet: sheet.name, text, fits: true });
      }
    }
  });

  test("a line longer than the table wraps, in a row tall enough for its lines", () => {
    for (const sheet of signed(periode, withTitle([TOO_LONG]))) {
      const area = sheet.signature!;
      const r = sheet.cells.findIndex((row) => row[area.col]?.value === `Plt. ${TOO_LONG}`);
      expect(r).toBeGreaterThanOrEqual(area.row);
      const cell = sheet.cells[r]?.[area.col];
      expect(cell?.style?.wrap).toBe(true);
      const lines = wrappedLines(`Plt. ${TOO_LONG}`, blockWidth(sheet), cell?.style?.fontSize ?? 10);
      expect(lines).toBeGreaterThan(1);
      expect(sheet.rowHeights[r] ?? 0).toBeGreaterThanOrEqual(lines * 17);
    }
  });
});
