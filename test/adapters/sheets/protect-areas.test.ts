/**
 * A plan that protects areas (SheetPlan.protection "areas", the catalog sheets' way):
 * one warning-only range protection per protected area, everything else free, also
 * rows and columns a user adds; a re-run replaces its own protections and leaves the
 * users' alone.
 */
import { applySheetPlan } from "../../../src/adapters/sheets/apply";
import { findSheets, PROTECTION_PREFIX, readRowsIfShort, readSnapshot } from "../../../src/adapters/sheets/read";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { createFakeSpreadsheetApp, type FakeSheet } from "../../support/fakes/spreadsheet-app";
import { COL, miniPlan } from "../../support/fixtures/plans";

type Fake = ReturnType<typeof createFakeSpreadsheetApp>;

/** Read phase then write phase for one plan, as writeYear does. */
function run(fake: Fake, plan: SheetPlan): void {
  const services = fake.services();
  const sheet = findSheets(services, [plan.name]).get(plan.name) ?? null;
  const snapshot = sheet ? readSnapshot(services, sheet, { charts: false, areaProtections: plan.protection === "areas" }) : null;
  applySheetPlan(services, plan, snapshot && readRowsIfShort(snapshot, plan));
}

/** The mini plan guarding only its header row and its id column, as KATALOG guards its header and ID column. */
function areasPlan(): SheetPlan {
  const plan = miniPlan();
  const width = plan.width;
  return {
    ...plan,
    protection: "areas",
    protectedAreas: [
      { row: plan.table.headerRow, col: 0, rows: 1, cols: width, description: "Judul kolom" },
      { row: plan.table.firstRow, col: COL.id as number, rows: 3, cols: 1, description: "ID dibaca add-on" },
    ],
  };
}

const boxes = (plan: SheetPlan) => plan.protectedAreas.map(({ row, col, rows, cols }) => ({ row, col, rows, cols }));
const ours = (sheet: FakeSheet) => sheet.protections.filter((p) => p.description.startsWith(PROTECTION_PREFIX));

describe("a plan protecting areas, on a new sheet", () => {
  const fake = createFakeSpreadsheetApp();
  const plan = areasPlan();
  run(fake, plan);
  const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;

  it("protects each area on its own, warning only, with the area's description; no sheet protection", () => {
    expect(sheet.protections.map((p) => [p.type, p.box, p.description, p.warningOnly])).toEqual([
      ["RANGE", boxes(plan)[0], `${PROTECTION_PREFIX}Judul kolom`, true],
      ["RANGE", boxes(plan)[1], `${PROTECTION_PREFIX}ID dibaca add-on`, true],
    ]);
    const methods = fake.log.calls.filter((c) => c.target === "Protection" || c.method === "protect").map((c) => `${c.target}.${c.method}`);
    expect(methods).toEqual([
      "Range.protect",
      "Protection.setDescription",
      "Protection.setWarningOnly",
      "Range.protect",
      "Protection.setDescription",
      "Protection.setWarningOnly",
    ]);
  });

  it("guards the areas only: inputs, computed cells outside them and cells beyond the plan stay free", () => {
    expect(fake.user.protection(plan.name, "A3")).toBe("warning-only"); // header
    expect(fake.user.protection(plan.name, "G3")).toBe("warning-only");
    expect(fake.user.protection(plan.name, "G5")).toBe("warning-only"); // id column
    expect(fake.user.protection(plan.name, "C4")).toBe("unprotected"); // input
    expect(fake.user.protection(plan.name, "E4")).toBe("unprotected"); // a formula outside the areas
    expect(fake.user.protection(plan.name, "G6")).toBe("warning-only"); // its last row
    expect(fake.user.protection(plan.name, "G7")).toBe("unprotected"); // a row below the table
    expect(fake.user.protection(plan.name, "H3")).toBe("unprotected"); // a column right of it
  });

  it("takes the areas' ranges from the one getRangeList and reads nothing after the first write", () => {
    expect(fake.log.calls.filter((c) => c.kind === "handle").map((c) => c.method)).toEqual(["getRangeList", "getRanges", "getSheetId"]);
    expect(fake.log.readAfterWrite()).toBeUndefined();
  });
});

describe("a plan protecting areas, on a sheet written before", () => {
  it("replaces its own range protections and keeps the user's", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = areasPlan();
    run(fake, plan);
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    const own = sheet.range({ row: 10, col: 0, rows: 2, cols: 2 }).protect().setDescription("kunci milik sekretariat");
    fake.log.clear();

    run(fake, plan);
    expect(ours(sheet).map((p) => [p.type, p.box, p.warningOnly])).toEqual(boxes(plan).map((box) => ["RANGE", box, true]));
    expect(sheet.protections).toContain(own);
    expect(sheet.protections).toHaveLength(3);
    const reads = fake.log.calls.filter((c) => c.kind === "read").map((c) => c.method);
    expect(reads.filter((m) => m === "getProtections")).toHaveLength(2); // the sheet's, then the ranges'
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.readPhases()).toBe(1);
  });

  it("removes its whole-sheet protection of an earlier run", () => {
    const fake = createFakeSpreadsheetApp();
    run(fake, miniPlan());
    const sheet = fake.spreadsheet.sheet("2027 MINI") as FakeSheet;
    expect(sheet.protections.map((p) => p.type)).toEqual(["SHEET"]);
    run(fake, areasPlan());
    expect(sheet.protections.map((p) => p.type)).toEqual(["RANGE", "RANGE"]);
    expect(fake.user.protection("2027 MINI", "E4")).toBe("unprotected");
  });

  it("protects its areas beside someone else's sheet protection, which stays as it is", () => {
    const fake = createFakeSpreadsheetApp();
    run(fake, { ...miniPlan(), protectedAreas: [] });
    const sheet = fake.spreadsheet.sheet("2027 MINI") as FakeSheet;
    const theirs = sheet.protect().setDescription("Dikunci oleh sekretariat");
    run(fake, areasPlan());
    expect(sheet.protections[0]).toBe(theirs);
    expect([theirs.description, theirs.warningOnly, theirs.unprotected]).toEqual(["Dikunci oleh sekretariat", false, []]);
    expect(ours(sheet).map((p) => p.box)).toEqual(boxes(areasPlan()));
  });

  it("removes its range protections when the plan protects nothing any more", () => {
    const fake = createFakeSpreadsheetApp();
    run(fake, areasPlan());
    run(fake, { ...areasPlan(), protectedAreas: [] });
    expect((fake.spreadsheet.sheet("2027 MINI") as FakeSheet).protections).toEqual([]);
  });
});
