/**
 * The offline .xlsx, written to disk and read back with ExcelJS: the sheets, the
 * form's header labels, live formulas (no cached numbers), merges, print setup,
 * validations and predikat colours, for tahunan and triwulan.
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import { PRINT_PAGE, printedRows, repeatRows } from "../../src/core/print/print";
import { a1, columnLetter } from "../../src/core/sheet/a1";
import type { Area, Periode, SheetPlan, YearPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { printLayout } from "../../src/offline/xlsx/pages";
import { argb, columnWidth, toXlsxFormula, validationOf, writeWorkbook } from "../../src/offline/xlsx/workbook";
import { HEADER_TAHUNAN, HEADER_TRIWULAN_LABELS, HEADER_TRIWULAN_TOP } from "../support/spec";

const TAHUN = 2027;

const dir = mkdtempSync(join(tmpdir(), "iki-xlsx-test-"));
const written: Partial<Record<Periode, { plan: YearPlan; book: ExcelJS.Workbook; path: string }>> = {};

beforeAll(async () => {
  for (const periode of ["tahunan", "triwulan"] as const) {
    const plan = buildYearPlan({ catalog: CATALOG, tahun: TAHUN, periode });
    const path = join(dir, `IKI-${TAHUN}-${periode}.xlsx`);
    await writeWorkbook(plan, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    written[periode] = { plan, book, path };
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (periode: Periode) => written[periode] as { plan: YearPlan; book: ExcelJS.Workbook; path: string };
const jabatanSheets = (plan: YearPlan) => plan.sheets.filter((s) => s.kind === "jabatan");
const colOf = (sheet: SheetPlan, key: string) => sheet.table.columns.findIndex((c) => c.key === key) + 1;

/** Texts of a row's cells that are not the lower/right part of a merge (what a reader sees once). */
function visibleTexts(ws: ExcelJS.Worksheet, row: number, lastCol: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= lastCol; c++) {
    const cell = ws.getCell(row, c);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    out.push(String(cell.value ?? ""));
  }
  return out;
}

