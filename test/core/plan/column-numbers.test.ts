/**
 * The column-number row under the table header (README "The year's sheets"): it numbers the
 * printed columns 1, 2, 3 … without gaps, as an official form does; a column that does not print
 * (a triwulan sheet's working columns, the hidden id) has no number, on screen as on paper.
 */
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { PERIODE } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { rendered } from "../../support/fixtures/plans";

describe.each(PERIODE)("nomor kolom %s", (periode) => {
  const sheets = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets.filter((s) => s.kind === "jabatan");

  test("1..N over the printed columns; no number where a column does not print", () => {
    for (const sheet of sheets) {
      const { headerRow, headerRows, columns } = sheet.table;
      const numbers = sheet.cells[headerRow + headerRows - 1] ?? [];
      const notPrinted = new Set([...(sheet.printHiddenColumns ?? []), ...sheet.hiddenColumns]);
      const printed = columns.map((_, c) => c).filter((c) => !notPrinted.has(c));
      expect(printed.map((c) => numbers[c]?.value)).toEqual(printed.map((_, i) => i + 1));
      expect([...notPrinted].map((c) => numbers[c]?.value ?? "")).toEqual([...notPrinted].map(() => ""));
    }
  });

  test("a sheet numbered as before (every column) and made again without its record: the numbers are the form's", () => {
    for (const sheet of sheets) {
      const old = rendered(sheet);
      const row = sheet.table.headerRow + sheet.table.headerRows - 1;
      old.values[row] = sheet.table.columns.map((_, c) => c + 1);
      const out = carryOver(sheet, old);
      expect({ sheet: sheet.name, movedAside: out.movedAside }).toEqual({ sheet: sheet.name, movedAside: 0 });
      expect(out.plan.cells[row]?.map((cell) => cell.value ?? "")).toEqual(sheet.cells[row]?.map((cell) => cell.value ?? ""));
    }
  });
});
