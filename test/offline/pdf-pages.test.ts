/**
 * The offline PDF as printed: the example year written by the command (and a re-run for one
 * jabatan), converted by the real LibreOffice, read back page by page with pdftotext. Skipped when soffice or
 * pdftotext is missing; in CI (CI set) a missing one fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { LEGEND_ITEMS, LEGEND_TITLE } from "../../src/core/plan/legend";
import { PRINT, PRINT_PAGE, pxToPt } from "../../src/core/print/print";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { printLayout } from "../../src/offline/xlsx/pages";
import { emptyWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_BESAR } from "../support/fixtures/catalog-besar";
import { type CommandPdf, commandPdfs } from "./command-pdfs";
import { editBook, listedSheets, readBook, runCli } from "./helpers";
import { describePdf, hasPdftotext, pagesOf, sheetsPrinted, soffice, wordsPerPage } from "./pdf-text";

if ((!soffice || !hasPdftotext) && process.env.CI) {
  test("LibreOffice dan pdftotext terpasang di CI", () => {
    throw new Error("soffice atau pdftotext tidak ada di PATH: .ci/run harus memasang libreoffice-calc-nogui dan poppler-utils");
  });
}

/** The number in a page's footer ("Halaman 3"), or null. */
const pageNumber = (page: string): number | null => {
  const m = /Halaman (\d+)\s*$/.exec(page.trimEnd());
  return m ? Number(m[1]) : null;
};

/**
 * The example year 2027, tahunan and triwulan, written by the command with their PDFs, made once
 * for the file in one LibreOffice run (command-pdfs.ts): every test below only reads them.
 */
const root = mkdtempSync(join(tmpdir(), "iki-pdf-pages-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let made: Promise<Record<"tahunan" | "triwulan" | "rehsos" | "lagi" | "besar", CommandPdf>> | undefined;
const printed = () =>
  (made ??= commandPdfs(
    root,
    {
      tahunan: ["--tahun", "2027"],
      triwulan: ["--tahun", "2027", "--periode", "triwulan"],
      rehsos: ["--tahun", "2027", "--jabatan", "KABID REHSOS"],
      // A large OPD (30 jabatan) from its own catalog: a REKAP of many pages, its averages over a page.
      besar: {
        args: ["--tahun", "2027", "--katalog", "besar.xlsx"],
        before: async (dir) => {
          const book = emptyWorkbook(2027);
          renderCatalogSheets(book, CATALOG_BESAR, 2027);
          await saveWorkbook(book, join(dir, "besar.xlsx"));
        },
      },
      // Two jabatan written, a user's sheet added, then the command again for one of them.
      lagi: {
        args: ["--tahun", "2027", "--jabatan", "KADIS"],
        before: async (dir) => {
          expect((await runCli(["--tahun", "2027", "--jabatan", "KADIS,KABID PPPA", "--tanpa-pdf"], dir)).code).toBe(0);
          await editBook(join(dir, "IKI-2027.xlsx"), (book) => {
            book.addWorksheet("Catatan").getCell("A1").value = "Catatan rapat evaluasi bulanan";
          });
        },
      },
    },
    soffice as string,
  ));

describePdf("PDF offline contoh 2027 (LibreOffice, pdftotext)", () => {
  let pages: string[] = [];

  beforeAll(async () => {
    pages = pagesOf((await printed()).tahunan.pdf);
  }, 180_000);

  test("nomor halaman mulai dari 1 di setiap lembar: tiap formulir ditandatangani sendiri", () => {
    const numbers = pages.map(pageNumber);
    expect(numbers.every((n) => n !== null)).toBe(true);
    // A year's sheet starts with its title; its first page is "Halaman 1", the next ones count on.
    const starts = pages.map(
      (p) => /INDIKATOR KINERJA INDIVIDU \(IKI\)|REKAPITULASI CAPAIAN|DAFTAR BUKTI DUKUNG/.test(p) && pageNumber(p) === 1,
    );
    expect(starts.filter(Boolean)).toHaveLength(9); // 7 jabatan, REKAP and BUKTI
    numbers.forEach((n, i) => {
      if (starts[i]) expect(n).toBe(1);
      else if (i > 0 && n !== 1) expect(n).toBe((numbers[i - 1] as number) + 1);
    });
    // Every printed sheet (the 9 of the year; the catalog sheets are not printed) begins at 1.
    expect(numbers.filter((n) => n === 1)).toHaveLength(9);
  });

  test("halaman per lembar sama dengan perkiraan tata letak; halaman tanda tangan memuat ≥ 2 baris tabel", () => {
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 });
    // Pages of each sheet, in sheet order: a sheet starts at "Halaman 1".
    const perSheet: string[][] = [];
    for (const page of pages) {
      if (pageNumber(page) === 1) perSheet.push([]);
      perSheet[perSheet.length - 1]?.push(page);
    }
    const counts = plan.sheets.map((s, i) => [s.name, perSheet[i]?.length]);
    const expected = plan.sheets.map((s) => [s.name, printLayout(s, PRINT_PAGE).pageBreaks.length + 1]);
    expect(counts).toEqual(expected);
    plan.sheets.forEach((sheet, i) => {
      if (sheet.kind !== "jabatan") return;
      const signed = (perSheet[i] ?? []).find((p) => p.includes("NIP.")) ?? "";
      // Table rows start with their number; the column-number row ("1 2 3 …") is not one.
      const rows = signed.split("\n").filter((l) => /^\s{0,4}\d{1,2}\s{2,}\S/.test(l) && !/^\s*1\s+2\s+3/.test(l));
      const tableRows = sheet.table.lastRow - sheet.table.firstRow + 1;
      expect({ sheet: sheet.name, rows: rows.length >= Math.min(2, tableRows) }).toEqual({ sheet: sheet.name, rows: true });
    });
  });

  test("legenda warna hanya di layar: tidak ada di PDF", () => {
    const all = pages.join("\n");
    expect(all).toContain("NIP. 19680223 198803 1 001"); // the signature block still prints
    for (const text of [LEGEND_TITLE, ...LEGEND_ITEMS.map((i) => i.label)]) expect(all).not.toContain(text);
  });
});

