/**
 * Reading an .xlsx back as Sheets' getDataRange().getValues()/getFormulas() would
 * give it, so the offline re-run feeds the core carry-over exactly what the Sheets
 * adapter feeds it: values (numbers, text, booleans, Dates, "" for blank), formulas
 * ("" or "=…"), merged cells holding their value in the top-left only.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { carryOver } from "../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { jabatanSheet } from "../../src/core/plan/jabatan-sheet";
import { PRINT_PAGE } from "../../src/core/print/print";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { printLayout } from "../../src/offline/xlsx/pages";
import { oldSheetOf, readWorkbook as readBook } from "../../src/offline/xlsx/read-workbook";
import { saveWorkbook, writeWorkbook } from "../../src/offline/xlsx/workbook";

const planOf = (tahun: number, periode: "tahunan" | "triwulan" = "tahunan") => buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun, periode });

const dir = mkdtempSync(join(tmpdir(), "iki-read-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What Sheets would read from a sheet the plan was applied to (no formula computed: no cached results). */
function sheetsView(plan: SheetPlan): { values: unknown[][]; formulas: string[][] } {
  const away = new Set<string>();
  for (const m of plan.merges) {
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) away.add(`${r},${c}`);
  }
  const values = plan.cells.map((row, r) => row.map((cell, c) => (away.has(`${r},${c}`) || cell.formula ? "" : (cell.value ?? ""))));
  const formulas = plan.cells.map((row, r) => row.map((cell, c) => (away.has(`${r},${c}`) ? "" : (cell.formula ?? ""))));
  // The data range ends at the last row and column holding something.
  const filled = (r: number, c: number) => values[r]![c] !== "" || formulas[r]![c] !== "";
  let rows = plan.cells.length;
  while (rows > 0 && !plan.cells[rows - 1]!.some((_, c) => filled(rows - 1, c))) rows--;
  let cols = plan.width;
  while (cols > 0 && !values.slice(0, rows).some((_, r) => filled(r, cols - 1))) cols--;
  return {
    values: values.slice(0, rows).map((row) => row.slice(0, cols)),
    formulas: formulas.slice(0, rows).map((row) => row.slice(0, cols)),
  };
}

describe.each(["tahunan", "triwulan"] as const)("buku kerja %s yang ditulis lalu dibaca lagi", (periode) => {
  const plan = planOf(2027, periode);
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = join(dir, `IKI-2027-${periode}.xlsx`);
    await writeWorkbook(plan, path);
    book = await readBook(path);
  });

  test.each(plan.sheets.map((s) => [s.name, s] as const))("%s: sama dengan yang dibaca Sheets dari rencana", (name, sheet) => {
    expect(oldSheetOf(book.getWorksheet(name)!)).toEqual(sheetsView(sheet));
  });

  test.each(plan.sheets.map((s) => [s.name, s] as const))(
    "%s: dijalankan lagi tanpa isian: tidak ada yang dipertahankan atau dipindahkan",
    (name, sheet) => {
      const carried = carryOver(sheet, oldSheetOf(book.getWorksheet(name)!));
      expect([carried.kept, carried.movedAside]).toEqual([0, 0]);
    },
  );
});

describe("jenis nilai", () => {
  let ws: ExcelJS.Worksheet;
  const date = new Date(Date.UTC(2027, 2, 15));
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Uji");
    sheet.getCell("A1").value = 12.5;
    sheet.getCell("B1").value = "teks";
    sheet.getCell("C1").value = true;
    sheet.getCell("D1").value = date;
    sheet.getCell("E1").value = { richText: [{ text: "kaya " }, { text: "teks", font: { bold: true } }] };
    sheet.getCell("A2").value = { text: "tautan", hyperlink: "https://example.org" };
    sheet.getCell("B2").value = { formula: "A1*2", result: 25 };
    sheet.getCell("C2").value = { formula: "A1*3" } as ExcelJS.CellFormulaValue;
    sheet.getCell("D2").value = { formula: '_xlfn.IFS(A1>1,"_xlfn.IFS(",TRUE,0)', result: "_xlfn.IFS(" };
    sheet.getCell("E2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    sheet.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell("B3").value = { formula: "A1+1", result: 13.5, shareType: "shared", ref: "B3:B4" } as ExcelJS.CellFormulaValue;
    sheet.getCell("B4").value = { sharedFormula: "B3", result: 14.5 } as ExcelJS.CellSharedFormulaValue;
    sheet.mergeCells("C3:D4");
    sheet.getCell("C3").value = "gabungan";
    sheet.getCell("G6").value = 0;
    const path = join(dir, "jenis.xlsx");
    await saveWorkbook(book, path);
    ws = (await readBook(path)).getWorksheet("Uji")!;
  });

  test('nilai seperti getValues: angka, teks, boolean, tanggal, teks kaya, tautan, hasil rumus, galat; sel kosong ""', () => {
    const { values } = oldSheetOf(ws);
    expect(values[0]).toEqual([12.5, "teks", true, date, "kaya teks", "", ""]);
    expect(values[1]).toEqual(["tautan", 25, "", "_xlfn.IFS(", "#N/A", "", ""]);
    expect(values[2]).toEqual(["#DIV/0!", 13.5, "gabungan", "", "", "", ""]);
    expect(values[3]).toEqual(["", 14.5, "", "", "", "", ""]);
    expect(values[4]).toEqual(["", "", "", "", "", "", ""]);
    expect(values[5]).toEqual(["", "", "", "", "", "", 0]);
  });

  test('rumus seperti getFormulas: dengan "=", tanpa awalan _xlfn. (kecuali di dalam teks), rumus bersama diterjemahkan', () => {
    const { formulas } = oldSheetOf(ws);
    expect(formulas[0]).toEqual(["", "", "", "", "", "", ""]);
    expect(formulas[1]).toEqual(["", "=A1*2", "=A1*3", '=IFS(A1>1,"_xlfn.IFS(",TRUE,0)', "", "", ""]);
    expect(formulas[2]).toEqual(["=1/0", "=A1+1", "", "", "", "", ""]);
    expect(formulas[3]).toEqual(["", "=A2+1", "", "", "", "", ""]);
  });
});

