/**
 * README, Katalog (PENGATURAN): the REKAP is always signed by the head of office, also when each jabatan sheet is
 * signed by its own official. Expected lines are written out from the fixture, not from the code.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const rekapOf = (catalog: typeof EXAMPLE_CATALOG, periode: "tahunan" | "triwulan") =>
  buildYearPlan({ catalog, tahun: 2027, periode }).sheets.find((s) => s.kind === "rekap") as SheetPlan;

/** The non-empty texts below the REKAP's table, top to bottom. */
const textsBelowTable = (plan: SheetPlan) =>
  plan.cells
    .slice(plan.table.lastRow + 1)
    .flatMap((row) => row.map((c) => c?.value))
    .filter((v): v is string => typeof v === "string" && v !== "");

describe("the REKAP's signature block", () => {
  test.each(["tahunan", "triwulan"] as const)(
    "another OPD, %s: the head of office signs with Plt., not a jabatan's official",
    (periode) => {
      const texts = textsBelowTable(rekapOf(CATALOG_LAIN, periode));
      const at = (t: string) => texts.indexOf(t);
      expect(at("Plt. KEPALA DINAS KESEHATAN")).toBeGreaterThan(0);
      expect(at("dr. SITI AMINAH, M.Kes")).toBeGreaterThan(at("Plt. KEPALA DINAS KESEHATAN"));
      expect(texts).toContain("NIP. 19750412 200312 2 002");
      // After the averages per jabatan, never before.
      expect(at("RATA-RATA CAPAIAN PER JABATAN")).toBeLessThan(at("Plt. KEPALA DINAS KESEHATAN"));
    },
  );

  test("the built-in example: the Kepala Dinas, and the chart below the signature", () => {
    const plan = rekapOf(EXAMPLE_CATALOG, "tahunan");
    const texts = textsBelowTable(plan);
    expect(texts).toContain("KEPALA DINAS SOSIAL PEMBERDAYAAN");
    expect(texts).toContain("NIP. 19680223 198803 1 001");
    const nipRow = plan.cells.findIndex((row) => row.some((c) => c?.value === "NIP. 19680223 198803 1 001"));
    expect(plan.charts[0]?.anchor.row).toBeGreaterThan(nipRow);
  });
});
