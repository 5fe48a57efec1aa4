/**
 * The record of what was written, under random catalog edits interleaved with random user edits
 * (core carry-over; the same property through scaffoldYear and the offline command lives beside
 * their tests): after a re-run
 * - every typed value is still there, in place or moved aside (multiset, as before records);
 * - every other cell of the form is exactly the fresh form of the current catalog;
 * - the moved-aside section holds typed values only: nothing the add-on wrote looks typed;
 * and a second re-run with the new record changes nothing.
 */
import fc from "fast-check";
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { PERIODE, type SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { applyCatalogEdit, catalogEdit } from "../../support/catalog-edits";
import { rendered } from "../../support/fixtures/plans";
import { applyEdit, asideValues, edit, editTargets, gridOf, minus, multiset, sheetValues, typedValues } from "../../support/typed-grid";

const SHEETS = EXAMPLE_CATALOG.jabatan.length + 1;

function sheetPlan(catalog: Catalog, periode: (typeof PERIODE)[number], which: number): SheetPlan {
  return buildYearPlan({ catalog, tahun: 2027, periode }).sheets[which] as SheetPlan;
}

const beyondForm = (plan: SheetPlan, fresh: SheetPlan) =>
  minus(multiset(sheetValues(rendered(plan).values)), multiset(sheetValues(rendered(fresh).values)));

/** The year plans of the unedited catalog, built once: every run starts from one of their sheets. */
const EXAMPLE_PLANS = new Map(PERIODE.map((periode) => [periode, buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode })]));

const cellText = (plan: SheetPlan, r: number, c: number) => {
  const cell = plan.cells[r]?.[c];
  return cell?.formula ?? cell?.value ?? "";
};

describe("record property: catalog edits reach the form, typed values stay the user's", () => {
  it("random catalog edits and user edits on any sheet of the year, either periode", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SHEETS - 1 }),
        fc.constantFrom(...PERIODE),
        fc.constantFrom(...PERIODE),
        fc.array(catalogEdit, { minLength: 1, maxLength: 6 }),
        fc.array(edit, { maxLength: 15 }),
        (which, periodeA, periodeB, catalogEdits, userEdits) => {
          const planA = EXAMPLE_PLANS.get(periodeA)?.sheets[which] as SheetPlan;
          const { record } = carryOver(planA, null);
          const grid = gridOf(rendered(planA), planA.cells.length + 4, planA.width + 3);
          const at = editTargets(planA);
          for (const e of userEdits) applyEdit(grid, e, at);
          const typed = multiset(typedValues(grid));

          const catalog = catalogEdits.reduce((c, e) => applyCatalogEdit(c, e), EXAMPLE_CATALOG);
          const fresh = sheetPlan(catalog, periodeB, which);
          const out = carryOver(fresh, grid, record);

          expect(beyondForm(out.plan, fresh)).toEqual(typed);
          // Every differing cell listed, then one expect: an expect per cell cost more than the property itself.
          const differ: [number, number, string | number, string | number][] = [];
          for (let r = 0; r < fresh.cells.length; r++)
            for (let c = 0; c < fresh.width; c++) {
              const [got, want] = [cellText(out.plan, r, c), cellText(fresh, r, c)];
              if (!out.keptAt?.has(`${r},${c}`) && !Object.is(got, want)) differ.push([r, c, got, want]);
            }
          expect(differ).toEqual([]);
          const aside = multiset(asideValues(rendered(out.plan).values));
          expect(minus(aside, typed)).toEqual(new Map());

          // Pressed again, nothing changed: the same sheet, nothing more moved aside, nothing new from the catalog.
          const again = carryOver(fresh, rendered(out.plan), out.record);
          expect(rendered(again.plan)).toEqual(rendered(out.plan));
          expect(again.perubahan).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});
