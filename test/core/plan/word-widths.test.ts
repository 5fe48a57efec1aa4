/**
 * README "The year's sheets": no word of the catalog's texts is broken inside a word. Each text
 * column of a jabatan sheet (Sasaran, Indikator, Satuan; Formulasi and Sumber Data where they print)
 * is at least as wide as its longest word at the body's size, measured with the print model's Arial
 * metrics; the triwulan page keeps its scale for ≥ 8 pt body text.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { PRINT_PAGE } from "../../../src/core/print/print";
import { CELL_PADDING_PX, textWidthPx } from "../../../src/core/print/text-height";
import { PERIODE } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { fitScale } from "../../../src/offline/xlsx/layout";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const TEXT_KEYS = ["sasaran", "indikator", "satuan", "formulasi", "sumber"];
const CATALOGS: [string, Catalog][] = [
  ["the example", EXAMPLE_CATALOG],
  ["another OPD", CATALOG_LAIN],
];

describe.each(PERIODE)("kata utuh %s", (periode) => {
  test.each(CATALOGS)("%s: every catalog word fits its column's printed width", (_, catalog) => {
    for (const sheet of buildYearPlan({ catalog, tahun: 2027, periode }).sheets.filter((s) => s.kind === "jabatan")) {
      const hidden = new Set([...(sheet.printHiddenColumns ?? []), ...sheet.hiddenColumns]);
      sheet.table.columns.forEach((column, c) => {
        if (!TEXT_KEYS.includes(column.key) || hidden.has(c)) return;
        for (let r = sheet.table.firstRow; r <= sheet.table.lastRow; r++) {
          const value = sheet.cells[r]?.[c]?.value;
          if (typeof value !== "string") continue;
          for (const word of value.split(/\s+/).filter(Boolean)) {
            const needs = textWidthPx(word, 10) + CELL_PADDING_PX;
            const width = sheet.columnWidths[c] ?? 0;
            expect({ sheet: sheet.name, word, fits: needs <= width }).toEqual({ sheet: sheet.name, word, fits: true });
          }
        }
      });
      // Body text prints at 10 pt × the page's scale: at least 8 pt.
      expect({ sheet: sheet.name, scale: fitScale(sheet, PRINT_PAGE) >= 0.8 }).toEqual({ sheet: sheet.name, scale: true });
    }
  });
});
