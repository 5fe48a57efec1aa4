import { writeYear } from "../../../src/adapters/sheets/year";
import { KODE_JABATAN } from "../../../src/core/catalog/schema";
import { buildYearPlan } from "../../../src/core/plan/year";
import { createFakeSpreadsheetApp, type FakeSheet } from "../../fakes/spreadsheet-app";

describe("writeYear, triwulan", () => {
  const fake = createFakeSpreadsheetApp();
  const written = writeYear(fake.services(), { tahun: 2028, periode: "triwulan", jabatan: [...KODE_JABATAN] });
  const plans = buildYearPlan({ tahun: 2028, periode: "triwulan" }).sheets;

  it("creates every sheet with the plan's size, quarter headers and merges", () => {
    expect(written.map((w) => [w.name, w.status])).toEqual(plans.map((p) => [p.name, "dibuat"]));
    const rehsos = fake.spreadsheet.sheet("2028 KABID REHSOS") as FakeSheet;
    const plan = plans.find((p) => p.name === rehsos.name)!;
    for (const label of ["TW I", "TW II", "TW III", "TW IV"]) expect(fake.user.find(rehsos.name, label)?.row).toBe(plan.table.headerRow + 1);
    expect(rehsos.merges).toHaveLength(plan.merges.length);
    const key = (m: { row: number; col: number; rows: number; cols: number }) => `${m.row},${m.col},${m.rows},${m.cols}`;
    expect(new Set(rehsos.merges.map(key))).toEqual(new Set(plan.merges.map(key)));
    expect([...rehsos.hiddenColumns]).toEqual(plan.hiddenColumns);
    expect(rehsos.protections).toHaveLength(plan.protectedAreas.length);
    expect(rehsos.protections.every((p) => p.warningOnly)).toBe(true);
    expect(rehsos.frozenRows).toBe(plan.frozenRows);
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
    // Per protected area 3 calls (protect, description, warning only), per width run 1: the plan's shape sets the count.
    for (const plan of plans) {
      const count = perSheet.get(plan.name) as number;
      expect(count).toBeLessThanOrEqual(30 + 3 * plan.protectedAreas.length + plan.columnWidths.length + plan.rowHeights.length);
    }
  });
});
