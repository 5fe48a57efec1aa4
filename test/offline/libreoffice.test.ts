/**
 * The offline workbook computes in a real spreadsheet engine: input cells are
 * filled in the .xlsx, LibreOffice opens it headless (profile set to recalculate
 * always) and saves a recalculated copy, whose cached results are read back.
 * Skipped when `soffice` is not installed; in CI (CI set) a missing soffice fails.
 */

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { allIndikator, EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import type { Periode, SheetPlan, YearPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { convertAll, findSoffice } from "../../src/offline/pdf/libreoffice";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { renderWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { CATALOG_TRIWULAN, KODE_TRIWULAN } from "../support/fixtures/catalog-triwulan";
import { listedSheets, runCli } from "./helpers";

const soffice = findSoffice();
const TAHUN = 2027;

const rasio = allIndikator(CATALOG).find((r) => r.jabatan.kode === "KABID REHSOS" && r.indikator.jenis === "rasio")!;
const rasioKosong = allIndikator(CATALOG).filter((r) => r.jabatan.kode === "KABID REHSOS" && r.indikator.jenis === "rasio")[1]!;
const idg = allIndikator(CATALOG).find((r) => r.jabatan.kode === "KADIS" && r.indikator.jenis === "nilai")!;
const kla = allIndikator(CATALOG).find((r) => r.jabatan.kode === "KADIS" && r.indikator.jenis === "status")!;

/** Where an indicator's value of column `key` sits in the workbook (1-based for ExcelJS). */
function locate(plan: YearPlan, kode: string, id: string, key: string): { sheet: string; row: number; col: number } {
  const sheet = plan.sheets.find((s) => s.kode === kode) as SheetPlan;
  const row = sheet.indikatorRows[id];
  const col = sheet.table.columns.findIndex((c) => c.key === key);
  if (row === undefined || col < 0) throw new Error(`${kode} ${id} ${key} tidak ada`);
  return { sheet: sheet.name, row: row + 1, col: col + 1 };
}

/** A workbook to recalculate: its plan and the .xlsx written with its inputs filled. */
interface Prepared {
  plan: YearPlan;
  input: string;
}

/** Fills inputs and writes the .xlsx as `<dir>/<periode>.xlsx`. */
async function filled(periode: Periode, dir: string): Promise<Prepared> {
  const plan = buildYearPlan({ catalog: CATALOG, tahun: TAHUN, periode });
  const workbook = renderWorkbook(plan);
  const set = (kode: string, id: string, key: string, value: number | string) => {
    const at = locate(plan, kode, id, key);
    workbook.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = value;
  };
  const r = rasio.indikator.id;
  set("KABID REHSOS", r, "target", 80);
  if (periode === "tahunan") {
    set("KABID REHSOS", r, "pembilang", 45);
    set("KABID REHSOS", r, "penyebut", 60);
    set("KADIS", idg.indikator.id, "realisasi", 63);
    set("KADIS", kla.indikator.id, "pembilang", 650);
  } else {
    // Cumulative quarters: the year takes the latest one filled (TW II), not TW I.
    set("KABID REHSOS", r, "tw1.pembilang", 10);
    set("KABID REHSOS", r, "tw1.penyebut", 40);
    set("KABID REHSOS", r, "tw2.pembilang", 45);
    set("KABID REHSOS", r, "tw2.penyebut", 60);
    set("KADIS", idg.indikator.id, "tw1.realisasi", 63);
    set("KADIS", kla.indikator.id, "tw3.pembilang", 650);
  }
  set("KADIS", idg.indikator.id, "target", 70);
  set("KADIS", kla.indikator.id, "target", "Madya");
  // A wrong cached result: only a real recalculation replaces it with 75.
  const realisasi = locate(plan, "KABID REHSOS", r, "realisasi");
  const cell = workbook.getWorksheet(realisasi.sheet)!.getCell(realisasi.row, realisasi.col);
  const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
  cell.value = { formula, result: -999 } as ExcelJS.CellFormulaValue;

  const input = join(dir, `${periode}.xlsx`);
  await saveWorkbook(workbook, input);
  return { plan, input };
}

/**
 * Another OPD's catalog through the command: its catalog sheets as --katalog, a value typed
 * into the written workbook, then recalculated by LibreOffice.
 */
async function lainFilled(dir: string): Promise<Prepared> {
  const at = join(dir, "lain");
  mkdirSync(at, { recursive: true });
  const template = renderWorkbook({ ...buildYearPlan({ catalog: CATALOG_LAIN, tahun: TAHUN, periode: "tahunan" }), sheets: [] });
  renderCatalogSheets(template, CATALOG_LAIN, TAHUN);
  await saveWorkbook(template, join(at, "katalog.xlsx"));
  const ran = await runCli(["--tahun", String(TAHUN), "--tanpa-pdf", "--katalog", "katalog.xlsx"], at);
  if (ran.code !== 0) throw new Error(ran.stderr.join("\n"));
  const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: TAHUN, periode: "tahunan" });
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(join(at, `IKI-${TAHUN}.xlsx`));
  // Angka kematian ibu: negatif, target 92,5 from KATALOG, skala tinggi.
  const aki = locate(plan, "KADINKES", "kadinkes.aki", "realisasi");
  written.getWorksheet(aki.sheet)!.getCell(aki.row, aki.col).value = 74;
  const input = join(dir, "lain.xlsx");
  await saveWorkbook(written, input);
  return { plan, input };
}

/**
 * A triwulan workbook of the small catalog with every sifat: the worked example (TW I 10 of 20, TW II
 * 45 of 60) typed into the same rasio as akhir, kumulatif and rata-rata; TW I's target 60 on the kumulatif row.
 */
async function sifatFilled(dir: string): Promise<Prepared> {
  const plan = buildYearPlan({ catalog: CATALOG_TRIWULAN, tahun: TAHUN, periode: "triwulan" });
  const workbook = renderWorkbook(plan);
  const set = (id: string, key: string, value: number) => {
    const at = locate(plan, KODE_TRIWULAN, id, key);
    workbook.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = value;
  };
  for (const id of ["tw.akhir", "tw.kumulatif", "tw.rata"]) {
    set(id, "tw1.pembilang", 10);
    set(id, "tw1.penyebut", 20);
    set(id, "tw2.pembilang", 45);
    set(id, "tw2.penyebut", 60);
  }
  set("tw.kumulatif", "tw1.target", 60);
  // A wrong cached result: only a real recalculation replaces it.
  const kumulatif = locate(plan, KODE_TRIWULAN, "tw.kumulatif", "realisasi");
  const cell = workbook.getWorksheet(kumulatif.sheet)!.getCell(kumulatif.row, kumulatif.col);
  cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: -999 } as ExcelJS.CellFormulaValue;
  const input = join(dir, "sifat.xlsx");
  await saveWorkbook(workbook, input);
  return { plan, input };
}

