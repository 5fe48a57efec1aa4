/**
 * The PDF beside the offline workbook: the year's sheets only (jabatan sheets, then
 * REKAP and the BUKTI evidence index, in the workbook's order). Every other sheet stays in the .xlsx (the catalog
 * sheets, so it can be next year's --katalog; a user's own sheet) but is hidden in a
 * throw-away print copy, which LibreOffice converts: it leaves hidden sheets out of a
 * PDF. Hidden, not removed, so a formula that refers to such a sheet still computes.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { printHiddenFromHeader } from "../../core/match/printed-columns";
import { buktiSheetName, rekapSheetName, sheetKey, sheetName } from "../../core/naming";
import { pdfPathOf, removeStalePdf } from "../io/files";
import { detik, quotePath } from "../io/messages";
import { saveWorkbook } from "../xlsx/save-workbook";
import { convert, findSoffice, pdfProblem } from "./libreoffice";

export interface PdfIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where LibreOffice is, or null (default: looked up on the PATH). */
  soffice?: () => string | null;
}

/** What is printed: the sheets named as `tahun`'s jabatan sheets (of `kodes`), its REKAP and BUKTI; or the sheets named. */
export type PrintedSheets = { tahun: number; kodes: readonly string[] } | { names: readonly string[] };

const printedNames = (printed: PrintedSheets): string[] =>
  "names" in printed
    ? [...printed.names]
    : [...printed.kodes.map((k) => sheetName(printed.tahun, k)), rekapSheetName(printed.tahun), buktiSheetName(printed.tahun)];

const STALE = "PDF lama dihapus karena tidak lagi sesuai dengan buku kerja";

/**
 * The PDF of `workbook`, just written to `xlsx`, beside it; or, when none can be
 * made, no PDF of an older workbook left behind.
 */
export async function writePdf(
  workbook: ExcelJS.Workbook,
  xlsx: string,
  printed: PrintedSheets,
  wanted: boolean,
  io: PdfIo,
): Promise<void> {
  const pdf = pdfPathOf(xlsx);
  const dropStale = () => {
    const stale = removeStalePdf(pdf);
    if (stale.removed) return `${STALE}: ${pdf}`;
    if (stale.why === "none" || stale.why === "folder") return "";
    return `PDF lama ${pdf} tidak sesuai lagi dengan buku kerja dan tidak dapat dihapus (${stale.why}); hapus sendiri`;
  };
  if (!wanted) {
    const note = dropStale();
    if (note) io.stdout(note);
    return;
  }
  const soffice = (io.soffice ?? findSoffice)();
  if (!soffice) {
    io.stdout("PDF tidak dibuat: LibreOffice (soffice) tidak terpasang; pasang libreoffice-calc untuk PDF.");
    const note = dropStale();
    if (note) io.stdout(note);
    return;
  }
  if (isFolder(pdf)) {
    io.stderr(`Peringatan: PDF tidak dibuat: sudah ada folder dengan nama ${quotePath(pdf)}`);
    return;
  }
  const started = performance.now();
  let work = "";
  try {
    work = mkdtempSync(join(tmpdir(), "iki-pdf-"));
    // The copy has the workbook's file name: LibreOffice names the PDF after its input.
    const copy = join(work, basename(xlsx));
    await savePrintCopy(workbook, copy, printed);
    const made = await convert(copy, { to: "pdf", outDir: dirname(xlsx), soffice });
    io.stdout(`Ditulis: ${made} (LibreOffice, ${detik((performance.now() - started) / 1000)})`);
  } catch (e) {
    const note = dropStale();
    io.stderr(`Peringatan: PDF tidak dibuat: ${pdfProblem(e)}${note ? `. ${note}` : ""}`);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Saves `workbook` with every sheet but the printed ones hidden, and on a triwulan sheet the columns
 * its printed page leaves out (core/plan/columns.ts, found from the header as the sheet shows
 * it); the workbook itself is left as it was.
 */
export async function savePrintCopy(workbook: ExcelJS.Workbook, path: string, printed: PrintedSheets): Promise<void> {
  const names = new Set(printedNames(printed).map(sheetKey));
  const states = workbook.worksheets.map((ws) => [ws, ws.state] as const);
  const columns = workbook.worksheets
    .filter((ws) => names.has(sheetKey(ws.name)))
    .flatMap((ws) => printHiddenFromHeader(headerValues(ws)).map((c) => ws.getColumn(c + 1)))
    .filter((column) => !column.hidden);
  try {
    for (const [ws] of states) if (!names.has(sheetKey(ws.name))) ws.state = "hidden";
    for (const column of columns) column.hidden = true;
    await saveWorkbook(workbook, path);
  } finally {
    for (const [ws, state] of states) ws.state = state;
    for (const column of columns) column.hidden = false;
  }
}

/** The values of a sheet's first rows, where the form's table header is (row 8 on a jabatan sheet). */
function headerValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS); r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1).value));
  }
  return rows;
}

/** How far down the table header is looked for: the form's top rows, with room for rows a user inserted. */
const HEADER_SEARCH_ROWS = 40;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
