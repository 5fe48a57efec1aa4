/**
 * The offline command reads its catalog from catalog sheets (--katalog FILE, else the
 * year's workbook, else the built-in example) and writes them into every workbook, so
 * a workbook is next year's --katalog: another OPD's catalog end to end, the round trip,
 * problems named by cell, ids filled once, columns a user added kept.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { type CatalogTableValues, readCatalog } from "../../src/core/catalog/tables";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { catalogWorksheets } from "../../src/offline/catalog";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { oldSheetOf } from "../../src/offline/xlsx/read-workbook";
import { emptyWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { editBook, listedSheets, readBook, runCli } from "./helpers";

// Each case runs the command, some twice: 4 s alone, over 5 s beside a LibreOffice test on 2 cores.
jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "iki-katalog-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A template holding only CATALOG_LAIN's three sheets, as the renderer writes them. */
async function lainXlsx(name = "lain.xlsx", catalog = CATALOG_LAIN): Promise<string> {
  const book = emptyWorkbook(2027);
  renderCatalogSheets(book, catalog, 2027);
  const path = join(dir, name);
  await saveWorkbook(book, path);
  return path;
}

function catalogValues(book: ExcelJS.Workbook): CatalogTableValues {
  const sheets = catalogWorksheets(book);
  return {
    KATALOG: oldSheetOf(sheets.KATALOG!).values,
    JABATAN: oldSheetOf(sheets.JABATAN!).values,
    PENGATURAN: oldSheetOf(sheets.PENGATURAN!).values,
    PROGRAM: oldSheetOf(sheets.PROGRAM!).values,
  };
}

/** Every cell value of a sheet, as text. */
function texts(ws: ExcelJS.Worksheet): string[] {
  return oldSheetOf(ws).values.flat().map(String);
}

/** The cell of an indicator's column `key` in a year sheet (1-based), from the plan it was rendered from. */
function cellOf(book: ExcelJS.Workbook, tahun: number, kode: string, id: string, key: string): ExcelJS.Cell {
  const sheet = buildYearPlan({ catalog: CATALOG_LAIN, tahun, periode: "tahunan" }).sheets.find((s) => s.kode === kode)!;
  const row = sheet.indikatorRows[id]!;
  return book.getWorksheet(sheet.name)!.getCell(row + 1, sheet.table.columns.findIndex((c) => c.key === key) + 1);
}

const args = (...more: string[]) => ["--tahun", "2027", "--tanpa-pdf", ...more];