describe.each(["tahunan", "triwulan"] as const)("buku kerja %s", (periode) => {
  test("lembar sama dengan rencana: <tahun> <kode> per jabatan, lalu REKAP dan BUKTI", () => {
    const { book, plan } = get(periode);
    const names = book.worksheets.map((ws) => ws.name);
    expect(names).toEqual([...CATALOG.jabatan.map((j) => `${TAHUN} ${j.kode}`), `${TAHUN} REKAP`, `${TAHUN} BUKTI`]);
    expect(names).toEqual(plan.sheets.map((s) => s.name));
  });

  test("kepala formulir: judul, JABATAN, TUGAS, FUNGSI", () => {
    const { book, plan } = get(periode);
    for (const sheet of jabatanSheets(plan)) {
      const ws = book.getWorksheet(sheet.name)!;
      expect(ws.getCell("A1").value).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");
      const labels = [1, 2, 3, 4, 5, 6, 7].map((r) => String(ws.getCell(r, 1).value ?? ""));
      expect(labels).toEqual(expect.arrayContaining(["1. JABATAN", "2. TUGAS", "3. FUNGSI"]));
      const jabatan = CATALOG.jabatan.find((j) => j.kode === sheet.kode)!;
      expect(JSON.stringify(ws.getSheetValues())).toContain(JSON.stringify(jabatan.nama).slice(1, -1));
    }
  });

  test("label kepala tabel persis seperti README", () => {
    const { book, plan } = get(periode);
    for (const sheet of jabatanSheets(plan)) {
      const ws = book.getWorksheet(sheet.name)!;
      const row = sheet.table.headerRow + 1;
      const last = sheet.table.idColumn; // 1-based: the last visible column
      if (periode === "tahunan") {
        expect(visibleTexts(ws, row, last)).toEqual(HEADER_TAHUNAN);
      } else {
        // Group labels merged across their columns, one-row labels down both rows: each text seen once.
        expect(visibleTexts(ws, row, last)).toEqual(HEADER_TRIWULAN_TOP.filter(Boolean));
        expect(visibleTexts(ws, row + 1, last)).toEqual(HEADER_TRIWULAN_LABELS.filter(Boolean));
      }
    }
  });

  test("sel hitungan berisi rumus hidup, tanpa angka tersimpan", () => {
    const { book, plan } = get(periode);
    let checked = 0;
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.formula) return;
          const xlsx = ws.getCell(r + 1, c + 1);
          // A continued sasaran (page break) is text; formulas never sit in merged-away cells.
          expect(xlsx.type).toBe(ExcelJS.ValueType.Formula);
          expect(xlsx.formula).toBe(cell.formula.slice(1));
          expect(xlsx.result).toBeUndefined();
          checked++;
        }),
      );
      if (sheet.kind === "jabatan") {
        for (const row of Object.values(sheet.indikatorRows)) {
          for (const key of ["capaian", "predikat"]) expect(ws.getCell(row + 1, colOf(sheet, key)).formula).toMatch(/^IF\(/);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    // REKAP pulls from the jabatan sheets by indicator id.
    const rekap = plan.sheets.find((s) => s.kind === "rekap")!;
    const id = Object.keys(rekap.indikatorRows)[0]!;
    const formula = book.getWorksheet(rekap.name)!.getCell(rekap.indikatorRows[id]! + 1, colOf(rekap, "realisasi")).formula;
    expect(formula).toContain(`'${TAHUN} KADIS'!`);
    expect(formula).toContain(`"${id}"`);
  });

  test("gabungan sel: judul selebar tabel, sasaran merentang barisnya", () => {
    const { book, plan } = get(periode);
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      const { boxes } = printLayout(sheet, PRINT_PAGE);
      for (const m of sheet.merges) {
        // Every cell of a planned merge is merged, except the part of a sasaran that begins a
        // printed page (a box of single cells, pages.ts): its first cell holds the text, the rest nothing.
        const single: ExcelJS.Cell[] = [];
        for (let r = m.row; r < m.row + m.rows; r++) {
          for (let c = m.col; c < m.col + m.cols; c++) if (!ws.getCell(r + 1, c + 1).isMerged) single.push(ws.getCell(r + 1, c + 1));
        }
        const box = boxes.find((b) => b.col === m.col && b.row >= m.row && b.row < m.row + m.rows);
        // The part above the box stays merged, unless one row is left of it (a single cell, holding the text).
        const above = box && box.row - m.row === 1 ? 1 : 0;
        expect(single.length).toBe(box ? box.rows + above : 0);
        if (box) {
          const inBox = single.filter((cell) => Number(cell.row) - 1 >= box.row);
          expect(inBox.map((cell) => cell.value ?? "")).toEqual([sheet.cells[m.row]![m.col]!.value, ...Array(box.rows - 1).fill("")]);
        }
      }
      const title = sheet.merges.find((m) => m.row === 0 && m.col === 0) as Area;
      expect(ws.getCell(1, title.cols).master.address).toBe("A1");
    }
    const rehsos = plan.sheets.find((s) => s.kode === "KABID REHSOS")!;
    const sasaran = rehsos.merges.find((m) => m.col === colOf(rehsos, "sasaran") - 1 && m.rows > 1)!;
    expect(sasaran.rows).toBeGreaterThan(1);
  });

  test("cetak: A4 lanskap, pas selebar halaman (lembar yang muat: satu halaman), baris kepala tabel diulang, tanpa garis kisi", () => {
    const { book, plan } = get(periode);
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      const setup = ws.pageSetup;
      expect(setup.paperSize).toBe(9);
      expect(setup.orientation).toBe("landscape");
      expect(setup.fitToPage).toBe(true);
      expect(setup.fitToWidth).toBe(1);
      // One page tall exactly when the sheet has no page break; else as many pages as needed.
      const breaks = printLayout(sheet, PRINT_PAGE).pageBreaks;
      expect({ sheet: sheet.name, fitToHeight: setup.fitToHeight }).toEqual({ sheet: sheet.name, fitToHeight: breaks.length ? 0 : 1 });
      expect(setup.showGridLines).toBe(false);
      expect(setup.horizontalCentered).toBe(true);
      expect(setup.firstPageNumber).toBe(1); // each sheet's pages count from 1
      // The colour legend of a jabatan sheet is for the screen: the print area ends above it.
      if (sheet.legend) expect(setup.printArea).toBe(`A1:${columnLetter(sheet.width - 1)}${printedRows(sheet)}`);
      else expect(setup.printArea).toBeUndefined();
      if (sheet.legend) expect(printedRows(sheet)).toBeLessThan(sheet.legend.row);
      const { first, last } = repeatRows(sheet);
      expect(setup.printTitlesRow).toBe(`${first + 1}:${last + 1}`);
      expect(first).toBe(sheet.table.headerRow);
    }
  });

  test("tampilan: baris kepala dibekukan, kolom id tersembunyi, lebar kolom dari piksel", () => {
    const { book, plan } = get(periode);
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      expect(ws.views[0]).toMatchObject(sheet.frozenRows > 0 ? { state: "frozen", ySplit: sheet.frozenRows } : { state: "normal" });
      for (const c of sheet.hiddenColumns) expect(ws.getColumn(c + 1).hidden).toBe(true);
      sheet.columnWidths.forEach((px, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(columnWidth(px), 2));
    }
  });

  test("sel isian tervalidasi dengan pesan galat berbahasa Indonesia", () => {
    const { book, plan } = get(periode);
    const kadis = plan.sheets.find((s) => s.kode === "KADIS")!;
    const ws = book.getWorksheet(kadis.name)!;
    let checked = 0;
    // Every cell of every input area, read back from the file (the file holds one entry per area).
    for (const input of kadis.inputs) {
      for (let r = input.row; r < input.row + input.rows; r++) {
        for (let c = input.col; c < input.col + input.cols; c++) {
          const dv = ws.getCell(r + 1, c + 1).dataValidation;
          expect(dv.showErrorMessage).toBe(true);
          expect(dv.errorStyle).toBe("stop");
          expect(dv.error).toMatch(/^(Isi|Pilih|Teks)/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(kadis.inputs.length);
    const target = (id: string) => ws.getCell(kadis.indikatorRows[id]! + 1, colOf(kadis, "target")).dataValidation;
    expect(target("kadis.pmks-terpulihkan")).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(target("kadis.kla")).toMatchObject({ type: "list" });
    expect(target("kadis.kla").formulae[0]).toContain("Madya");
    // Computed cells take no input validation.
    expect(ws.getCell(kadis.indikatorRows["kadis.pmks-terpulihkan"]! + 1, colOf(kadis, "capaian")).dataValidation).toBeUndefined();
  });

  test("warna predikat: format bersyarat per label", () => {
    const { book, plan } = get(periode);
    const kadis = plan.sheets.find((s) => s.kode === "KADIS")!;
    // Read back by ExcelJS, though its typings do not declare it.
    const ws = book.getWorksheet(kadis.name) as unknown as { conditionalFormattings: { rules: { type: string; formulae?: string[] }[] }[] };
    const rules = ws.conditionalFormattings.flatMap((cf) => cf.rules);
    for (const label of ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]) {
      expect(rules.some((r) => r.type === "expression" && r.formulae?.[0]?.endsWith(`="${label}"`))).toBe(true);
    }
  });
});

test("huruf Normal buku kerja Arial 10 (lebar kolom sama di Excel dan LibreOffice)", async () => {
  const JSZip = createRequire(require.resolve("exceljs"))("jszip");
  const zip = await JSZip.loadAsync(readFileSync(get("tahunan").path));
  const styles: string = await zip.file("xl/styles.xml").async("string");
  expect(styles).toMatch(/<fonts[^>]*><font><sz val="10"\/><color theme="1"\/><name val="Arial"\/>/);
  expect(styles).not.toContain("Calibri");
});

test("area cetak ditulis mutlak ($A$1:$N$23): LibreOffice mengabaikan $A1:$N23 dan mencetak legenda", async () => {
  const JSZip = createRequire(require.resolve("exceljs"))("jszip");
  const zip = await JSZip.loadAsync(readFileSync(get("tahunan").path));
  const book: string = await zip.file("xl/workbook.xml").async("string");
  const areas = [...book.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1]);
  const jabatan = get("tahunan").plan.sheets.filter((s) => s.legend);
  expect(areas).toHaveLength(jabatan.length);
  for (const area of areas) expect(area).toMatch(/!\$A\$1:\$[A-Z]+\$\d+$/);
});

