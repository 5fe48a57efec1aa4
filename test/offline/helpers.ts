/**
 * Shared helpers of the offline tests: the command run in-process with its output
 * captured, a stand-in `soffice` (a shell script, so PDF cases need no LibreOffice),
 * and editing a written workbook with ExcelJS as a user's spreadsheet program would.
 */

import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { SheetPlan, YearPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { type CliIo, main } from "../../src/offline/cli";
import { RECORD_SHEET } from "../../src/offline/xlsx/records";

export interface Ran {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** 15 March 2027, 10:30:00 in Jakarta. */
export const NOW = new Date("2027-03-15T03:30:00Z");

/** Runs `npm start -- <args>` in-process from `cwd`; `soffice`: a path, or null for "not installed". */
export async function runCli(args: string[], cwd: string, options: { soffice?: string | null; now?: Date } = {}): Promise<Ran> {
  const ran: Ran = { code: -1, stdout: [], stderr: [] };
  const io: CliIo = {
    stdout: (line) => ran.stdout.push(line),
    stderr: (line) => ran.stderr.push(line),
    cwd,
    now: () => options.now ?? NOW,
    soffice: () => (options.soffice === undefined ? null : options.soffice),
  };
  ran.code = await main(args, io);
  return ran;
}

/**
 * A stand-in for LibreOffice: "ok" writes a small PDF named after the input into
 * --outdir; "fails" prints an English error, as soffice does, and exits 1.
 */
export function fakeSoffice(dir: string, mode: "ok" | "fails"): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `soffice-${mode}`);
  const script =
    mode === "ok"
      ? `#!/bin/sh
out=""; input=""
while [ $# -gt 0 ]; do
  case "$1" in --outdir) out="$2"; shift ;; *) input="$1" ;; esac
  shift
done
name=$(basename "$input" .xlsx)
printf '%%PDF-1.4 palsu\\n' > "$out/$name.pdf"
`
      : `#!/bin/sh
echo "Error: source file could not be loaded" >&2
exit 1
`;
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return path;
}

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Opens a workbook, lets `edit` change it, saves it in place (what a user does in a spreadsheet program). */
export async function editBook(path: string, edit: (book: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const book = await readBook(path);
  await edit(book);
  await book.xlsx.writeFile(path);
}

export function planOf(tahun: number, periode: "tahunan" | "triwulan" = "tahunan", jabatan?: string[]): YearPlan {
  return buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun, periode, jabatan });
}

export function sheetOf(plan: YearPlan, kode: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.kode === kode || (kode === "REKAP" && s.kind === "rekap"));
  if (!sheet) throw new Error(`lembar ${kode} tidak ada`);
  return sheet;
}

/** 1-based row and column of an indicator's cell in a jabatan sheet (row by id, column by key). */
export function cellOf(sheet: SheetPlan, id: string, key: string): { row: number; col: number } {
  const row = sheet.indikatorRows[id];
  const col = sheet.table.columns.findIndex((c) => c.key === key);
  if (row === undefined || col < 0) throw new Error(`${sheet.name}: ${id} ${key} tidak ada`);
  return { row: row + 1, col: col + 1 };
}

/** Every non-empty value of a worksheet, as [row, col, value] (1-based), merged-away cells left out. */
export function valuesOf(ws: ExcelJS.Worksheet): [number, number, unknown][] {
  const out: [number, number, unknown][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (cell.value !== null && cell.value !== "") out.push([r, c, cell.value]);
    }),
  );
  return out;
}

/** The sheets a user works with: all but the hidden record of what was written (src/offline/records.ts). */
export function listedSheets(book: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return book.worksheets.filter((ws) => !(ws.name === RECORD_SHEET && ws.state !== "visible"));
}

/** A fresh folder per test under one temporary root, removed after the file's tests. */
export function testFolders(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const dir = join(root, `t${++n}`);
    mkdirSync(dir);
    return dir;
  };
}

/** A year made by the command in a fresh folder, its record sheet then removed (a workbook made before records). */
export async function withoutRecords(dir: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
  const xlsx = join(dir, "IKI-2027.xlsx");
  await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
  await editBook(xlsx, (book) => {
    const ws = book.getWorksheet(RECORD_SHEET);
    if (ws) book.removeWorksheet(ws.id);
    edit(book);
  });
  return xlsx;
}