describe("sasaran yang diulang di bawah pemisah halaman (hanya untuk cetak)", () => {
  // KABID REHSOS, tahunan: a sasaran cut by the page break repeats its text on the next page.
  const plan = planOf(2027);
  const sheet = plan.sheets.find((s) => s.kode === "KABID REHSOS")!;

  test("dibaca sebagai sel gabungan yang kosong, seperti di Sheets", async () => {
    const path = join(dir, "cetak.xlsx");
    await writeWorkbook(plan, path);
    const ws = (await readBook(path)).getWorksheet(sheet.name)!;
    const repeated = valuesWithText(ws);
    // The file does hold the text twice in that column: the reader leaves the print copy out.
    expect(repeated.length).toBeGreaterThan(0);
    const { values } = oldSheetOf(ws);
    for (const [r, c] of repeated) expect(values[r - 1]![c - 1]).toBe("");
  });

  test("teks lain yang diketik di atasnya tetap dibaca", async () => {
    const path = join(dir, "cetak-ketik.xlsx");
    await writeWorkbook(plan, path);
    const book = await readBook(path);
    const ws = book.getWorksheet(sheet.name)!;
    const [[r, c]] = valuesWithText(ws) as [[number, number]];
    ws.getCell(r, c).value = "sasaran saya sendiri";
    await book.xlsx.writeFile(path);
    const { values } = oldSheetOf((await readBook(path)).getWorksheet(sheet.name)!);
    expect(values[r - 1]![c - 1]).toBe("sasaran saya sendiri");
  });

  test("sasaran melintasi tiga halaman (bagian tengah dan bawah ditulis sebagai sel tunggal): membuat ulang tidak memindahkan apa pun", async () => {
    const base = EXAMPLE_CATALOG.jabatan.find((j) => j.kode === "KABID REHSOS")!;
    const indikator = Array.from({ length: 16 }, (_, i) => ({ ...base.sasaran[0]!.indikator[i % 5]!, id: `panjang.${i}` }));
    const jabatan = { ...base, kode: "PANJANG", sasaran: [{ ...base.sasaran[0]!, indikator }] };
    const long = jabatanSheet(EXAMPLE_CATALOG.instansi, jabatan, 2027, "tahunan");
    const layout = printLayout(long, PRINT_PAGE);
    expect(layout.boxes.length).toBeGreaterThanOrEqual(2); // the text is repeated below a box, not a merge
    const path = join(dir, "panjang.xlsx");
    await writeWorkbook({ tahun: 2027, periode: "tahunan", sheets: [long] }, path);
    const old = oldSheetOf((await readBook(path)).getWorksheet(long.name)!);
    expect(old.values.flat().filter((v) => v === base.sasaran[0]!.nama)).toHaveLength(1);
    const again = carryOver(long, old);
    expect([again.kept, again.movedAside]).toEqual([0, 0]);
  });

  /** Cells (1-based) holding the same text as the merged cell right above them. */
  function valuesWithText(ws: ExcelJS.Worksheet): [number, number][] {
    const out: [number, number][] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const above = ws.getCell(r - 1, c);
        if (cell.isMerged && cell.master !== cell) continue;
        if (typeof cell.value === "string" && cell.value !== "" && above.isMerged && above.master.value === cell.value) out.push([r, c]);
      }
    }
    return out;
  }
});