describe("konversi kecil", () => {
  test("warna → ARGB", () => {
    expect(argb("#1f4e78")).toBe("FF1F4E78");
    expect(argb("#fff")).toBe("FFFFFFFF");
    expect(() => argb("merah")).toThrow(/Warna tidak dikenal/);
  });
  test("piksel → lebar karakter Excel", () => {
    expect(columnWidth(75)).toBe(10);
    expect(columnWidth(2)).toBe(0.5);
  });
  test("rumus: tanpa '=', fungsi baru diberi _xlfn., teks dalam kutip tidak disentuh", () => {
    expect(toXlsxFormula("=SUM(A1,B1)")).toBe("SUM(A1,B1)");
    expect(toXlsxFormula('=IFS(A1>1,"IFS(",TRUE,"")')).toBe('_xlfn.IFS(A1>1,"IFS(",TRUE,"")');
    expect(toXlsxFormula("=MAXIFS(A:A,B:B,1)+MAX(1)")).toBe("_xlfn.MAXIFS(A:A,B:B,1)+MAX(1)");
  });
  test("A1 dari baris/kolom 0-based", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(9, 25)).toBe("Z10");
    expect(a1(0, 26)).toBe("AA1");
  });
  test("validasi angka dan daftar", () => {
    expect(validationOf({ kind: "number", min: 0, max: 100, help: "Isi indeks 0–100." })).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
      error: "Isi dengan angka dari 0 sampai 100. Isi indeks 0–100.",
    });
    expect(validationOf({ kind: "list", values: ["Pratama", "Madya"], help: "Pilih." })).toMatchObject({
      type: "list",
      formulae: ['"Pratama,Madya"'],
      error: "Pilih salah satu: Pratama, Madya.",
    });
  });
});