describe("--katalog: katalog OPD lain", () => {
  test("lembar OPD itu: kode, penanda tangan Plt., target 2027 terisi, baris pensiun tidak ada; katalog ikut ditulis", async () => {
    // Signed by the head of office (a Plt.) rather than each jabatan's own official.
    await editBook(await lainXlsx(), (book) => {
      const ws = book.getWorksheet("PENGATURAN")!;
      const row = oldSheetOf(ws).values.findIndex((r) => r[0] === "Penanda tangan lembar jabatan");
      ws.getCell(row + 1, 2).value = "kepala instansi";
    });
    const ran = await runCli(args("--katalog", "lain.xlsx"), dir);
    expect(ran.stderr).toEqual([]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Katalog: dari lain.xlsx (lembar KATALOG, JABATAN, PENGATURAN, PROGRAM ikut ditulis)");
    // Every indicator of 2027 has its target in this catalog: nothing to say about empty targets.
    expect(ran.stdout.join("\n")).not.toMatch(/Target 2027 belum diisi/);

    const book = await readBook(join(dir, "IKI-2027.xlsx"));
    const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, periode: "tahunan" });
    expect(listedSheets(book).map((w) => w.name)).toEqual([
      ...plan.sheets.map((s) => s.name),
      "KATALOG",
      "JABATAN",
      "PENGATURAN",
      "PROGRAM",
    ]);
    expect(plan.sheets.map((s) => s.name)).toContain("2027 KASI GIZI 2");
    expect(cellOf(book, 2027, "KADINKES", "kadinkes.aki", "target").value).toBe(92.5);
    expect(cellOf(book, 2027, "KADINKES", "kadinkes.kla", "target").value).toBe("Nindya");
    const yearTexts = plan.sheets.flatMap((s) => texts(book.getWorksheet(s.name)!));
    expect(yearTexts).not.toContain("kadinkes.iks-lama"); // retired in 2025
    expect(yearTexts).toContain("kadinkes.iks");
    expect(texts(book.getWorksheet("2027 SEKDIN")!)).toContain("Plt. KEPALA DINAS KESEHATAN");
    expect(yearTexts.some((t) => t.includes("Sampang"))).toBe(false);
    // Target columns of this year and the four after it, besides the catalog's own years.
    expect(oldSheetOf(book.getWorksheet("KATALOG")!).values[0]).toEqual(
      expect.arrayContaining(["Target 2025", "Target 2027", "Target 2031"]),
    );
  });

  test("satu Target 2027 dikosongkan di KATALOG: ringkasan menyebut 1 dari semua indikator tanpa target", async () => {
    const catalog = structuredClone(CATALOG_LAIN);
    const inForce = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, periode: "tahunan" })
      .sheets.filter((s) => s.kind === "jabatan")
      .flatMap((s) => Object.keys(s.indikatorRows));
    const blank = catalog.jabatan.flatMap((j) => j.sasaran.flatMap((x) => x.indikator)).find((i) => i.id === inForce[0])!;
    delete blank.target["2027"];
    await lainXlsx("satu-kosong.xlsx", catalog);
    const ran = await runCli(args("--katalog", "satu-kosong.xlsx"), dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      `Target 2027 belum diisi untuk 1 dari ${inForce.length} indikator: capaian dan predikat baris itu kosong sampai target diisi (kolom Target 2027 di KATALOG, atau kolom Target di lembar jabatan).`,
    );
  });

  test("pulang-pergi: buku kerja 2027 sebagai --katalog 2028 memberi katalog yang sama", async () => {
    const source = await readBook(await lainXlsx());
    const expected = readCatalog(catalogValues(source));
    expect(expected.problems).toEqual([]);
    expect(expected.catalog).toEqual(CATALOG_LAIN);

    expect((await runCli(args("--katalog", "lain.xlsx"), dir)).code).toBe(0);
    const ran = await runCli(["--tahun", "2028", "--tanpa-pdf", "--katalog", "IKI-2027.xlsx"], dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Katalog: dari IKI-2027.xlsx (lembar KATALOG, JABATAN, PENGATURAN, PROGRAM ikut ditulis)");
    const again = readCatalog(catalogValues(await readBook(join(dir, "IKI-2028.xlsx"))));
    expect(again.problems).toEqual([]);
    expect(again.newIds).toEqual([]);
    expect(again.catalog).toEqual(CATALOG_LAIN);
  });

  test("nama lembar tanpa memandang huruf besar/kecil; --jabatan dicocokkan dengan katalog yang dipakai", async () => {
    await editBook(await lainXlsx(), (book) => {
      // ExcelJS refuses a rename that changes only the case: through another name.
      for (const [from, to] of [
        ["KATALOG", "katalog"],
        ["PENGATURAN", "Pengaturan"],
      ] as const) {
        const ws = book.getWorksheet(from)!;
        ws.name = "sementara";
        ws.name = to;
      }
    });
    const wrong = await runCli(args("--katalog", "lain.xlsx", "--jabatan", "KADIS"), dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toEqual([
      expect.stringMatching(/^Galat: jabatan "KADIS" tidak dikenal: pilih dari KADINKES, SEKDIN, KABID P2P, KASI GIZI 2 /),
    ]);
    const ran = await runCli(args("--katalog", "lain.xlsx", "--jabatan", "kasi_gizi_2"), dir);
    expect(ran.code).toBe(0);
    expect(listedSheets(await readBook(join(dir, "IKI-2027.xlsx"))).map((w) => w.name)).toEqual([
      "2027 KASI GIZI 2",
      "2027 REKAP",
      "2027 BUKTI",
      "KATALOG",
      "JABATAN",
      "PENGATURAN",
      "PROGRAM",
    ]);
  });
});