/** Header labels of the catalog sheets, and a setting's name, none of which a year's sheet prints. */
const CATALOG_TEXT = [/Kode Jabatan/, /Berlaku Sampai/, /Nama Pejabat/, /^\s*Pengaturan\s/m, /Nama instansi/];
const NAMA = EXAMPLE_CATALOG.jabatan.map((j) => j.nama);
const NAMA_OF = Object.fromEntries(EXAMPLE_CATALOG.jabatan.map((j) => [j.kode, j.nama]));

describePdf("PDF offline: hanya lembar tahun itu", () => {
  test("lembar jabatan berurutan lalu REKAP; KATALOG, JABATAN, PENGATURAN, PROGRAM tidak dicetak tetapi tetap ada di .xlsx", async () => {
    const { ran, dir, pdf } = (await printed()).tahunan;
    expect(ran.stderr).toEqual([]);
    expect(ran.code).toBe(0);
    expect(pdf).toBe(join(dir, "IKI-2027.pdf"));
    const texts = pagesOf(pdf);
    for (const [i, text] of texts.entries()) {
      for (const label of CATALOG_TEXT) expect({ halaman: i + 1, ada: label.test(text) }).toEqual({ halaman: i + 1, ada: false });
    }
    expect(sheetsPrinted(texts)).toEqual([...NAMA, "REKAP", "BUKTI"]);
    const book = await readBook(join(dir, "IKI-2027.xlsx"));
    expect(
      listedSheets(book)
        .slice(-4)
        .map((ws) => [ws.name, ws.state]),
    ).toEqual([
      ["KATALOG", "visible"],
      ["JABATAN", "visible"],
      ["PENGATURAN", "visible"],
      ["PROGRAM", "visible"],
    ]);
  }, 200_000);

  test("dijalankan lagi untuk satu jabatan: lembar jabatan lain yang disalin tetap dicetak, lembar buatan sendiri tidak", async () => {
    const { ran, dir, pdf } = (await printed()).lagi;
    expect(ran.stderr).toEqual([]);
    expect(ran.stdout.join("\n")).toMatch(/^Lembar lain disalin apa adanya: 2027 KABID PPPA · Catatan$/m);
    const texts = pagesOf(pdf);
    expect(sheetsPrinted(texts)).toEqual([NAMA_OF.KADIS, NAMA_OF["KABID PPPA"], "REKAP", "BUKTI"]);
    expect(texts.some((t) => /Catatan rapat evaluasi/.test(t) || /Kode Jabatan/.test(t))).toBe(false);
    const book = await readBook(join(dir, "IKI-2027.xlsx"));
    expect(book.getWorksheet("Catatan")?.state).toBe("visible");
  }, 200_000);
});

