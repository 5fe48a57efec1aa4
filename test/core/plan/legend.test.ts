/**
 * The colour legend under a jabatan sheet (core/plan/legend.ts): in the plan, below the
 * signature, outside what prints; on a re-run it is the form's own text, never a typed value.
 */

import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { LEGEND_ITEMS, LEGEND_TITLE } from "../../../src/core/plan/legend";
import { COLOR } from "../../../src/core/plan/styles";
import { printedRows } from "../../../src/core/print/print";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { copy, rendered, type } from "../../support/fixtures/plans";

const year = (periode: "tahunan" | "triwulan", catalog: Catalog = EXAMPLE_CATALOG) =>
  buildYearPlan({ catalog, tahun: 2027, periode }).sheets;
const kadis = (sheets: SheetPlan[]) => sheets.find((s) => s.kode === "KADIS") as SheetPlan;

describe.each(["tahunan", "triwulan"] as const)("legenda warna, %s", (periode) => {
  test("setiap lembar jabatan: di bawah tanda tangan, di luar area cetak; REKAP dan BUKTI tanpa legenda", () => {
    for (const sheet of year(periode)) {
      if (sheet.kind === "rekap" || sheet.kind === "bukti") {
        expect(sheet.legend).toBeUndefined();
        continue;
      }
      const legend = sheet.legend!;
      const row = sheet.cells[legend.row]!;
      const nip = sheet.cells.findIndex((r) => r.some((c) => String(c.value ?? "").startsWith("NIP. ")));
      expect(legend.row).toBeGreaterThan(nip);
      expect(printedRows(sheet)).toBe(nip + 1); // the print ends with the NIP line
      expect(row[0]?.value).toBe(LEGEND_TITLE);
      const samples = row.filter((c) => LEGEND_ITEMS.some((i) => i.label === c.value));
      expect(samples.map((c) => [c.value, c.style?.background])).toEqual([
        ["Isi di sini", COLOR.inputFill],
        ["Dihitung otomatis", COLOR.computedFill],
        ["Tidak berlaku", COLOR.unusedFill],
      ]);
      // Each sample is wide enough for its label on one line, and stays left of the hidden id column.
      for (const c of samples) {
        const col = row.indexOf(c);
        const merge = sheet.merges.find((m) => m.row === legend.row && m.col === col);
        const cols = merge?.cols ?? 1;
        expect(sheet.columnWidths.slice(col, col + cols).reduce((s, w) => s + w, 0)).toBeGreaterThanOrEqual(110);
        expect(col + cols).toBeLessThanOrEqual(sheet.table.idColumn);
      }
    }
  });

  test("membuat ulang: legenda milik formulir, tidak dipindahkan sebagai isian", () => {
    const plan = kadis(year(periode));
    const again = carryOver(plan, rendered(plan));
    expect([again.kept, again.movedAside]).toEqual([0, 0]);
    // An indicator more this year: the legend is one row lower, still the form's own.
    const fewer: Catalog = {
      ...EXAMPLE_CATALOG,
      jabatan: EXAMPLE_CATALOG.jabatan.map((j) => (j.kode === "KADIS" ? { ...j, sasaran: j.sasaran.slice(0, -1) } : j)),
    };
    const moved = carryOver(plan, rendered(kadis(year(periode, fewer))));
    expect(moved.movedAside).toBe(0);
    // A sheet of the version before the legend: nothing there, nothing to carry.
    const before = copy(rendered(plan));
    before.values[plan.legend!.row] = before.values[plan.legend!.row]!.map(() => "");
    expect(carryOver(plan, before).movedAside).toBe(0);
  });

  test("yang diketik di baris legenda tetap milik pengguna (dipindahkan, tidak hilang)", () => {
    const plan = kadis(year(periode));
    const old = copy(rendered(plan));
    const row = plan.legend!.row;
    const empty = plan.cells[row]!.findIndex((c, i) => i > plan.legend!.cols && c.value === undefined && i < plan.table.idColumn);
    type(old, row, empty, "catatan saya");
    type(
      old,
      row,
      plan.cells[row]!.findIndex((c) => c.value === "Isi di sini"),
      "diketik di atas contoh",
    );
    const out = carryOver(plan, old);
    expect(out.movedAside).toBe(2);
    const texts = out.plan.cells.flat().map((c) => c.value);
    expect(texts).toContain("catatan saya");
    expect(texts).toContain("diketik di atas contoh");
    expect(texts).toContain("Isi di sini"); // the form's sample is written again
  });
});
