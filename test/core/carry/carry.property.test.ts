/**
 * Nothing typed is ever lost (README, "Pressing the button again"): a user types into input cells,
 * computed cells and empty cells, inserts, deletes and sorts rows, deletes the id
 * column; the carried-over sheet holds every typed value still there before the
 * re-run — in place or moved aside — and nothing else beyond the fresh form.
 */

import fc from "fast-check";
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { rendered } from "../../support/fixtures/plans";
import { applyEdit, edit, gridOf, inputCells, minus, multiset, sheetValues, typedValues } from "../../support/typed-grid";

const plans: SheetPlan[] = (["tahunan", "triwulan"] as const).flatMap(
  (periode) => buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets,
);

describe("carry-over property: the multiset of typed values is kept", () => {
  it("for every jabatan sheet and REKAP, tahunan and triwulan, under random typing and edits", () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 25 }), (which, edits) => {
        const plan = plans[which] as SheetPlan;
        const grid = gridOf(rendered(plan), plan.cells.length + 4, plan.width + 3);
        const at = {
          inputs: inputCells(plan),
          idColumn: plan.table.idColumn as number | null,
          body: [plan.table.firstRow, plan.table.lastRow] as [number, number],
        };
        for (const e of edits) applyEdit(grid, e, at);
        const before = multiset(typedValues(grid));

        const out = carryOver(plan, grid);
        const after = minus(multiset(sheetValues(rendered(out.plan).values)), multiset(sheetValues(rendered(plan).values)));
        expect(after).toEqual(before);
        // A second run over the result keeps them all again.
        const again = carryOver(plan, rendered(out.plan));
        expect(minus(multiset(sheetValues(rendered(again.plan).values)), multiset(sheetValues(rendered(plan).values)))).toEqual(before);
      }),
      { numRuns: 250, seed: 7 },
    );
  });
});
