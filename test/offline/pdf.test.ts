/**
 * The PDF the command writes beside the workbook, made by the real LibreOffice and
 * read back with pdftotext: the year's sheets only (jabatan sheets, then REKAP), while
 * the .xlsx keeps its catalog sheets. Skipped when soffice or pdftotext is missing;
 * in CI (CI set) a missing one fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { findSoffice } from "../../src/offline/pdf/libreoffice";
import { editBook, listedSheets, readBook, runCli } from "./helpers";

const soffice = findSoffice();
const pdftotext = onPath("pdftotext");
const NAMA = EXAMPLE_CATALOG.jabatan.map((j) => j.nama);
/** Header labels of the catalog sheets, and a setting's name, none of which a year's sheet prints. */
const CATALOG_TEXT = [/Kode Jabatan/, /Berlaku Sampai/, /Nama Pejabat/, /^\s*Pengaturan\s/m, /Nama instansi/];

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

/** The text of each page, as laid out. */
function pages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

/**
 * Per page, the sheet it prints: a jabatan's name where its sheet starts ("1. JABATAN …")
 * and on the pages after it that repeat the form's header, "REKAP" likewise; "?" for a
 * page of anything else (a catalog sheet, a user's sheet).
 */
function sheetPerPage(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const before = out.at(-1) ?? "?";
    const nama = /^1\. JABATAN\s+(.+)$/m.exec(t)?.[1]?.trim();
    if (/REKAPITULASI CAPAIAN INDIKATOR KINERJA/.test(t)) out.push("REKAP");
    else if (nama) out.push(nama);
    else if (/^\s*No\s+Jabatan\s+Sasaran/m.test(t)) out.push(before === "REKAP" ? "REKAP" : "?");
    else if (/^\s*No\s+Sasaran \/ Kinerja Utama/m.test(t)) out.push(before !== "REKAP" ? before : "?");
    else out.push("?");
  }
  return out;
}

/** The sheets printed, in page order. */
function sheetsPrinted(texts: string[]): string[] {
  return sheetPerPage(texts).filter((k, i, all) => k !== all[i - 1]);
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

  test("lembar jabatan berurutan lalu REKAP; KATALOG, JABATAN, PENGATURAN tidak dicetak tetapi tetap ada di .xlsx", async () => {
    const ran = await runCli(["--tahun", "2027"], root, { soffice });
    expect(ran.stderr).toEqual([]);
    expect(ran.code).toBe(0);
    const texts = pages(join(root, "IKI-2027.pdf"));
    for (const [i, text] of texts.entries()) {
      for (const label of CATALOG_TEXT) expect({ halaman: i + 1, ada: label.test(text) }).toEqual({ halaman: i + 1, ada: false });
    }
    expect(sheetsPrinted(texts)).toEqual([...NAMA, "REKAP"]);
    const book = await readBook(join(root, "IKI-2027.xlsx"));
    expect(
      listedSheets(book)
        .slice(-3)
        .map((ws) => [ws.name, ws.state]),
    ).toEqual([
      ["KATALOG", "visible"],
      ["JABATAN", "visible"],
      ["PENGATURAN", "visible"],
    ]);
  }, 200_000);

  test("dijalankan lagi untuk satu jabatan: lembar jabatan lain yang disalin tetap dicetak, lembar buatan sendiri tidak", async () => {
    const dir = join(root, "lagi");
    expect((await runCli(["--tahun", "2027", "--out", dir, "--tanpa-pdf"], root)).code).toBe(0);
    await editBook(join(dir, "IKI-2027.xlsx"), (book) => {
      book.addWorksheet("Catatan").getCell("A1").value = "Catatan rapat evaluasi bulanan";
    });
    const ran = await runCli(["--tahun", "2027", "--out", dir, "--jabatan", "KADIS"], root, { soffice });
    expect(ran.stderr).toEqual([]);
    expect(ran.stdout.join("\n")).toMatch(/^Lembar lain disalin apa adanya: 2027 SEKRETARIS · .* · 2027 KABID PPPA · Catatan$/m);
    const texts = pages(join(dir, "IKI-2027.pdf"));
    expect(sheetsPrinted(texts)).toEqual([...NAMA, "REKAP"]);
    expect(texts.some((t) => /Catatan rapat evaluasi/.test(t) || /Kode Jabatan/.test(t))).toBe(false);
    const book = await readBook(join(dir, "IKI-2027.xlsx"));
    expect(book.getWorksheet("Catatan")?.state).toBe("visible");
  }, 200_000);
});
