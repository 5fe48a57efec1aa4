/**
 * `npm start -- --dokumen pk [--perubahan]` (src/offline/pk.ts), run in-process without LibreOffice: the
 * PK workbook, one portrait sheet per jabatan with its page break before the lampiran, the draft's
 * missing fields said with their cells, the catalog taken from the year's IKI workbook, and the refusals.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { pkSheet } from "../../src/core/pk/pk-sheet";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { oldSheetOf } from "../../src/offline/xlsx/read-workbook";
import { emptyWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { editBook, readBook, runCli } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "iki-pk-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pk = (...more: string[]) => ["--tahun", "2027", "--dokumen", "pk", "--tanpa-pdf", ...more];

describe("--dokumen pk", () => {
  test("the example: PK-2027.xlsx, one portrait sheet per jabatan, a page break before the lampiran; the draft's blanks listed with their cells", async () => {
    const ran = await runCli(pk(), dir);
    expect(ran.stderr).toEqual([]);
    expect(ran.code).toBe(0);
    const book = await readBook(join(dir, "PK-2027.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(EXAMPLE_CATALOG.jabatan.map((j) => `PK 2027 ${j.kode}`));
    const zip = await createRequire(require.resolve("exceljs"))("jszip").loadAsync(readFileSync(join(dir, "PK-2027.xlsx")));
    for (const [i, ws] of book.worksheets.entries()) {
      expect(ws.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
      const kode = ws.name.replace("PK 2027 ", "");
      const plan = pkSheet(EXAMPLE_CATALOG, kode, { tahun: 2027, perubahan: false }).plan;
      // A break after a row (1-based) is a page starting at the next: the lampiran's first row (0-based).
      const xml: string = await zip.file(`xl/worksheets/sheet${i + 1}.xml`).async("string");
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(breaks).toContain(plan.pageStarts![0]);
      expect(ws.pageSetup.printTitlesRow).toBe(`${plan.table.headerRow + 1}:${plan.table.headerRow + 1}`);
    }
    expect(ran.stdout).toContain("Konsep: 19 isian belum ada, dicetak sebagai titik-titik; isi lalu jalankan lagi sebelum ditandatangani:");
    expect(ran.stdout).toContain("  JABATAN!E5: Nama Pejabat KABID REHSOS");
    expect(ran.stdout).toContain("  PENGATURAN!B13: Nama kepala daerah");
    const kabid = oldSheetOf(book.getWorksheet("PK 2027 KABID REHSOS")!).values.flat();
    expect(kabid).toContain(".............................. (isi JABATAN!E5)");
  });

  test("--perubahan and --jabatan: PK-2027-perubahan.xlsx with the chosen sheets, titled PERUBAHAN", async () => {
    const ran = await runCli(pk("--perubahan", "--jabatan", "kadis,kabid_pppa"), dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout[0]).toContain(`Ditulis: ${join(dir, "PK-2027-perubahan.xlsx")} (2 lembar Perjanjian Kinerja Perubahan, `);
    const book = await readBook(join(dir, "PK-2027-perubahan.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["PK Perubahan 2027 KADIS", "PK Perubahan 2027 KABID PPPA"]);
    expect(oldSheetOf(book.worksheets[0]!).values.flat()).toContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2027");
  });

  test("the catalog of the year's IKI workbook in the folder: the Bupati's name typed there ends the KADIS draft", async () => {
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    await editBook(join(dir, "IKI-2027.xlsx"), (book) => {
      const ws = book.getWorksheet("PENGATURAN")!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === "Nama kepala daerah") row.getCell(2).value = "H. SLAMET JUNAIDI";
      });
    });
    const ran = await runCli(pk("--jabatan", "KADIS"), dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Katalog: dari IKI-2027.xlsx`);
    expect(ran.stdout.some((l) => l.startsWith("Konsep"))).toBe(false);
    const values = oldSheetOf((await readBook(join(dir, "PK-2027.xlsx"))).worksheets[0]!).values.flat();
    expect(values).toContain("H. SLAMET JUNAIDI");
  });

  test("another OPD from --katalog, complete: no draft line; the same run again writes no backup", async () => {
    const book = emptyWorkbook(2027);
    renderCatalogSheets(book, CATALOG_LAIN, 2027);
    await saveWorkbook(book, join(dir, "lain.xlsx"));
    const first = await runCli(pk("--katalog", "lain.xlsx"), dir);
    expect(first.code).toBe(0);
    expect(first.stdout.some((l) => l.startsWith("Konsep"))).toBe(false);
    const again = await runCli(pk("--katalog", "lain.xlsx"), dir);
    expect(again.stdout).toContain("Tidak ada perubahan sejak berkas sebelumnya: salinannya tidak disimpan.");
    expect(readdirSync(dir).filter((f) => f.startsWith("PK-2027"))).toEqual(["PK-2027.xlsx"]);
  });
});

describe("refused, nothing written (exit 2)", () => {
  test.each([
    [["--perubahan"], "--perubahan hanya untuk Perjanjian Kinerja: tambahkan --dokumen pk"],
    [["--dokumen", "pk", "--periode", "triwulan"], "--periode tidak berlaku untuk Perjanjian Kinerja (--dokumen pk): hapus --periode"],
    [["--dokumen", "sk"], 'dokumen "sk" tidak dikenal: pilih iki (buku kerja IKI) atau pk (Perjanjian Kinerja)'],
  ])("%j", async (args, message) => {
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf", ...args], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.join("\n")).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a catalog whose Atasan is not filled in: the message says where, no PK file", async () => {
    const old = { ...CATALOG_LAIN, jabatan: CATALOG_LAIN.jabatan.map(({ atasan: _, ...j }) => j) };
    const book = emptyWorkbook(2027);
    renderCatalogSheets(book, old, 2027);
    await saveWorkbook(book, join(dir, "lama.xlsx"));
    const ran = await runCli(pk("--katalog", "lama.xlsx"), dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.join("\n")).toContain("Atasan KADINKES belum diisi di lembar JABATAN (kolom Atasan)");
    expect(existsSync(join(dir, "PK-2027.xlsx"))).toBe(false);
  });
});
