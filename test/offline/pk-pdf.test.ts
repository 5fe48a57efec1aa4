/**
 * The Perjanjian Kinerja as printed: `npm start -- --dokumen pk` converted by the real LibreOffice and read
 * back with pdftotext -bbox. Two A4 portrait pages per jabatan (statement, lampiran), PIHAK KEDUA's block
 * left of PIHAK PERTAMA's on the same line, every word inside the page's printable area. Skipped when
 * soffice or pdftotext is missing; in CI a missing one fails (pdf-pages.test.ts says so).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PORTRAIT_PAGE } from "../../src/core/print/print";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { emptyWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { type CommandPdf, commandPdfs } from "./command-pdfs";
import { describePdf, type PdfWord, pagesOf, soffice, wordsPerPage } from "./pdf-text";

const root = mkdtempSync(join(tmpdir(), "iki-pk-pdf-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let made: Promise<Record<"contoh" | "lain", CommandPdf>> | undefined;
const printed = () =>
  (made ??= commandPdfs(
    root,
    {
      // Two of the example's seven: the head (with the Bupati) and a Kabid (a draft); one LibreOffice run converts less.
      contoh: ["--tahun", "2027", "--dokumen", "pk", "--jabatan", "KADIS,KABID REHSOS"],
      lain: {
        args: ["--tahun", "2027", "--dokumen", "pk", "--perubahan", "--katalog", "lain.xlsx"],
        before: async (dir) => {
          const book = emptyWorkbook(2027);
          renderCatalogSheets(book, CATALOG_LAIN, 2027);
          await saveWorkbook(book, join(dir, "lain.xlsx"));
        },
      },
    },
    soffice as string,
  ));

/** The words of a line that reads `text`, on a page (one line: words whose tops are within 2 pt). */
function lineOf(words: readonly PdfWord[], text: string): PdfWord[] {
  const first = text.split(" ")[0];
  for (const start of words.filter((w) => w.text === first)) {
    const line = words.filter((w) => Math.abs(w.y0 - start.y0) < 2 && w.x0 >= start.x0).sort((a, b) => a.x0 - b.x0);
    if (
      line
        .map((w) => w.text)
        .join(" ")
        .startsWith(text)
    )
      return line.slice(0, text.split(" ").length);
  }
  return [];
}

describePdf("PDF Perjanjian Kinerja (LibreOffice, pdftotext)", () => {
  test.each(["contoh", "lain"] as const)("%s: A4 tegak, dua halaman per jabatan: pernyataan lalu lampiran", async (key) => {
    const { pdf } = (await printed())[key];
    const count = key === "contoh" ? 2 : CATALOG_LAIN.jabatan.length;
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(2 * count);
    pages.forEach((page, i) => {
      const lampiran = /LAMPIRAN PERJANJIAN KINERJA/.test(page);
      expect({ halaman: i + 1, lampiran }).toEqual({ halaman: i + 1, lampiran: i % 2 === 1 });
    });
    for (const page of wordsPerPage(pdf)) {
      expect(Math.round(page.width)).toBe(Math.round(PORTRAIT_PAGE.width));
      expect(Math.round(page.height)).toBe(Math.round(PORTRAIT_PAGE.height));
    }
  });

  test.each(["contoh", "lain"] as const)("%s: PIHAK KEDUA di kiri PIHAK PERTAMA pada baris yang sama, di setiap halaman", async (key) => {
    const { pdf } = (await printed())[key];
    for (const [i, page] of wordsPerPage(pdf).entries()) {
      const kedua = lineOf(page.words, "PIHAK KEDUA,");
      const pertama = lineOf(page.words, "PIHAK PERTAMA,");
      expect({ halaman: i + 1, kedua: kedua.length, pertama: pertama.length }).toEqual({ halaman: i + 1, kedua: 2, pertama: 2 });
      expect(Math.abs(kedua[0]!.y0 - pertama[0]!.y0)).toBeLessThan(1);
      expect(kedua[1]!.x1).toBeLessThan(page.width / 2);
      expect(pertama[0]!.x0).toBeGreaterThan(page.width / 2);
    }
  });

  test.each(["contoh", "lain"] as const)("%s: setiap kata di dalam area cetak halaman", async (key) => {
    const { pdf } = (await printed())[key];
    const { left, right, top, bottom } = PORTRAIT_PAGE.margins;
    let words = 0;
    for (const [i, page] of wordsPerPage(pdf).entries()) {
      for (const w of page.words) {
        const inside = w.x0 >= left * 72 - 1 && w.x1 <= page.width - right * 72 + 1 && w.y0 >= top * 72 - 1 && w.y1 <= page.height;
        if (!inside) expect({ halaman: i + 1, kata: w.text, x0: w.x0, x1: w.x1 }).toEqual({ halaman: i + 1, kata: w.text, inside: true });
        words++;
      }
      // The footer (page number) sits in the bottom margin; the body ends above it.
      const body = page.words.filter((w) => !/^(Halaman|\d+)$/.test(w.text));
      expect(Math.max(...body.map((w) => w.y1))).toBeLessThanOrEqual(page.height - bottom * 72 + 1);
    }
    expect(words).toBeGreaterThan(100);
  });

  test("lain: the kepala daerah signs without NIP; the program table and its total print; Plt./Plh. before the titles", async () => {
    const pages = pagesOf((await printed()).lain.pdf);
    const kadinkes = pages.slice(0, 2).join("\n");
    expect(kadinkes).toContain("H. AHMAD FAUZI, S.H.");
    expect(kadinkes.match(/NIP\./g)).toHaveLength(2); // the head's, on each page; none for the Bupati
    expect(kadinkes).toContain("Plt. KEPALA DINAS KESEHATAN");
    const p2p = pages.slice(4, 6).join("\n");
    expect(p2p).toMatch(/Jumlah\s+975\.750\.000/);
    expect(p2p).toContain("Plh. Ka. BIDANG PENCEGAHAN");
    expect(p2p).toContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2027");
  });

  test("contoh: the draft's placeholders print, naming their cells", async () => {
    const pages = pagesOf((await printed()).contoh.pdf);
    const rehsos = pages.slice(2, 4).join("\n");
    expect(rehsos).toContain("(isi JABATAN!E5)");
    expect(rehsos).toContain("(isi JABATAN!G5)");
  });
});
