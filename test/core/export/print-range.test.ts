import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { printRange } from "../../../src/core/export/print-range";
import { LEGEND_TITLE } from "../../../src/core/plan/legend";
import { printedRows } from "../../../src/core/print/print";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { copy, insertRow, rendered } from "../../support/fixtures/plans";

const sheets = (["tahunan", "triwulan"] as const).flatMap(
  (periode) => buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets,
);

describe("printRange: what the export address prints of a jabatan sheet", () => {
  test.each(sheets.filter((s) => s.legend).map((s) => [s.name, s] as const))("%s: every row above the legend, every column", (_, plan) => {
    const range = printRange(rendered(plan).values);
    expect(range).toEqual({ rows: plan.legend!.row, cols: plan.width });
    // The whole signed form (title to NIP) is inside, the legend is not.
    expect(range!.rows).toBeGreaterThanOrEqual(printedRows(plan));
  });

  test("rows inserted above the legend move the range with it", () => {
    const plan = sheets.find((s) => s.kode === "KADIS") as SheetPlan;
    const old = copy(rendered(plan));
    insertRow(old, plan.table.firstRow, ["baris sisipan"]);
    insertRow(old, 1);
    expect(printRange(old.values)?.rows).toBe(plan.legend!.row + 2);
  });

  test("no legend (REKAP, a sheet made before it existed, the legend deleted): null, the whole sheet prints", () => {
    const rekap = sheets.find((s) => s.kind === "rekap") as SheetPlan;
    expect(printRange(rendered(rekap).values)).toBeNull();
    const plan = sheets.find((s) => s.kode === "KADIS") as SheetPlan;
    const old = copy(rendered(plan));
    old.values[plan.legend!.row] = old.values[plan.legend!.row]!.map(() => "");
    expect(printRange(old.values)).toBeNull();
    // The title alone, typed somewhere by a user, cuts nothing; neither does a legend on the first row.
    expect(printRange([["x"], [LEGEND_TITLE], ["NIP. 1"]])).toBeNull();
    expect(printRange([[LEGEND_TITLE, "Isi di sini"], ["y"]])).toBeNull();
  });
});
