/**
 * Offline, a catalog edited in the workbook's KATALOG and PENGATURAN reaches every year sheet on the
 * next `npm start -- --tahun 2027`: the workbook keeps the record of what the command wrote in a
 * very hidden sheet (src/offline/records.ts), read back by the same core as in Sheets.
 */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { ASIDE_TITLE } from "../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { RECORD_SHEET } from "../../src/offline/xlsx/records";
import { editBook, readBook, runCli, testFolders, valuesOf, withoutRecords } from "./helpers";

const folder = testFolders("iki-follows-test-");

const ALL = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => ({ j, i }))));
const UNIQUE = ALL.find(({ i }) => ALL.filter((x) => x.i.nama === i.nama).length === 1);
const OLD_NAME = EXAMPLE_CATALOG.instansi.kepala.nama;

/** Sheet name → how many cells hold `value`, over the visible sheets. */
function holding(book: ExcelJS.Workbook, value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ws of book.worksheets) {
    if (ws.state !== "visible") continue;
    const count = valuesOf(ws).filter(([, , v]) => v === value).length;
    if (count) out[ws.name] = count;
  }
  return out;
}

/** Types `to` over the first cell of `sheet` holding `from`; a PENGATURAN label: into its Nilai cell. */
function retype(book: ExcelJS.Workbook, sheet: string, from: unknown, to: unknown, nextColumn = false): void {
  const ws = book.getWorksheet(sheet);
  const at = ws && valuesOf(ws).find(([, , v]) => v === from);
  if (!ws || !at) throw new Error(`${sheet}: ${String(from)} not found`);
  ws.getCell(at[0], at[1] + (nextColumn ? 1 : 0)).value = to as ExcelJS.CellValue;
}

describe("offline: a catalog edit reaches the year's sheets", () => {
  if (!UNIQUE) throw new Error("example catalog changed");
  const sheet = `2027 ${UNIQUE.j.kode}`;
  const corrected = `${UNIQUE.i.nama} (diperbaiki)`;

  test("indicator text and a Plt. signatory: every sheet follows, nothing moved aside, the output says what changed", async () => {
    const dir = folder();
    const xlsx = join(dir, "IKI-2027.xlsx");
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const first = await readBook(xlsx);
    const year = Object.keys(holding(first, OLD_NAME)).filter((name) => name.startsWith("2027 "));
    expect(year).toHaveLength(EXAMPLE_CATALOG.jabatan.length + 1);
    // The record sheet is there, hidden from every sheet list.
    expect(first.getWorksheet(RECORD_SHEET)?.state).toBe("veryHidden");

    await editBook(xlsx, (book) => {
      retype(book, "KATALOG", UNIQUE.i.nama, corrected);
      retype(book, "PENGATURAN", "Nama penandatangan", "Dra. SITI AMINAH, M.Si.", true);
      retype(book, "PENGATURAN", "Status penandatangan", "Plt.", true);
    });
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(ran.stderr).toEqual([]);
    const book = await readBook(xlsx);
    expect(holding(book, UNIQUE.i.nama)).toEqual({});
    expect(holding(book, corrected)).toEqual({ KATALOG: 1, [sheet]: 1, "2027 REKAP": 1, "2027 BUKTI": 1 });
    expect(Object.keys(holding(book, OLD_NAME))).toEqual([]);
    expect(Object.keys(holding(book, "Dra. SITI AMINAH, M.Si."))).toEqual(expect.arrayContaining([...year, "PENGATURAN"]));
    expect(Object.keys(holding(book, ASIDE_TITLE))).toEqual([]);
    const said = ran.stdout.join("\n");
    expect(said).toContain(`${sheet}: teks 1 indikator, penanda tangan`);
    expect(said).toContain("2027 REKAP: teks 1 indikator, penanda tangan");
    expect(said).toContain("Isian lama: 0 nilai dipertahankan di tempatnya; tidak ada yang dipindahkan");
    // Counted as before: the record sheet is not one of the workbook's sheets for the user.
    expect(said).toMatch(new RegExp(`\\(${book.worksheets.length - 1} lembar,`));
  });

  test("a workbook made before records: the old text stays as typed once, then the record follows the next edit", async () => {
    const dir = folder();
    const xlsx = await withoutRecords(dir, (book) => retype(book, "KATALOG", UNIQUE.i.nama, corrected));
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(ran.stdout.join("\n")).not.toContain("Perubahan katalog");
    expect(holding(await readBook(xlsx), UNIQUE.i.nama)[sheet]).toBe(1);
    await editBook(xlsx, (book) => retype(book, "PENGATURAN", "Nama penandatangan", "H. AHMAD FAUZI, S.Sos.", true));
    const again = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(again.stdout.join("\n")).toContain(`${sheet}: penanda tangan`);
    expect(Object.keys(holding(await readBook(xlsx), OLD_NAME))).toEqual([]);
  });

  test("a user's own sheet named like the record sheet is theirs: copied, never read as a record", async () => {
    const dir = folder();
    const xlsx = await withoutRecords(dir, (book) => {
      book.addWorksheet(RECORD_SHEET).getCell("A1").value = "catatan rapat";
    });
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const book = await readBook(xlsx);
    expect(book.getWorksheet(RECORD_SHEET)?.getCell("A1").value).toBe("catatan rapat");
    expect(book.getWorksheet(RECORD_SHEET)?.state).toBe("visible");
  });
});