/**
 * A triwulan year long past (2025: every period has ended): on the BUKTI sheet, links for the first
 * indicator's TW I, TW II and Tahunan, TW I and Tahunan "Sesuai", TW II "Perlu perbaikan"; a link for the
 * second indicator's TW IV, "Sesuai".
 */
async function buktiFilled(dir: string): Promise<Prepared> {
  const plan = buildYearPlan({ catalog: CATALOG, tahun: 2025, periode: "triwulan" });
  const workbook = renderWorkbook(plan);
  const bukti = plan.sheets.find((s) => s.kind === "bukti") as SheetPlan;
  const ws = workbook.getWorksheet(bukti.name)!;
  const col = (key: string) => bukti.table.columns.findIndex((c) => c.key === key) + 1;
  const [first, second] = CATALOG.jabatan[0]!.sasaran.flatMap((s) => s.indikator);
  const set = (id: string, key: string, value: string) => (ws.getCell((bukti.indikatorRows[id] as number) + 1, col(key)).value = value);
  set(`${first!.id}:tw1`, "bukti", "https://drive.google.com/tw1");
  set(`${first!.id}:tw1`, "verifikasi", "Sesuai");
  set(`${first!.id}:tw2`, "bukti", "https://drive.google.com/tw2\nhttps://drive.google.com/tw2b");
  set(`${first!.id}:tw2`, "verifikasi", "Perlu perbaikan");
  set(`${first!.id}:tahunan`, "bukti", "https://drive.google.com/tahunan");
  set(`${first!.id}:tahunan`, "verifikasi", "Sesuai");
  set(`${second!.id}:tw4`, "bukti", "https://drive.google.com/lain");
  set(`${second!.id}:tw4`, "verifikasi", "Sesuai");
  const input = join(dir, "bukti.xlsx");
  await saveWorkbook(workbook, input);
  return { plan, input };
}

