import { applySheetPlan } from "../../../src/adapters/sheets/apply";
import { findSheets, PROTECTION_PREFIX, readSnapshot } from "../../../src/adapters/sheets/read";
import { carryOver } from "../../../src/core/plan/carry";
import type { SheetPlan } from "../../../src/core/plan/types";
import { createFakeSpreadsheetApp, type FakeSheet } from "../../fakes/spreadsheet-app";
import { COL, miniPlan } from "../../fixtures/plans";

/** Read phase then write phase for one plan, as writeYear does. */
function run(fake: ReturnType<typeof createFakeSpreadsheetApp>, plan: SheetPlan) {
  const services = fake.services();
  const sheet = findSheets(services, [plan.name]).get(plan.name) ?? null;
  const snapshot = sheet ? readSnapshot(services, sheet, { charts: plan.charts.length > 0 }) : null;
  const carried = carryOver(plan, snapshot);
  return { ...applySheetPlan(services, carried.plan, snapshot), kept: carried.kept, movedAside: carried.movedAside };
}

describe("applySheetPlan on a new sheet", () => {
  const fake = createFakeSpreadsheetApp();
  const plan = miniPlan();
  const result = run(fake, plan);
  const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;

  it("inserts the sheet and reports it as dibuat with its gid", () => {
    expect(result).toMatchObject({ name: "2027 MINI", status: "dibuat", sheetId: sheet.id });
  });

  it("writes values, formulas, formats, notes and validations", () => {
    expect(fake.user.cell(plan.name, "A1")).toMatchObject({ value: "INDIKATOR MINI" });
    expect(fake.user.cell(plan.name, "A1").textStyle?.style).toEqual({ bold: true, italic: false, fontSize: 14 });
    expect(fake.user.cell(plan.name, "E4").formula).toBe('=IF(OR(D4="",C4=""),"",D4/C4*100)');
    expect(fake.user.cell(plan.name, "E4").numberFormat).toBe("0.00");
    expect(fake.user.cell(plan.name, "C4")).toMatchObject({ background: "#fff8dc", note: "Target tahunan" });
    expect(fake.user.cell(plan.name, "C4").validation).toMatchObject({ criteria: { type: "requireNumberGreaterThanOrEqualTo", args: [0] }, allowInvalid: false });
    expect(fake.user.cell(plan.name, "F4").validation).toMatchObject({ helpText: "Catatan bebas." });
    expect(fake.user.cell(plan.name, "G4").value).toBe("a");
  });

  it("writes layout: merges, borders, widths, heights, hidden id column, frozen rows", () => {
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }]);
    expect(sheet.borders).toEqual([{ row: 2, col: 0, rows: 4, cols: 6 }]);
    expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w)).toEqual(plan.columnWidths);
    expect([...sheet.rowHeights.entries()]).toEqual([[0, 30]]);
    expect([...sheet.hiddenColumns]).toEqual([COL.id]);
    expect(sheet.frozenRows).toBe(3);
  });

  it("protects computed cells with a warning only, and sets the colour rules in one call", () => {
    expect(sheet.protections.map((p) => [p.box, p.description, p.warningOnly])).toEqual([
      [{ row: 3, col: COL.capaian, rows: 3, cols: 1 }, `${PROTECTION_PREFIX}Dihitung otomatis`, true],
    ]);
    expect(sheet.rules).toEqual([{ text: "Baik", background: "#d9ead3", fontColor: "#38761d", boxes: [{ row: 3, col: COL.capaian, rows: 3, cols: 1 }] }]);
  });

  it("writes whole areas, never cell by cell, and reads nothing after the first write", () => {
    const writes = fake.log.calls.filter((c) => c.kind === "write").map((c) => c.method);
    expect(writes.filter((m) => m === "setValues")).toHaveLength(1);
    expect(fake.log.calls.filter((c) => c.method === "getRange")).toHaveLength(1);
    expect(writes).not.toContain("setValue");
    const grids = ["setValues", "setNumberFormats", "setBackgrounds", "setTextStyles", "setHorizontalAlignments", "setVerticalAlignments", "setWraps", "setNotes", "setDataValidations"];
    for (const setter of grids) expect(writes.filter((m) => m === setter).length).toBeLessThanOrEqual(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.readPhases()).toBe(1);
  });
});

describe("applySheetPlan on an existing sheet", () => {
  it("clears what an earlier run made, keeps typed values and the users' own protections", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, plan);
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    fake.user.type(plan.name, "C5", 50);
    fake.user.type(plan.name, "D5", 40);
    fake.user.type(plan.name, "J20", "catatan di luar");
    const own = fake.services().spreadsheet.getSheetByName(plan.name)!.getRange(1, 1, 1, 1).protect().setDescription("kunci milik sekretariat");
    fake.log.clear();

    const again = run(fake, plan);
    expect(again).toMatchObject({ status: "diperbarui", kept: 2, movedAside: 1 });
    expect(fake.user.cell(plan.name, "C5").value).toBe(50);
    expect(fake.user.cell(plan.name, "D5").value).toBe(40);
    expect(fake.user.cell(plan.name, "J20").value).toBe("");
    expect(fake.user.find(plan.name, "catatan di luar")).toBeDefined();
    expect(sheet.protections).toHaveLength(2);
    expect(sheet.protections).toContain(own);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }]);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.readPhases()).toBe(1);
    const reads = fake.log.calls.filter((c) => c.kind === "read").map((c) => c.method);
    expect(reads).toEqual(["getSheetByName", "getDataRange", "getValues", "getFormulas", "getMaxRows", "getMaxColumns", "getProtections", "getDescription", "getDescription"]);
  });

  it("adds columns when the plan is wider than the sheet", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    const wide: SheetPlan = {
      ...plan,
      width: 30,
      cells: plan.cells.map((row) => [...row, ...Array.from({ length: 30 - row.length }, () => ({}))]),
      columnWidths: [...plan.columnWidths, ...Array.from({ length: 23 }, () => 50)],
    };
    run(fake, wide);
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    expect(sheet.maxColumns).toBe(30);
    expect(fake.log.calls.map((c) => c.method)).toContain("insertColumnsAfter");
  });
});
