/**
 * Who may edit what (src/core/roles/editors.ts): on the example (no email: warnings only, as before) and
 * on CATALOG_LAIN (two jabatan with their pengisi, two pengelola): each jabatan sheet's input cells for
 * its pengisi and the pengelola, everything else for the pengelola; the addresses not yet editors of the
 * file listed; the person pressing the button kept.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { editorsWithCaller, joined, notEditorsYet, rolesSet, sheetRoles, union } from "../../../src/core/roles/editors";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const PENGELOLA = ["sekretariat@dinkes.sukamaju.go.id", "verifikator@inspektorat.sukamaju.go.id"];

describe("sheet roles", () => {
  test("no email in the catalog (the example): warning-only everywhere, nobody named", () => {
    expect(rolesSet(EXAMPLE_CATALOG)).toBe(false);
    for (const plan of buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 }).sheets) {
      expect(sheetRoles(EXAMPLE_CATALOG, plan)).toEqual({ mode: "warning", sheet: [], inputs: [] });
    }
  });

  test("CATALOG_LAIN: a jabatan sheet's every input area is its pengisi's and the pengelola's; the rest and the REKAP the pengelola's", () => {
    const sheets = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, periode: "triwulan" }).sheets;
    const gizi = sheets.find((s) => s.kode === "KASI GIZI 2")!;
    const roles = sheetRoles(CATALOG_LAIN, gizi);
    expect(roles.mode).toBe("restricted");
    expect(roles.sheet).toEqual(PENGELOLA);
    // Every input cell of the plan is covered, each with the same editors.
    expect(roles.inputs.map((i) => i.area)).toEqual(gizi.inputs.map(({ validation: _, ...area }) => area));
    for (const input of roles.inputs)
      expect(input.editors).toEqual(["gizi@dinkes.sukamaju.go.id", "Rina.Wulandari@gmail.com", ...PENGELOLA]);
    // A jabatan without pengisi: its inputs are the pengelola's alone.
    const sekdin = sheetRoles(CATALOG_LAIN, sheets.find((s) => s.kode === "SEKDIN")!);
    expect(new Set(sekdin.inputs.flatMap((i) => i.editors))).toEqual(new Set(PENGELOLA));
    const rekap = sheetRoles(CATALOG_LAIN, sheets.find((s) => s.kind === "rekap")!);
    expect(rekap).toEqual({ mode: "restricted", sheet: PENGELOLA, inputs: [] });
  });

  test("only a pengisi set, no pengelola: real protections, the rest the owner's alone", () => {
    const catalog = { ...CATALOG_LAIN, instansi: { ...CATALOG_LAIN.instansi, emailPengelola: [] } };
    const plan = buildYearPlan({ catalog, tahun: 2027 }).sheets.find((s) => s.kode === "KABID P2P")!;
    const roles = sheetRoles(catalog, plan);
    expect(roles).toMatchObject({ mode: "restricted", sheet: [] });
    expect(roles.inputs.every((i) => i.editors.join() === "p2p@dinkes.sukamaju.go.id")).toBe(true);
  });
});

describe("addresses", () => {
  test("union keeps the first spelling of each address, whatever its case", () => {
    expect(union(["A@x.id", "b@x.id"], ["a@X.ID", " c@x.id "])).toEqual(["A@x.id", "b@x.id", "c@x.id"]);
  });

  test("the addresses that are not editors of the file yet, each once, compared without case", () => {
    expect(notEditorsYet(CATALOG_LAIN, ["SEKRETARIAT@dinkes.sukamaju.go.id", "p2p@dinkes.sukamaju.go.id"])).toEqual([
      "verifikator@inspektorat.sukamaju.go.id",
      "gizi@dinkes.sukamaju.go.id",
      "Rina.Wulandari@gmail.com",
    ]);
  });

  test("the person pressing the button is always among the editors, once", () => {
    expect(editorsWithCaller(PENGELOLA, "kasubag@dinkes.sukamaju.go.id")).toEqual([...PENGELOLA, "kasubag@dinkes.sukamaju.go.id"]);
    expect(editorsWithCaller(PENGELOLA, "Sekretariat@dinkes.sukamaju.go.id")).toEqual(PENGELOLA);
    expect(editorsWithCaller(PENGELOLA, null)).toEqual(PENGELOLA);
  });
});

describe("joined input areas (one protection each)", () => {
  const cells = (areas: readonly { row: number; col: number; rows: number; cols: number }[]) =>
    areas
      .flatMap((a) => Array.from({ length: a.rows * a.cols }, (_, i) => `${a.row + Math.floor(i / a.cols)},${a.col + (i % a.cols)}`))
      .sort();

  test("KADINKES, triwulan: the same cells, each once, in fewer rectangles", () => {
    const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, periode: "triwulan" }).sheets.find((s) => s.kode === "KADINKES")!;
    const roles = sheetRoles(CATALOG_LAIN, plan);
    const joinedCells = cells(roles.inputs.map((i) => i.area));
    expect(joinedCells).toEqual(cells(plan.inputs));
    expect(new Set(joinedCells).size).toBe(joinedCells.length);
    expect(roles.inputs.length).toBeLessThan(plan.inputs.length);
  });

  test("runs one under another and side by side join; different editors or rows never", () => {
    const a = ["a@x.id"];
    const b = ["b@x.id"];
    expect(
      joined([
        { area: { row: 5, col: 2, rows: 2, cols: 1 }, editors: a },
        { area: { row: 7, col: 2, rows: 3, cols: 1 }, editors: a },
        { area: { row: 5, col: 3, rows: 5, cols: 1 }, editors: a },
        { area: { row: 5, col: 4, rows: 5, cols: 1 }, editors: b },
        { area: { row: 5, col: 5, rows: 4, cols: 1 }, editors: b },
      ]),
    ).toEqual([
      { area: { row: 5, col: 2, rows: 5, cols: 2 }, editors: a },
      { area: { row: 5, col: 4, rows: 5, cols: 1 }, editors: b },
      { area: { row: 5, col: 5, rows: 4, cols: 1 }, editors: b },
    ]);
  });
});
