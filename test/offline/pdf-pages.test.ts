/**
 * The offline PDF as printed: the example year written by the command, converted by the
 * real LibreOffice, read back page by page with pdftotext. Skipped when soffice or
 * pdftotext is missing; in CI (CI set) a missing one fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice } from "../../src/offline/libreoffice";
import { runCli } from "./helpers";

const soffice = findSoffice();
const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

if ((!soffice || !hasPdftotext) && process.env.CI) {
  test("LibreOffice dan pdftotext terpasang di CI", () => {
    throw new Error("soffice atau pdftotext tidak ada di PATH: .ci/run harus memasang libreoffice-calc-nogui dan poppler-utils");
  });
}

const describePdf = soffice && hasPdftotext ? describe : describe.skip;

/** The text of every page (pdftotext separates pages with a form feed). */
function pagesOf(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

/** The number in a page's footer ("Halaman 3"), or null. */
const pageNumber = (page: string): number | null => {
  const m = /Halaman (\d+)\s*$/.exec(page.trimEnd());
  return m ? Number(m[1]) : null;
};

describePdf("PDF offline contoh 2027 (LibreOffice, pdftotext)", () => {
  const dir = mkdtempSync(join(tmpdir(), "iki-pdf-pages-"));
  let pages: string[] = [];

  beforeAll(async () => {
    const ran = await runCli(["--tahun", "2027", "--out", dir], dir, { soffice });
    expect(ran.code).toBe(0);
    pages = pagesOf(join(dir, "IKI-2027.pdf"));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("nomor halaman mulai dari 1 di setiap lembar: tiap formulir ditandatangani sendiri", () => {
    const numbers = pages.map(pageNumber);
    expect(numbers.every((n) => n !== null)).toBe(true);
    // A year's sheet starts with its title; its first page is "Halaman 1", the next ones count on.
    const starts = pages.map((p) => /INDIKATOR KINERJA INDIVIDU \(IKI\)|REKAPITULASI CAPAIAN/.test(p));
    expect(starts.filter(Boolean)).toHaveLength(8); // 7 jabatan and REKAP
    numbers.forEach((n, i) => {
      if (starts[i]) expect(n).toBe(1);
      else if (i > 0 && n !== 1) expect(n).toBe((numbers[i - 1] as number) + 1);
    });
    // Every sheet (the 8 of the year, KATALOG, JABATAN, PENGATURAN) begins at 1.
    expect(numbers.filter((n) => n === 1)).toHaveLength(11);
  });
});
