/**
 * Which target cells of a jabatan sheet hold the catalog's `Target <tahun>`, and which typed targets
 * differ from it: from the plan and the carry-over, no second read (Sheets reports both).
 */
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { catalogTargets, emptyTargets } from "../../../src/core/year/targets";
import { buildYearPlan } from "../../../src/core/year/year-plan";
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

describe("emptyTargets", () => {
  it("counts the indicator rows whose target is still empty after carry-over: typed or from the catalog is filled", () => {
    // The fixture with two of KADINKES's Target 2027 left blank.
    const without = WITH.slice(0, 2);
    const catalog = structuredClone(CATALOG_LAIN);
    for (const i of catalog.jabatan.flatMap((j) => j.sasaran.flatMap((x) => x.indikator)))
      if (without.includes(i.id)) delete i.target["2027"];
    const sheet = buildYearPlan({ catalog, tahun: 2027 }).sheets.find((p) => p.name === KADINKES.name) as SheetPlan;
    const rows = Object.keys(sheet.indikatorRows).length;
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(rows);
    expect(emptyTargets(carryOver(sheet, null).plan)).toEqual({ indikator: rows, kosong: without.length });
    // The user types the missing target on the sheet: one fewer is empty.
    const old = copy(rendered(sheet));
    type(old, sheet.indikatorRows[without[0] as string] as number, TARGET_COL, 7);
    expect(emptyTargets(carryOver(sheet, old).plan)).toEqual({ indikator: rows, kosong: without.length - 1 });
  });

  it("the built-in example has no Target 2027 (the official document has none): every row is empty", () => {
    const example = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "triwulan" }).sheets;
    const counted = example.map((p) => emptyTargets(p));
    const total = counted.reduce((n, c) => n + c.indikator, 0);
    expect(total).toBeGreaterThan(20);
    expect(counted.every((c) => c.kosong === c.indikator)).toBe(true);
  });

  it("the REKAP has no target cells to count", () => {
    expect(emptyTargets(REKAP)).toEqual({ indikator: 0, kosong: 0 });
  });
});
