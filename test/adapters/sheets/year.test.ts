import { mergeBlocks, runs } from "../../../src/adapters/sheets/groups";
import { findSheets } from "../../../src/adapters/sheets/read";
import { writeYear } from "../../../src/adapters/sheets/year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { createFakeSpreadsheetApp, FAKE_SPREADSHEET_URL, type FakeSheet } from "../../support/fakes/spreadsheet-app";
import { checkProtection } from "../../support/protection-check";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

describe("writeYear, triwulan", () => {
  const fake = createFakeSpreadsheetApp();
  const written = writeYear(
    fake.services(),
    { tahun: 2028, periode: "triwulan", jabatan: [...KODE_JABATAN], rekap: true },
    EXAMPLE_CATALOG,
  ).sheets;
  const plans = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2028, periode: "triwulan" }).sheets;

  it("creates every sheet with the plan's size, quarter headers and merges", () => {
    expect(written.map((w) => [w.name, w.status])).toEqual(plans.map((p) => [p.name, "dibuat"]));
    const rehsos = fake.spreadsheet.sheet("2028 KABID REHSOS") as FakeSheet;
    const plan = plans.find((p) => p.name === rehsos.name)!;
    for (const label of ["TW I", "TW II", "TW III", "TW IV", "Tahunan"])
      expect(fake.user.find(rehsos.name, label)?.row).toBe(plan.table.headerRow + 1);
    // The group labels are merged over their columns: TW I five from the 7th column, Tahunan six from the 27th.
    expect(rehsos.merges).toEqual(
      expect.arrayContaining([
        { row: plan.table.headerRow, col: 6, rows: 1, cols: 5 },
        { row: plan.table.headerRow, col: 26, rows: 1, cols: 6 },
      ]),
    );
    expect(rehsos.merges).toHaveLength(plan.merges.length);
    const key = (m: { row: number; col: number; rows: number; cols: number }) => `${m.row},${m.col},${m.rows},${m.cols}`;
    expect(new Set(rehsos.merges.map(key))).toEqual(new Set(plan.merges.map(key)));
    expect([...rehsos.hiddenColumns]).toEqual(plan.hiddenColumns);
    expect(rehsos.protections.map((p) => [p.type, p.warningOnly])).toEqual([["SHEET", true]]);
    expect(rehsos.frozenRows).toBe(plan.frozenRows);
  });

  it("links each sheet by the spreadsheet's address and its gid", () => {
    expect(written.map((w) => w.url)).toEqual(plans.map((p) => `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet(p.name)?.id}`));
  });

  it("every computed cell of every sheet warns before an edit; no input cell is guarded", () => {
    for (const plan of plans) {
      const check = checkProtection(fake, plan);
      expect(check.wrong).toEqual([]);
      expect(check.computed).toBeGreaterThan(0);
      if (plan.kind === "jabatan") expect(check.inputs).toBeGreaterThan(0);
    }
  });

  it("reads once, before writing, and flushes once", () => {
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.count("flush")).toBe(1);
    expect(fake.log.calls.at(-1)?.method).toBe("flush");
  });

  it("calls per sheet: every sheet is touched, each one a bounded number of times", () => {
    const perSheet = fake.log.perSheet("read", "write", "handle");
    const counts = plans.map((p) => perSheet.get(p.name) ?? 0);
    expect(Math.min(...counts)).toBeGreaterThan(10);
    for (const plan of plans) {
      const count = perSheet.get(plan.name) as number;
      // Fixed: insertSheet, addDeveloperMetadata, getRangeList, getRanges, ≤ 9 cell setters, hideColumns, setFrozenRows,
      // 4 protection calls, setConditionalFormatRules, insertChart, getSheetId (≤ 22); then one call per merge block, border, width run, height run.
      const hidden = new Set(plan.hiddenColumns);
      const shape =
        mergeBlocks(plan.merges).length +
        plan.borders.length +
        runs(plan.columnWidths.map((w, c) => (hidden.has(c) ? null : w))).length +
        runs(plan.rowHeights).length;
      expect(count).toBeLessThanOrEqual(22 + shape);
    }
  });

  it("protects each sheet with at most 4 calls, however many computed areas it has", () => {
    for (const plan of plans) {
      const calls = fake.log.calls.filter((c) => c.sheet === plan.name && (c.target === "Protection" || c.method === "protect"));
      expect(calls.map((c) => c.method)).toEqual([
        "protect",
        "setDescription",
        "setWarningOnly",
        ...(plan.inputs.length ? ["setUnprotectedRanges"] : []),
      ]);
    }
  });
});

describe("findSheets", () => {
  it("a spreadsheet with fewer sheets than names: one getSheets and a getName per sheet, names without regard to case", () => {
    const fake = createFakeSpreadsheetApp();
    fake.spreadsheet.insertSheet("Sheet1");
    fake.spreadsheet.insertSheet("2027 kadis");
    fake.log.clear();
    const found = findSheets(fake.services(), ["2027 KADIS", "2027 SEKRETARIS", "2027 REKAP"]);
    expect(found.get("2027 KADIS")).toBe(fake.spreadsheet.sheet("2027 kadis"));
    expect(found.get("2027 REKAP")).toBeNull();
    expect(fake.log.calls.map((c) => c.method)).toEqual(["getSheets", "getName", "getName"]);
  });

  it("as many sheets as names or more: one getSheetByName per name", () => {
    const fake = createFakeSpreadsheetApp();
    for (const name of ["A", "B", "2027 KADIS"]) fake.spreadsheet.insertSheet(name);
    fake.log.clear();
    const found = findSheets(fake.services(), ["2027 KADIS", "2027 REKAP"]);
    expect(found.get("2027 KADIS")).toBe(fake.spreadsheet.sheet("2027 KADIS"));
    expect(found.get("2027 REKAP")).toBeNull();
    expect(fake.log.calls.map((c) => c.method)).toEqual(["getSheets", "getSheetByName", "getSheetByName"]);
  });
});
