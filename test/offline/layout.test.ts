/**
 * Print layout estimates: wrapped lines, row heights from text, the fit-to-width
 * scale, merges cut at a page break (where pages break: pages.test.ts).
 */
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { PRINT_PAGE as PAGE } from "../../src/core/print/print";
import { wrappedLines } from "../../src/core/print/text-height";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { fitScale, MIN_ROW_PT, rowHeightsPt, splitMerges } from "../../src/offline/xlsx/layout";

test("baris terbungkus per kata, baris baru dihitung", () => {
  expect(wrappedLines("Dinsos PPPA", 200, 10)).toBe(1);
  // Measured in LibreOffice (Liberation Sans 10): three lines in a 180 px column.
  expect(wrappedLines("Persentase PMKS yang terpulihkan kembali fungsi sosialnya", 180, 10)).toBe(3);
  expect(wrappedLines("a. satu\nb. dua\nc. tiga", 300, 10)).toBe(3);
  expect(wrappedLines("x".repeat(100), 100, 10)).toBeGreaterThan(4); // one long word breaks inside
});

describe("tinggi baris dan pemisah halaman pada rencana 2027", () => {
  const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 });
  const sheet = (kode: string) => plan.sheets.find((s) => s.kode === kode) as SheetPlan;

  test("tinggi rencana sebagai batas bawah; baris teks lain setinggi isinya, paling rendah 15,75 pt", () => {
    for (const s of plan.sheets) {
      const heights = rowHeightsPt(s);
      expect(heights).toHaveLength(s.cells.length);
      s.rowHeights.forEach((px, r) => {
        if (px !== null) expect(heights[r]).toBeGreaterThanOrEqual(px * 0.75);
        else expect(heights[r]).toBeGreaterThanOrEqual(MIN_ROW_PT);
      });
    }
    const rehsos = sheet("KABID REHSOS");
    const rows = Object.values(rehsos.indikatorRows).map((r) => rowHeightsPt(rehsos)[r] as number);
    expect(Math.max(...rows)).toBeGreaterThan(3 * 12); // long formulasi texts take several lines
  });

  test("skala pas-lebar: tahunan sekitar 78 %; triwulan tanpa kolom kerjanya (Pembilang, Penyebut, Formulasi, Sumber) ≥ 80 %", () => {
    const tahunan = fitScale(sheet("KADIS"), PAGE);
    expect(tahunan).toBeGreaterThan(0.72);
    expect(tahunan).toBeLessThan(0.85);
    const triwulan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "triwulan", jabatan: ["KADIS"] })
      .sheets[0] as SheetPlan;
    // Body 10 pt printed at ≥ 8 pt (issue 10).
    expect(fitScale(triwulan, PAGE)).toBeGreaterThanOrEqual(0.8);
    expect(fitScale({ ...triwulan, printHiddenColumns: [] }, PAGE)).toBeLessThan(0.6);
  });

  test("sasaran yang terpotong pemisah halaman dibagi dua", () => {
    const { merges, continued } = splitMerges(
      [
        { row: 10, col: 1, rows: 5, cols: 1 },
        { row: 0, col: 0, rows: 1, cols: 12 },
      ],
      13,
    );
    expect(merges).toEqual([
      { row: 10, col: 1, rows: 3, cols: 1 },
      { row: 13, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 0, rows: 1, cols: 12 },
    ]);
    expect(continued).toEqual([[13, 1, 10]]);
  });
});
