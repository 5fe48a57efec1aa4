/**
 * The roles offline (src/offline/xlsx/lock.ts): with emails in the catalog, the year's sheets are
 * protected without a password, their input cells free; the catalog sheets stay free; a catalog without
 * emails (the example) writes no protection, as before. Read back from the file with ExcelJS.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { LOCK_LINE } from "../../src/offline/xlsx/lock";
import { emptyWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { readBook, runCli } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "iki-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const protection = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;

test("emails in the catalog: every year sheet protected, no password, resizing allowed; input cells free, computed ones locked", async () => {
  const katalog = emptyWorkbook(2027);
  renderCatalogSheets(katalog, CATALOG_LAIN, 2027);
  await saveWorkbook(katalog, join(dir, "lain.xlsx"));
  const ran = await runCli(["--tahun", "2027", "--tanpa-pdf", "--katalog", "lain.xlsx"], dir);
  expect(ran.code).toBe(0);
  expect(ran.stdout).toContain(LOCK_LINE);
  const book = await readBook(join(dir, "IKI-2027.xlsx"));
  const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027 });
  // The BUKTI sheet among them: its Bukti Dukung, Verifikasi and Catatan cells free.
  expect(plan.sheets.map((s) => s.kind)).toContain("bukti");
  for (const sheet of plan.sheets) {
    const ws = book.getWorksheet(sheet.name)!;
    expect({ sheet: sheet.name, protection: protection(ws) }).toEqual({
      sheet: sheet.name,
      protection: { sheet: true, formatColumns: true, formatRows: true },
    });
    for (const input of sheet.inputs) {
      expect(ws.getCell(input.row + 1, input.col + 1).protection?.locked).toBe(false);
      expect(ws.getCell(input.row + input.rows, input.col + input.cols).protection?.locked).toBe(false);
    }
  }
  // A computed cell (capaian) keeps the default: locked.
  const kadinkes = plan.sheets.find((s) => s.kode === "KADINKES")!;
  const capaian = kadinkes.table.columns.findIndex((c) => c.key === "capaian");
  const cell = book.getWorksheet(kadinkes.name)!.getCell(kadinkes.indikatorRows["kadinkes.aki"]! + 1, capaian + 1);
  expect(cell.protection?.locked).not.toBe(false);
  for (const name of ["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]) expect(protection(book.getWorksheet(name)!)?.sheet).toBeUndefined();
});

test("no email in the catalog (the example): nothing protected, nothing said", async () => {
  const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
  expect(ran.stdout).not.toContain(LOCK_LINE);
  const book = await readBook(join(dir, "IKI-2027.xlsx"));
  for (const ws of book.worksheets) expect(protection(ws)?.sheet).toBeUndefined();
});
