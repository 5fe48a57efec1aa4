/**
 * The PDF the command writes beside the workbook, made by the real LibreOffice and
 * read back with pdftotext: the year's sheets only (jabatan sheets, then REKAP), while
 * the .xlsx keeps its catalog sheets. The first case, on the example year, is in
 * pdf-pages.test.ts, which converts that year once for all its readers. Skipped when
 * soffice or pdftotext is missing; in CI (CI set) a missing one fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { findSoffice } from "../../src/offline/pdf/libreoffice";
import { editBook, readBook, runCli } from "./helpers";
import { pagesOf, sheetsPrinted } from "./pdf-text";

const soffice = findSoffice();
const pdftotext = onPath("pdftotext");
const NAMA = Object.fromEntries(EXAMPLE_CATALOG.jabatan.map((j) => [j.kode, j.nama]));

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      execFileSync(join(dir, command), ["-v"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
}

if ((!soffice || !pdftotext) && process.env.CI) {
  test("LibreOffice dan pdftotext terpasang di CI", () => {
    throw new Error("soffice atau pdftotext tidak ada di PATH: .ci/run harus memasang libreoffice-calc-nogui dan poppler-utils");
  });
}

const describePdf = soffice && pdftotext ? describe : describe.skip;

describePdf("PDF offline: hanya lembar tahun itu", () => {
  const root = mkdtempSync(join(tmpdir(), "iki-pdf-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("dijalankan lagi untuk satu jabatan: lembar jabatan lain yang disalin tetap dicetak, lembar buatan sendiri tidak", async () => {
    const dir = join(root, "lagi");
    // Two jabatan are enough to see a copied sheet printed (and one LibreOffice conversion stays short).
    expect((await runCli(["--tahun", "2027", "--out", dir, "--jabatan", "KADIS,KABID PPPA", "--tanpa-pdf"], root)).code).toBe(0);
    await editBook(join(dir, "IKI-2027.xlsx"), (book) => {
      book.addWorksheet("Catatan").getCell("A1").value = "Catatan rapat evaluasi bulanan";
    });
    const ran = await runCli(["--tahun", "2027", "--out", dir, "--jabatan", "KADIS"], root, { soffice });
    expect(ran.stderr).toEqual([]);
    expect(ran.stdout.join("\n")).toMatch(/^Lembar lain disalin apa adanya: 2027 KABID PPPA · Catatan$/m);
    const texts = pagesOf(join(dir, "IKI-2027.pdf"));
    expect(sheetsPrinted(texts)).toEqual([NAMA.KADIS, NAMA["KABID PPPA"], "REKAP"]);
    expect(texts.some((t) => /Catatan rapat evaluasi/.test(t) || /Kode Jabatan/.test(t))).toBe(false);
    const book = await readBook(join(dir, "IKI-2027.xlsx"));
    expect(book.getWorksheet("Catatan")?.state).toBe("visible");
  }, 200_000);
});
