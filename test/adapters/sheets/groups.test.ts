import { cellValue, sheetGrids } from "../../../src/adapters/sheets/grids";
import { indexRuns, mergeBlocks, runs } from "../../../src/adapters/sheets/groups";
import { miniPlan } from "../../support/fixtures/plans";

describe("mergeBlocks", () => {
  it("joins one-row merges of the same span on consecutive rows into one mergeAcross block", () => {
    const blocks = mergeBlocks([
      { row: 3, col: 0, rows: 1, cols: 2 },
      { row: 4, col: 0, rows: 1, cols: 2 },
      { row: 5, col: 0, rows: 1, cols: 2 },
      { row: 3, col: 2, rows: 1, cols: 10 },
      { row: 4, col: 2, rows: 1, cols: 10 },
      { row: 9, col: 0, rows: 1, cols: 2 },
    ]);
    expect(blocks).toEqual([
      { kind: "across", area: { row: 3, col: 0, rows: 3, cols: 2 } },
      { kind: "across", area: { row: 9, col: 0, rows: 1, cols: 2 } },
      { kind: "across", area: { row: 3, col: 2, rows: 2, cols: 10 } },
    ]);
  });

  it("joins one-column merges of the same rows on adjacent columns into one mergeVertically block", () => {
    const blocks = mergeBlocks([
      { row: 7, col: 0, rows: 2, cols: 1 },
      { row: 7, col: 1, rows: 2, cols: 1 },
      { row: 7, col: 5, rows: 2, cols: 1 },
      { row: 10, col: 1, rows: 3, cols: 1 },
      { row: 2, col: 2, rows: 2, cols: 2 },
    ]);
    expect(blocks).toEqual([
      { kind: "vertically", area: { row: 7, col: 0, rows: 2, cols: 2 } },
      { kind: "vertically", area: { row: 7, col: 5, rows: 2, cols: 1 } },
      { kind: "vertically", area: { row: 10, col: 1, rows: 3, cols: 1 } },
      { kind: "merge", area: { row: 2, col: 2, rows: 2, cols: 2 } },
    ]);
  });
});

describe("runs", () => {
  it("groups equal neighbours and skips nulls", () => {
    expect(runs([70, 70, 75, null, 75, 75])).toEqual([
      { start: 0, count: 2, value: 70 },
      { start: 2, count: 1, value: 75 },
      { start: 4, count: 2, value: 75 },
    ]);
    expect(indexRuns([25, 3, 4])).toEqual([
      { start: 3, count: 2, value: true },
      { start: 25, count: 1, value: true },
    ]);
  });
});

describe("sheetGrids", () => {
  it("inlines formulas and keeps text that looks like one as text", () => {
    expect(cellValue({ formula: "=SUM(A1:A2)" })).toBe("=SUM(A1:A2)");
    expect(cellValue({ value: "=tidak rumus" })).toBe("'=tidak rumus");
    expect(cellValue({ value: "+62 812" })).toBe("'+62 812");
    expect(cellValue({ value: 12 })).toBe(12);
    expect(cellValue({})).toBe("");
  });

  it("gives one full-size array per property, and null where everything is default", () => {
    const plan = miniPlan();
    const g = sheetGrids(plan);
    expect([g.rows, g.cols]).toEqual([plan.cells.length, plan.width]);
    expect(g.values).toHaveLength(g.rows);
    expect(g.backgrounds?.[2]?.[0]).toBe("#1f4e78");
    expect(g.textStyles.length).toBeGreaterThan(1);
    expect(g.vAligns).toBeNull();
    expect(g.wraps).toBeNull();
    expect(g.notes?.[3]?.[2]).toBe("Target tahunan");
    expect(g.validationIndex?.[3]?.[2]).toBe(0);
    expect(g.validationIndex?.[3]?.[5]).toBe(1);
    expect(g.validationIndex?.[3]?.[4]).toBe(-1);
  });
});
