/**
 * Which target cells of a jabatan sheet hold the catalog's `Target <tahun>`, and which typed targets
 * differ from it: from the plan and the carry-over, no second read (Sheets reports both).
 */
import { carryOver } from "../../../src/core/carry/carry";
import { buildYearPlan } from "../../../src/core/plan/year";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { catalogTargets } from "../../../src/core/year/targets";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";
import { copy, rendered, type } from "../../support/fixtures/plans";

const SHEETS = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027 }).sheets;
const KADINKES = SHEETS.find((p) => p.name === "2027 KADINKES") as SheetPlan;
const REKAP = SHEETS.find((p) => p.kind === "rekap") as SheetPlan;
const INDIKATOR = new Map(CATALOG_LAIN.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator)).map((i) => [i.id, i]));
const TARGET_COL = KADINKES.table.columns.findIndex((c) => c.key === "target");
/** Indicators of the sheet with a Target 2027 in the catalog, and one without. */
const WITH = Object.keys(KADINKES.indikatorRows).filter((id) => INDIKATOR.get(id)?.target["2027"] !== undefined);
const WITHOUT = Object.keys(KADINKES.indikatorRows).find((id) => INDIKATOR.get(id)?.target["2027"] === undefined);

describe("catalogTargets", () => {
  it("a fresh sheet: every target the catalog has for the year is the catalog's", () => {
    expect(WITH.length).toBeGreaterThan(1);
    expect(catalogTargets(KADINKES, carryOver(KADINKES, null))).toEqual({ dariKatalog: WITH.length, berbeda: [] });
  });

  it("a typed target other than the catalog's is kept and listed, with its cell; one where the catalog has none is the user's", () => {
    const id = WITH[0] as string;
    const row = KADINKES.indikatorRows[id] as number;
    const old = copy(rendered(KADINKES));
    type(old, row, TARGET_COL, 12345);
    if (WITHOUT) type(old, KADINKES.indikatorRows[WITHOUT] as number, TARGET_COL, 7);
    expect(catalogTargets(KADINKES, carryOver(KADINKES, old))).toEqual({
      dariKatalog: WITH.length - 1,
      berbeda: [{ row, col: TARGET_COL, indikator: INDIKATOR.get(id)?.nama, target: 12345, katalog: INDIKATOR.get(id)?.target["2027"] }],
    });
  });

  it("the REKAP has no targets of its own", () => {
    expect(catalogTargets(REKAP, carryOver(REKAP, null))).toEqual({ dariKatalog: 0, berbeda: [] });
  });
});
