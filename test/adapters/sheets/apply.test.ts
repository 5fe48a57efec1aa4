import { applySheetPlan } from "../../../src/adapters/sheets/apply";
import { findSheets, PROTECTION_PREFIX, readRowsIfShort, readSnapshot } from "../../../src/adapters/sheets/read";
import { carryOver } from "../../../src/core/carry/carry";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { createFakeSpreadsheetApp, type FakeProtection, type FakeSheet } from "../../support/fakes/spreadsheet-app";
import { COL, miniPlan } from "../../support/fixtures/plans";
import { checkProtection } from "../../support/protection-check";

/** Read phase then write phase for one plan, as writeYear does. */
function run(fake: ReturnType<typeof createFakeSpreadsheetApp>, plan: SheetPlan) {
  const services = fake.services();
  const sheet = findSheets(services, [plan.name]).get(plan.name) ?? null;
  const snapshot = sheet ? readSnapshot(services, sheet, { charts: plan.charts.length > 0 }) : null;
  const carried = carryOver(plan, snapshot);
  const complete = snapshot && readRowsIfShort(snapshot, carried.plan);
  return { ...applySheetPlan(services, carried.plan, complete), kept: carried.kept, movedAside: carried.movedAside };
}

/** The sheet protection(s) of a fake sheet. */
const sheetProtections = (sheet: FakeSheet): FakeProtection[] => sheet.protections.filter((p) => p.type === "SHEET");

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
    expect(fake.user.cell(plan.name, "C4").validation).toMatchObject({
      criteria: { type: "requireNumberGreaterThanOrEqualTo", args: [0] },
      allowInvalid: false,
    });
    expect(fake.user.cell(plan.name, "F4").validation).toMatchObject({ helpText: "Catatan bebas." });
    expect(fake.user.cell(plan.name, "G4").value).toBe("a");
  });

  it("writes layout: merges, borders, widths (none for the hidden column), heights, hidden id column, frozen rows", () => {
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }]);
    expect(sheet.borders).toEqual([{ row: 2, col: 0, rows: 4, cols: 6 }]);
    expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      plan.columnWidths.map((w, c) => [c, w]).filter(([c]) => c !== COL.id),
    );
    expect([...sheet.rowHeights.entries()]).toEqual([[0, 30]]);
    expect([...sheet.hiddenColumns]).toEqual([COL.id]);
    expect(sheet.frozenRows).toBe(3);
  });

  it("protects the sheet once, warning only, with the input areas left unprotected", () => {
    expect(sheet.protections.map((p) => [p.type, p.description, p.warningOnly, p.unprotected])).toEqual([
      ["SHEET", `${PROTECTION_PREFIX}Dihitung otomatis`, true, plan.inputs.map(({ row, col, rows, cols }) => ({ row, col, rows, cols }))],
    ]);
    const methods = fake.log.calls.filter((c) => c.target === "Protection" || c.method === "protect").map((c) => `${c.target}.${c.method}`);
    expect(methods).toEqual(["Sheet.protect", "Protection.setDescription", "Protection.setWarningOnly", "Protection.setUnprotectedRanges"]);
  });

  it("every computed cell warns before an edit; no input cell is guarded", () => {
    const check = checkProtection(fake, plan);
    expect(check.wrong).toEqual([]);
    expect([check.computed, check.inputs]).toEqual([3, 9]);
    expect(fake.user.protection(plan.name, "E4")).toBe("warning-only");
    expect(fake.user.protection(plan.name, "C4")).toBe("unprotected");
    expect(fake.user.protection(plan.name, "F6")).toBe("unprotected");
  });

  it("sets the colour rules in one call", () => {
    expect(sheet.rules).toEqual([
      { text: "Baik", background: "#d9ead3", fontColor: "#38761d", boxes: [{ row: 3, col: COL.capaian, rows: 3, cols: 1 }] },
    ]);
  });

  it("writes whole areas, never cell by cell, takes every range from one getRangeList, and reads nothing after the first write", () => {
    const writes = fake.log.calls.filter((c) => c.kind === "write").map((c) => c.method);
    expect(writes.filter((m) => m === "setValues")).toHaveLength(1);
    expect(fake.log.calls.filter((c) => c.kind === "handle").map((c) => c.method)).toEqual(["getRangeList", "getRanges", "getSheetId"]);
    expect(writes).not.toContain("setValue");
    const grids = [
      "setValues",
      "setNumberFormats",
      "setBackgrounds",
      "setTextStyles",
      "setHorizontalAlignments",
      "setVerticalAlignments",
      "setWraps",
      "setNotes",
      "setDataValidations",
    ];
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
    const own = sheet.range({ row: 0, col: 0, rows: 1, cols: 1 }).protect().setDescription("kunci milik sekretariat");
    const ours = sheetProtections(sheet)[0];
    fake.log.clear();

    const again = run(fake, plan);
    expect(again).toMatchObject({ status: "diperbarui", kept: 2, movedAside: 1 });
    expect(fake.user.cell(plan.name, "C5").value).toBe(50);
    expect(fake.user.cell(plan.name, "D5").value).toBe(40);
    expect(fake.user.cell(plan.name, "J20").value).toBe("");
    expect(fake.user.find(plan.name, "catatan di luar")).toBeDefined();
    expect(sheet.protections).toHaveLength(2);
    expect(sheet.protections).toContain(own);
    expect(own.description).toBe("kunci milik sekretariat");
    expect(sheetProtections(sheet)).toEqual([ours]);
    expect(checkProtection(fake, plan).wrong).toEqual([]);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 6 }]);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.readPhases()).toBe(1);
    const reads = fake.log.calls.filter((c) => c.kind === "read").map((c) => c.method);
    expect(reads).toEqual([
      "getSheets",
      "getSheetByName",
      "getDeveloperMetadata",
      "getKey",
      "getDataRange",
      "getValues",
      "getFormulas",
      "getMaxColumns",
      "getProtections",
      "getDescription",
    ]);
    // Our protection is updated in place: no remove, no second protect.
    const protectionCalls = fake.log.calls.filter((c) => c.target === "Protection" || c.method === "protect").map((c) => c.method);
    expect(protectionCalls).toEqual(["getDescription", "setWarningOnly", "setUnprotectedRanges"]);
  });

  it("after a user inserted rows, the unprotected ranges are the plan's input areas again", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, plan);
    fake.user.insertRows(plan.name, 2, 1);
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    expect(sheetProtections(sheet)[0]?.unprotected[0]?.row).toBe(plan.inputs[0]!.row + 1);
    run(fake, plan);
    expect(sheetProtections(sheet)[0]?.unprotected).toEqual(plan.inputs.map(({ row, col, rows, cols }) => ({ row, col, rows, cols })));
    expect(checkProtection(fake, plan).wrong).toEqual([]);
  });

  it("sets the description again only when the plan's wording changed", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, plan);
    const reworded: SheetPlan = { ...plan, protectedAreas: plan.protectedAreas.map((a) => ({ ...a, description: "Rumus" })) };
    fake.log.clear();
    run(fake, reworded);
    expect(fake.log.calls.filter((c) => c.target === "Protection" && c.kind === "write").map((c) => c.method)).toEqual([
      "setDescription",
      "setWarningOnly",
      "setUnprotectedRanges",
    ]);
    expect(sheetProtections(fake.spreadsheet.sheet(plan.name) as FakeSheet)[0]?.description).toBe(`${PROTECTION_PREFIX}Rumus`);
  });

  it("leaves someone else's sheet protection exactly as it is (a sheet has one; protect() would hand it back)", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, plan);
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    sheetProtections(sheet)[0]!.remove();
    const theirs = sheet.protect().setDescription("Dikunci oleh sekretariat");
    fake.log.clear();
    run(fake, plan);
    expect(sheetProtections(sheet)).toEqual([theirs]);
    expect([theirs.description, theirs.warningOnly, theirs.unprotected]).toEqual(["Dikunci oleh sekretariat", false, []]);
    expect(fake.log.calls.filter((c) => c.target === "Protection" && c.kind === "write")).toEqual([]);
    expect(fake.log.calls.map((c) => c.method)).not.toContain("protect");
  });

  it("removes its old protection when the plan has no computed area any more", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, plan);
    run(fake, { ...plan, protectedAreas: [] });
    expect((fake.spreadsheet.sheet(plan.name) as FakeSheet).protections).toEqual([]);
  });

  it("reads the row count only when the plan needs more rows than the data range holds, and adds them", () => {
    const fake = createFakeSpreadsheetApp();
    run(fake, miniPlan(["a"]));
    const sheet = fake.spreadsheet.sheet("2027 MINI") as FakeSheet;
    sheet.maxRows = 6; // the sheet is just as long as its data (a user deleted the empty rows)
    fake.log.clear();
    const longer = miniPlan(["a", "b", "c", "d"]);
    run(fake, longer);
    expect(fake.log.calls.filter((c) => c.method === "getMaxRows")).toHaveLength(1);
    expect(fake.log.calls.find((c) => c.method === "insertRowsAfter")).toBeDefined();
    expect(sheet.maxRows).toBe(longer.cells.length);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.user.find("2027 MINI", "d")?.row).toBe(longer.indikatorRows.d! + 1);
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

  it("on a new sheet, sets no width or height equal to the sheet's default, and frozen rows only when there are some", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    run(fake, {
      ...plan,
      columnWidths: plan.columnWidths.map((w, c) => (c === COL.indikator ? 100 : w)),
      rowHeights: plan.rowHeights.map((h, r) => (r === 1 ? 21 : h)),
      frozenRows: 0,
    });
    const sheet = fake.spreadsheet.sheet(plan.name) as FakeSheet;
    expect(sheet.columnWidths.has(COL.indikator as number)).toBe(false);
    expect(sheet.rowHeights.has(1)).toBe(false);
    expect(fake.log.calls.map((c) => c.method)).not.toContain("setFrozenRows");
  });

  it("borders more than two areas with one RangeList.setBorder", () => {
    const fake = createFakeSpreadsheetApp();
    const plan = miniPlan();
    const borders = [0, 1, 2].map((r) => ({ row: r, col: 0, rows: 1, cols: 2 }));
    run(fake, { ...plan, borders });
    expect(fake.log.calls.filter((c) => c.method === "setBorder").map((c) => c.target)).toEqual(["RangeList"]);
    expect((fake.spreadsheet.sheet(plan.name) as FakeSheet).borders).toEqual(borders);
  });
});