describe("--katalog yang tidak dapat dipakai: kode 2, tidak ada yang ditulis", () => {
  test("masalah katalog: satu baris per masalah dengan selnya", async () => {
    await editBook(await lainXlsx(), (book) => {
      const katalog = book.getWorksheet("KATALOG")!;
      const jenis = oldSheetOf(katalog).values[0]!.indexOf("Jenis") + 1;
      katalog.getCell(3, jenis).value = "persen";
      book.getWorksheet("JABATAN")!.getCell(2, 2).value = null; // Nama Jabatan of KADINKES
    });
    const ran = await runCli(args("--katalog", "lain.xlsx"), dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr[0]).toBe(
      "Galat: katalog di lain.xlsx bermasalah (2 masalah), jadi tidak ada yang ditulis; perbaiki lalu jalankan lagi:",
    );
    expect(ran.stderr.slice(1)).toEqual([expect.stringMatching(/^KATALOG!I3: .*"persen"/), expect.stringMatching(/^JABATAN!B2: /)]);
    expect(existsSync(join(dir, "IKI-2027.xlsx"))).toBe(false);
  });

  test.each([
    ["tidak ada", () => "hilang.xlsx", /^Galat: berkas katalog hilang\.xlsx tidak ada$/],
    [
      "bukan xlsx",
      () => {
        writeFileSync(join(dir, "teks.xlsx"), "bukan zip");
        return "teks.xlsx";
      },
      /^Galat: berkas katalog teks\.xlsx tidak dapat dibaca: bukan buku kerja \.xlsx atau rusak$/,
    ],
    ["folder", () => ".", /^Galat: berkas katalog \. adalah folder/],
  ])("berkas %s: satu baris", async (_, make, line) => {
    const ran = await runCli(args("--katalog", make()), dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toEqual([expect.stringMatching(line)]);
    expect(existsSync(join(dir, "IKI-2027.xlsx"))).toBe(false);
  });

  test("buku kerja tanpa lembar katalog; lembar yang hilang disebut", async () => {
    const plain = emptyWorkbook(2027);
    plain.addWorksheet("Data").getCell(1, 1).value = "x";
    await saveWorkbook(plain, join(dir, "data.xlsx"));
    const none = await runCli(args("--katalog", "data.xlsx"), dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toEqual([expect.stringMatching(/^Galat: data\.xlsx tidak memuat lembar KATALOG, JABATAN dan PENGATURAN/)]);

    await editBook(await lainXlsx(), (book) => book.removeWorksheet(book.getWorksheet("JABATAN")!.id));
    const partial = await runCli(args("--katalog", "lain.xlsx"), dir);
    expect(partial.code).toBe(2);
    expect(partial.stderr.slice(1)).toEqual([expect.stringMatching(/^JABATAN: Lembar JABATAN .* tidak ada\./)]);
  });
});

describe("tanpa --katalog: katalog dari buku kerja tahun itu", () => {
  test("contoh bawaan pertama kali; lalu yang diketik di JABATAN dan KATALOG dipakai, kolom tambahan ikut", async () => {
    const first = await runCli(args(), dir);
    expect(first.stdout).toContain(
      "Katalog: contoh bawaan (Dinas Sosial PPPA Sampang) (lembar KATALOG, JABATAN, PENGATURAN, PROGRAM ikut ditulis)",
    );
    // The official document sets no targets: said where the user reads the result.
    expect(first.stdout).toContain(
      "Target 2027 belum diisi di KATALOG: capaian dan predikat kosong sampai target diisi (kolom Target 2027 di KATALOG, atau kolom Target di lembar jabatan).",
    );
    const xlsx = join(dir, "IKI-2027.xlsx");
    let idOfRow3 = "";
    await editBook(xlsx, (book) => {
      const values = oldSheetOf(book.getWorksheet("KATALOG")!).values;
      const header = values[0]!;
      const width = header.length;
      idOfRow3 = String(values[2]![header.indexOf("ID")]);
      book.getWorksheet("KATALOG")!.getCell(1, width + 1).value = "Catatan";
      book.getWorksheet("KATALOG")!.getCell(3, width + 1).value = "cek dengan Bappeda";
      book.getWorksheet("JABATAN")!.getCell(2, 2).value = "KEPALA DINAS YANG DIGANTI NAMANYA";
    });
    const again = await runCli(args(), dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Katalog: dari IKI-2027.xlsx (lembar KATALOG, JABATAN, PENGATURAN, PROGRAM ikut ditulis)");
    const book = await readBook(xlsx);
    expect(texts(book.getWorksheet("2027 KADIS")!)).toContain("KEPALA DINAS YANG DIGANTI NAMANYA");
    const values = oldSheetOf(book.getWorksheet("KATALOG")!).values;
    const header = values[0]!;
    const row = values.find((r) => r[header.indexOf("ID")] === idOfRow3)!;
    expect(row[header.indexOf("Catatan")]).toBe("cek dengan Bappeda");
    expect(book.worksheets.filter((w) => /katalog/i.test(w.name)).map((w) => w.name)).toEqual(["KATALOG"]);
  });

  test("ID kosong diisi sekali dan tetap sama pada jalan berikutnya; isian lembar tahunan ikut ID itu", async () => {
    const xlsx = join(dir, "IKI-2027.xlsx");
    await lainXlsx("IKI-2027.xlsx");
    await editBook(xlsx, (book) => {
      const ws = book.getWorksheet("KATALOG")!;
      const header = oldSheetOf(ws).values[0]!;
      ws.getCell(2, header.indexOf("ID") + 1).value = null; // kadinkes.aki
    });
    const first = await runCli(args(), dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("ID baru diisi di KATALOG: 1 baris (jangan diubah lagi)");
    const idOf = async () => {
      const values = oldSheetOf((await readBook(xlsx)).getWorksheet("KATALOG")!).values;
      return values[1]![values[0]!.indexOf("ID")];
    };
    const id = await idOf();
    expect(id).toMatch(/^kadinkes\./);
    expect(id).not.toBe("kadinkes.aki");

    const sheet = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, periode: "tahunan" }).sheets.find((s) => s.kode === "KADINKES")!;
    const realisasi = sheet.table.columns.findIndex((c) => c.key === "realisasi") + 1;
    await editBook(xlsx, (book) => {
      book.getWorksheet(sheet.name)!.getCell(sheet.indikatorRows["kadinkes.aki"]! + 1, realisasi).value = 91;
    });
    const second = await runCli(args(), dir);
    expect(second.stdout.some((l) => l.startsWith("ID baru"))).toBe(false);
    expect(second.stdout).toContain("Isian lama: 1 nilai dipertahankan di tempatnya; tidak ada yang dipindahkan");
    expect(await idOf()).toBe(id);
    expect((await readBook(xlsx)).getWorksheet(sheet.name)!.getCell(sheet.indikatorRows["kadinkes.aki"]! + 1, realisasi).value).toBe(91);
  });

  test("buku kerja tahun itu dengan katalog bermasalah: ditolak, bukan diganti contoh bawaan", async () => {
    const xlsx = join(dir, "IKI-2027.xlsx");
    await lainXlsx("IKI-2027.xlsx");
    await editBook(xlsx, (book) => book.removeWorksheet(book.getWorksheet("PENGATURAN")!.id));
    const ran = await runCli(args(), dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr[0]).toMatch(/^Galat: katalog di IKI-2027\.xlsx bermasalah \(1 masalah\)/);
    expect(ran.stderr[1]).toMatch(/^PENGATURAN: /);
    expect(existsSync(join(dir, "IKI-2027.xlsx"))).toBe(true);
  });
});