/**
 * Arial's advance widths (1/1000 em; Liberation Sans, which LibreOffice uses for it, has the same) of
 * the letters measured below: a word's printed width over its width in em is its printed font size.
 */
const ARIAL: Record<string, number> = { M: 833, e: 556, n: 556, i: 222, g: 556, k: 500, a: 556, t: 278, y: 500 };
const ARIAL_BOLD: Record<string, number> = { R: 722, e: 556, a: 556, l: 278, i: 278, s: 556 };
const emOf = (word: string, widths: Record<string, number>) => [...word].reduce((s, ch) => s + (widths[ch] as number), 0) / 1000;

/** Printed size in pt of every occurrence of `word` in the PDF (pdftotext -bbox). */
function printedSizes(pdf: string, word: string, widths: Record<string, number>): number[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
  return boxes.filter((m) => m[3] === word).map((m) => (Number(m[2]) - Number(m[1])) / emOf(word, widths));
}

describePdf("PDF offline triwulan 2027: terbaca di A4 (issue 10)", () => {
  let pdf = "";
  let pages: string[] = [];

  beforeAll(async () => {
    const { dir, pdf: written } = (await printed()).triwulan;
    expect(written).toBe(join(dir, "IKI-2027-triwulan.pdf"));
    pdf = written;
    pages = pagesOf(pdf);
  }, 180_000);

  test("isi ≥ 8 pt (Meningkatnya), kepala tabel ≥ 7 pt (Realisasi, tebal)", () => {
    const body = printedSizes(pdf, "Meningkatnya", ARIAL);
    const header = printedSizes(pdf, "Realisasi", ARIAL_BOLD);
    expect(body.length).toBeGreaterThan(3);
    expect(header.length).toBeGreaterThan(10);
    expect(Math.min(...body)).toBeGreaterThanOrEqual(8);
    expect(Math.min(...header)).toBeGreaterThanOrEqual(7);
  });

  test("kolom kerja tidak dicetak (Pembilang, Penyebut, Formulasi, Sumber Data); TW I … Tahunan dan tanda tangan dicetak", () => {
    const all = pages.join("\n");
    for (const text of ["Pembilang", "Penyebut", "Formulasi", "Sumber Data", "Dinsos PPPA"]) expect(all).not.toContain(text);
    for (const text of ["TW I", "TW IV", "Tahunan", "Capaian", "NIP. 19680223 198803 1 001"]) expect(all).toContain(text);
  });
});