/** The five workbooks recalculated by one LibreOffice run (its start costs seconds) and read back. */
async function recalculated(prepared: Prepared[], dir: string): Promise<{ plan: YearPlan; book: ExcelJS.Workbook }[]> {
  const outputs = await convertAll(
    prepared.map((p) => p.input),
    { to: "xlsx:Calc MS Excel 2007 XML", outDir: join(dir, "lo") },
  );
  return Promise.all(
    prepared.map(async (p, i) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(outputs[i] as string);
      return { plan: p.plan, book };
    }),
  );
}

/** The computed value of a cell in the recalculated workbook. */
function valueAt(book: ExcelJS.Workbook, at: { sheet: string; row: number; col: number }): unknown {
  const v = book.getWorksheet(at.sheet)!.getCell(at.row, at.col).value;
  if (v && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).result ?? "";
  if (v && typeof v === "object" && "sharedFormula" in v) return (v as ExcelJS.CellSharedFormulaValue).result ?? "";
  return v ?? "";
}

if (!soffice && process.env.CI) {
  test("LibreOffice terpasang di CI", () => {
    throw new Error("soffice tidak ada di PATH: .ci/run harus memasang libreoffice-calc-nogui");
  });
}

const describeLo = soffice ? describe : describe.skip;

describeLo(soffice ? "LibreOffice menghitung ulang buku kerja offline" : "LibreOffice (dilewati: soffice tidak ada di PATH)", () => {
  const dir = mkdtempSync(join(tmpdir(), "iki-lo-test-"));
  type Recalculated = { plan: YearPlan; book: ExcelJS.Workbook };
  let tahunan: Recalculated;
  let triwulan: Recalculated;
  let lain: Recalculated;
  let sifat: Recalculated;
  let bukti: Recalculated;

  beforeAll(async () => {
    const prepared = [
      await filled("tahunan", dir),
      await filled("triwulan", dir),
      await lainFilled(dir),
      await sifatFilled(dir),
      await buktiFilled(dir),
    ];
    [tahunan, triwulan, lain, sifat, bukti] = (await recalculated(prepared, dir)) as Recalculated[] as [
      Recalculated,
      Recalculated,
      Recalculated,
      Recalculated,
      Recalculated,
    ];
  }, 240_000);

  test("BUKTI, 2025 (every period ended): the REKAP counts 3 of 5 periods with evidence and 2 Sesuai; 1 and 1; 0 of 5", () => {
    const rekap = bukti.plan.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    const col = (key: string) => rekap.table.columns.findIndex((c) => c.key === key) + 1;
    const [first, second, third] = CATALOG.jabatan[0]!.sasaran.flatMap((s) => s.indikator);
    const cell = (id: string, key: string) =>
      valueAt(bukti.book, { sheet: rekap.name, row: (rekap.indikatorRows[id] as number) + 1, col: col(key) });
    expect([cell(first!.id, "bukti"), cell(first!.id, "terverifikasi")]).toEqual(["3/5", 2]);
    expect([cell(second!.id, "bukti"), cell(second!.id, "terverifikasi")]).toEqual(["1/5", 1]);
    // (A cached 0 reads back as no result through ExcelJS: the third's Terverifikasi is not compared.)
    expect(cell(third!.id, "bukti")).toBe("0/5");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const at = (p: { plan: YearPlan }, kode: string, id: string, key: string) => locate(p.plan, kode, id, key);
  const r = rasio.indikator.id;

  test.each(["tahunan", "triwulan"] as const)("rasio %s: 45 dari 60 → realisasi 75, capaian 93,75, Sangat Baik", (periode) => {
    const p = periode === "tahunan" ? tahunan : triwulan;
    // -999 was the cached value written: 75 proves that LibreOffice recalculated.
    expect(valueAt(p.book, at(p, "KABID REHSOS", r, "realisasi"))).toBeCloseTo(75, 10);
    expect(valueAt(p.book, at(p, "KABID REHSOS", r, "capaian"))).toBeCloseTo(93.75, 10);
    expect(valueAt(p.book, at(p, "KABID REHSOS", r, "predikat"))).toBe("Sangat Baik");
    if (periode === "triwulan") {
      expect(valueAt(p.book, at(p, "KABID REHSOS", r, "pembilang"))).toBe(45);
      expect(valueAt(p.book, at(p, "KABID REHSOS", r, "tw1.realisasi"))).toBeCloseTo(25, 10);
    }
  });

  test.each(["tahunan", "triwulan"] as const)(
    "indeks dan KLA %s: IDG 63 dari 70 → 90 (Baik); nilai 650 → Madya, capaian 100",
    (periode) => {
      const p = periode === "tahunan" ? tahunan : triwulan;
      expect(valueAt(p.book, at(p, "KADIS", idg.indikator.id, "capaian"))).toBeCloseTo(90, 10);
      expect(valueAt(p.book, at(p, "KADIS", idg.indikator.id, "predikat"))).toBe("Baik"); // 90 is not above 90
      expect(valueAt(p.book, at(p, "KADIS", kla.indikator.id, "realisasi"))).toBe("Madya");
      expect(valueAt(p.book, at(p, "KADIS", kla.indikator.id, "capaian"))).toBe(100);
      expect(valueAt(p.book, at(p, "KADIS", kla.indikator.id, "predikat"))).toBe("Sangat Baik");
    },
  );

  test("katalog OPD lain lewat --katalog: target dari KATALOG, realisasi diketik → capaian dan predikat dihitung", () => {
    const at = (key: string) => locate(lain.plan, "KADINKES", "kadinkes.aki", key);
    expect(valueAt(lain.book, at("target"))).toBe(92.5);
    expect(valueAt(lain.book, at("realisasi"))).toBe(74);
    expect(valueAt(lain.book, at("capaian"))).toBeCloseTo(120, 10); // negatif: (2 × 92,5 − 74) / 92,5 × 100
    expect(valueAt(lain.book, at("predikat"))).toBe("Sangat Tinggi");
    expect(
      listedSheets(lain.book)
        .slice(-4)
        .map((w) => w.name),
    ).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]);
  });

  test("sifat triwulan: TW I 10/20 dan TW II 45/60 → akhir 75, kumulatif 55/80 = 68,75, rata-rata (50 + 75)/2 = 62,5", () => {
    const v = (id: string, key: string) => valueAt(sifat.book, at(sifat, KODE_TRIWULAN, id, key));
    expect(v("tw.akhir", "realisasi")).toBeCloseTo(75, 10);
    expect(v("tw.kumulatif", "realisasi")).toBeCloseTo(68.75, 10);
    expect(v("tw.rata", "realisasi")).toBeCloseTo(62.5, 10);
    expect([v("tw.kumulatif", "pembilang"), v("tw.kumulatif", "penyebut")]).toEqual([55, 80]);
    // Capaian of the year against the catalog's 80; of TW I against its own 60; TW II has no target: blank, not 0.
    expect(v("tw.kumulatif", "capaian")).toBeCloseTo(85.9375, 10);
    expect(v("tw.kumulatif", "tw1.capaian")).toBeCloseTo((50 / 60) * 100, 10);
    expect(v("tw.kumulatif", "tw2.capaian")).toBe("");
    const rekap = sifat.plan.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    const latest = {
      sheet: rekap.name,
      row: (rekap.indikatorRows["tw.rata"] as number) + 1,
      col: rekap.table.columns.findIndex((c) => c.key === "triwulanTerakhir") + 1,
    };
    expect(valueAt(sifat.book, latest)).toBe("TW II");
  });

  test("baris kosong: tanpa capaian dan tanpa predikat", () => {
    const id = rasioKosong.indikator.id;
    expect(valueAt(tahunan.book, at(tahunan, "KABID REHSOS", id, "realisasi"))).toBe("");
    expect(valueAt(tahunan.book, at(tahunan, "KABID REHSOS", id, "capaian"))).toBe("");
    expect(valueAt(tahunan.book, at(tahunan, "KABID REHSOS", id, "predikat"))).toBe("");
  });

  test.each(["tahunan", "triwulan"] as const)("REKAP %s menarik nilai dari lembar jabatan dan merata-ratakan capaian", (periode) => {
    const p = periode === "tahunan" ? tahunan : triwulan;
    const rekap = p.plan.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    const col = (key: string) => rekap.table.columns.findIndex((c) => c.key === key) + 1;
    const rowOf = (id: string) => (rekap.indikatorRows[id] as number) + 1;
    const cell = (row: number, key: string) => valueAt(p.book, { sheet: rekap.name, row, col: col(key) });
    expect(cell(rowOf(r), "target")).toBe(80);
    expect(cell(rowOf(r), "realisasi")).toBeCloseTo(75, 10);
    expect(cell(rowOf(r), "capaian")).toBeCloseTo(93.75, 10);
    expect(cell(rowOf(r), "predikat")).toBe("Sangat Baik");
    expect(cell(rowOf(kla.indikator.id), "realisasi")).toBe("Madya");
    expect(cell(rowOf(rasioKosong.indikator.id), "capaian")).toBe("");

    // Averages: found by the jabatan's kode under the table; KADIS averages 90 and 100 → 95.
    const ws = p.book.getWorksheet(rekap.name)!;
    const averageRow = (kode: string) => {
      for (let row = rekap.table.lastRow + 2; row <= ws.rowCount; row++) {
        if (ws.getCell(row, col("jabatan")).value === kode) return row;
      }
      throw new Error(`baris rata-rata ${kode} tidak ada`);
    };
    expect(cell(averageRow("KADIS"), "capaian")).toBeCloseTo(95, 10);
    expect(cell(averageRow("KADIS"), "predikat")).toBe("Sangat Baik");
    expect(cell(averageRow("KABID REHSOS"), "capaian")).toBeCloseTo(93.75, 10);
    // The count stands under the averages' own header "Indikator Berisi Capaian" (in the Target column).
    const header = rekap.cells.findIndex((r) => r.some((c) => c.value === "Indikator Berisi Capaian")) + 1;
    expect(cell(header, "target")).toBe("Indikator Berisi Capaian");
    expect(cell(averageRow("KABID REHSOS"), "target")).toBe(
      `1 dari ${CATALOG.jabatan.find((j) => j.kode === "KABID REHSOS")!.sasaran.flatMap((s) => s.indikator).length}`,
    );
    expect(cell(averageRow("KABID PPPA"), "capaian")).toBe("");
  });
});