describePdf("PDF offline: baris nomor kolom", () => {
  test.each(["tahunan", "triwulan"] as const)("%s: 1, 2, 3 … N tanpa loncatan di setiap halaman yang memuat tabel", async (periode) => {
    const pages = pagesOf((await printed())[periode].pdf);
    // The column-number row: a line of numbers only, starting at 1 (table rows start with their number and then text).
    const rows = pages.flatMap((page) => page.split("\n").filter((line) => /^\s*1\s+2\s+3(\s+\d+)*\s*$/.test(line)));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const line of rows) {
      const numbers = line.trim().split(/\s+/).map(Number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });
});

describePdf("PDF offline: blok tanda tangan tidak terpotong", () => {
  test.each(["tahunan", "triwulan"] as const)("%s: tiap baris di dalam area cetak dan di dalam lebar bloknya", async (periode) => {
    const { pdf } = (await printed())[periode];
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode });
    const sheet = plan.sheets.find((s) => s.kind === "jabatan") as SheetPlan;
    const area = sheet.signature as NonNullable<SheetPlan["signature"]>;
    const notPrinted = new Set([...(sheet.printHiddenColumns ?? []), ...sheet.hiddenColumns]);
    const px = (from: number, to: number) =>
      sheet.columnWidths.slice(from, to).reduce((sum, w, i) => sum + (notPrinted.has(from + i) ? 0 : w), 0);
    // The page's scale, from the printed size of 10-pt body text.
    const scale = Math.min(...printedSizes(pdf, "Meningkatnya", ARIAL)) / 10;
    const blockPt = pxToPt(px(area.col, area.col + area.cols)) * scale;
    const lines = [...(EXAMPLE_CATALOG.instansi.kepala.jabatan as string[]), "NIP. 19680223 198803 1 001"];
    const left = PRINT.marginsInch.left * 72;
    let checked = 0;
    for (const page of wordsPerPage(pdf)) {
      if (page.words.some((w) => w.text === "RATA-RATA")) continue; // the REKAP's own page
      for (const line of lines) {
        const first = line.split(" ")[0] as string;
        for (const start of page.words.filter((w) => w.text === first)) {
          const words = page.words.filter((w) => Math.abs(w.y0 - start.y0) < 1 && w.x0 >= start.x0 - 1).slice(0, line.split(" ").length);
          if (words.map((w) => w.text).join(" ") !== line) continue;
          const x0 = Math.min(...words.map((w) => w.x0));
          const x1 = Math.max(...words.map((w) => w.x1));
          expect({ line, inPage: x0 >= left - 1 && x1 <= page.width - left + 1 }).toEqual({ line, inPage: true });
          expect({ line, width: Math.round(x1 - x0), fits: x1 - x0 <= blockPt }).toEqual({ line, width: Math.round(x1 - x0), fits: true });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(lines.length * 7);
  });
});

describePdf("PDF offline: kepala tabel tidak pernah sendirian", () => {
  test.each(["tahunan", "triwulan", "rehsos", "besar"] as const)("%s: di bawah baris nomor kolom selalu ada baris tabel", async (key) => {
    const pages = pagesOf((await printed())[key].pdf);
    let checked = 0;
    pages.forEach((page, i) => {
      const lines = page.split("\n").filter((line) => line.trim() !== "");
      const numbers = lines.findIndex((line) => /^\s*1\s+2\s+3(\s+\d+)*\s*$/.test(line));
      if (numbers < 0) return;
      // A table row starts with its number, then text (the first line under the header on that page).
      const next = lines[numbers + 1] ?? "";
      expect({ halaman: i + 1, next, row: /^\s*\d+\s+\S/.test(next) }).toEqual({ halaman: i + 1, next, row: true });
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  test.each(["tahunan", "triwulan", "besar"] as const)(
    "%s: halaman RATA-RATA memuat ≥ 2 baris terakhir tabel indikator di atasnya",
    async (key) => {
      const pages = pagesOf((await printed())[key].pdf);
      const page = pages.find((p) => p.includes("RATA-RATA CAPAIAN PER JABATAN")) ?? "";
      const above = page.slice(0, page.indexOf("RATA-RATA CAPAIAN PER JABATAN")).split("\n");
      // Indicator rows: their number, then the jabatan's kode (the column-number row is not one).
      const rows = above.filter((l) => /^\s{0,4}\d{1,3}\s+[A-Z]/.test(l));
      expect(rows.length).toBeGreaterThanOrEqual(2);
    },
  );

  test("satu jabatan: REKAP (5 indikator) di satu halaman, bukan dua", async () => {
    const pages = pagesOf((await printed()).rehsos.pdf);
    const rekap = pages.findIndex((p) => p.includes("REKAPITULASI CAPAIAN"));
    expect(rekap).toBeGreaterThan(0);
    // The REKAP's one page, then the BUKTI sheet's.
    expect(pages.slice(rekap).filter((p) => !p.includes("DAFTAR BUKTI DUKUNG"))).toHaveLength(1);
    expect(pages[rekap + 1]).toContain("DAFTAR BUKTI DUKUNG");
    expect(pages[rekap]).toContain("NIP. 19680223 198803 1 001");
  });
});

describePdf("PDF offline: kata tidak terpotong", () => {
  test.each(["tahunan", "triwulan", "rehsos"] as const)("%s: setiap kata tercetak adalah kata utuh dari lembarnya", async (key) => {
    const periode = key === "triwulan" ? "triwulan" : "tahunan";
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode });
    // Every word the sheets hold, and the parts a line may break into at a hyphen.
    const vocabulary = new Set<string>();
    for (const sheet of plan.sheets)
      for (const row of sheet.cells)
        for (const cell of row)
          for (const word of String(cell.value ?? "").split(/\s+/)) {
            vocabulary.add(word);
            const parts = word.split("-");
            parts.forEach((part, i) => vocabulary.add(i < parts.length - 1 ? `${part}-` : part));
          }
    const broken = wordsPerPage((await printed())[key].pdf).flatMap((page, i) =>
      page.words
        .map((w) =>
          w.text
            .replace(/&amp;/g, "&")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"'),
        )
        .filter((w) => !vocabulary.has(w) && !/^\d+$/.test(w) && !["Halaman", "dari"].includes(w))
        .map((w) => `halaman ${i + 1}: ${w}`),
    );
    expect(broken).toEqual([]);
  });
});
