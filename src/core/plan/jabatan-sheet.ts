import type { Indikator, Instansi, Jabatan } from "../catalog/model";
import { sheetName } from "../naming";
import { textHeightPx } from "../print/text-height";
import type { Skala } from "../rules/predikat";
import type { ColumnPlan, Periode, SheetPlan } from "../sheet/types";
import { SheetBuilder } from "./builder";
import { columnIndex, headerRows, type IndikatorColumn, printHiddenColumns, tableColumns } from "./columns";
import { indikatorCells } from "./indikator-cells";
import { legendRow } from "./legend";
import { predikatRules } from "./predikat-rules";
import { signatureBlock } from "./signature";
import { STYLE } from "./styles";
import { wordWidths } from "./word-widths";

export const TITLE = "INDIKATOR KINERJA INDIVIDU (IKI)";
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** A lettered list as one multi-line cell ("a. …\nb. …"), as the seed prints it. */
export function lettered(items: readonly string[]): string {
  return items.map((item, i) => `${LETTERS[i] ?? i + 1}. ${item}`).join("\n");
}

/** The jabatan's sheet, laid out like the official IKI form. */
export function jabatanSheet(instansi: Instansi, jabatan: Jabatan, tahun: number, periode: Periode): SheetPlan {
  const skala: Skala = instansi.skala;
  const columns = tableColumns(periode);
  const idColumn = columnIndex(columns, "id");
  const lastVisible = idColumn - 1;
  const b = new SheetBuilder(columns.length);
  // Widths as printed: a triwulan sheet's print leaves columns out (columns.ts), so merged text is sized
  // for the narrower printed width (on screen it has room to spare).
  const printHidden = new Set(printHiddenColumns(columns));
  // No word of the catalog's texts broken inside: text columns as wide as their longest word (word-widths.ts).
  const indikator = jabatan.sasaran.flatMap((s) => s.indikator);
  const widths = wordWidths(
    columns,
    {
      sasaran: jabatan.sasaran.map((s) => s.nama),
      indikator: indikator.map((i) => i.nama),
      satuan: indikator.map((i) => i.satuan),
      formulasi: indikator.map((i) => i.formulasi),
      sumber: [...indikator.map((i) => i.sumberData), ...jabatan.sasaran.map((s) => s.sumberData ?? "")],
    },
    (c) => !printHidden.has(c) && !columns[c]?.hidden,
  );
  const widthOf = (from: number, to: number) =>
    widths.slice(from, to + 1).reduce((sum, w, i) => sum + (printHidden.has(from + i) ? 0 : w), 0);
  const fullWidth = { col: 0, cols: lastVisible + 1 };

  b.set(0, 0, { value: TITLE, style: STYLE.title });
  b.set(1, 0, { value: `TAHUN ${tahun}`, style: STYLE.subtitle });
  b.merge({ row: 0, rows: 1, ...fullWidth });
  b.merge({ row: 1, rows: 1, ...fullWidth });
  b.rowHeights[0] = 30;

  // Form header: label in the first two columns, text across the rest (merged cells do not grow, so heights are set).
  const valueWidth = widthOf(2, lastVisible);
  const header: [string, string][] = [
    ["1. JABATAN", jabatan.nama],
    ["2. TUGAS", typeof jabatan.tugas === "string" ? jabatan.tugas : lettered(jabatan.tugas)],
    ["3. FUNGSI", lettered(jabatan.fungsi)],
  ];
  header.forEach(([label, text], i) => {
    const row = 3 + i;
    b.set(row, 0, { value: label, style: STYLE.label });
    b.set(row, 2, text ? { value: text, style: STYLE.text } : { style: STYLE.text });
    b.merge({ row, col: 0, rows: 1, cols: 2 });
    b.merge({ row, col: 2, rows: 1, cols: lastVisible - 1 });
    b.rowHeights[row] = textHeightPx(text, valueWidth, STYLE.text);
  });

  const headerRow = 7;
  const headerRows = writeTableHeader(b, columns, headerRow, periode);
  const firstRow = headerRow + headerRows;

  // Table body: one row per indicator; a sasaran spans its rows; a sasaran without indicator keeps one row.
  const indikatorRows: Record<string, number> = {};
  let row = firstRow;
  let no = 1;
  for (const sasaran of jabatan.sasaran) {
    const span = Math.max(1, sasaran.indikator.length);
    b.set(row, columnIndex(columns, "sasaran"), { value: sasaran.nama, style: STYLE.body });
    b.merge({ row, col: columnIndex(columns, "sasaran"), rows: span, cols: 1 });
    if (sasaran.indikator.length === 0) {
      emptySasaranRow(b, columns, row, no++, sasaran.sumberData ?? "");
    }
    sasaran.indikator.forEach((indikator, i) => {
      indikatorRow(b, columns, row + i, no++, indikator, tahun, periode, skala);
      indikatorRows[indikator.id] = row + i;
    });
    row += span;
  }
  const lastRow = row - 1;
  b.borders.push({ row: headerRow, col: 0, rows: lastRow - headerRow + 1, cols: lastVisible + 1 });

  const signature = signatureBlock(b, instansi, jabatan, { top: lastRow + 3, right: lastVisible, minCols: 4, printedWidth: widthOf });
  const signed = signature.row + signature.rows - 1;
  const legend = legendRow(b, signed + 2, widths.slice(0, idColumn));

  return b.finish({
    name: sheetName(tahun, jabatan.kode),
    kind: "jabatan",
    kode: jabatan.kode,
    columnWidths: widths,
    hiddenColumns: columns.flatMap((c, i) => (c.hidden ? [i] : [])),
    printHiddenColumns: [...printHidden],
    // Sheets freezes rows from the top only, and its PDF export repeats frozen rows on
    // every page: freezing down to the table header would repeat tugas and fungsi.
    // So the form freezes nothing; the table header (print.ts repeatRows) is repeated by
    // the .xlsx, and the REKAP, whose header is near the top, freezes it.
    frozenRows: 0,
    protectedAreas: b.computedAreas().map((area) => ({ ...area, description: "Dihitung otomatis oleh IKI Sheets" })),
    conditionalRules: predikatRules(
      { row: firstRow, col: columnIndex(columns, "predikat"), rows: Math.max(1, lastRow - firstRow + 1), cols: 1 },
      skala,
    ),
    indikatorRows,
    table: { headerRow, headerRows, firstRow, lastRow, columns, idColumn },
    charts: [],
    legend,
    signature,
  });
}

/** Header labels (one row, or group + label for triwulan), then the seed's column-number row. Returns the row count. */
function writeTableHeader(b: SheetBuilder, columns: readonly ColumnPlan[], headerRow: number, periode: Periode): number {
  const rows = headerRows(columns);
  const labelRows = rows.length - 1;
  rows.forEach((row, i) =>
    row.forEach((value, col) => {
      const style = i === labelRows ? STYLE.numbering : STYLE.header;
      b.set(headerRow + i, col, value === "" ? { style } : { value, style });
    }),
  );
  columns.forEach((column, col) => {
    if (column.header.length === 1 && labelRows === 2) b.merge({ row: headerRow, col, rows: 2, cols: 1 });
  });
  // A group label (TW I … TW IV, Tahunan) spans its columns.
  rows[0]?.forEach((label, col) => {
    if (label === "" || columns[col]?.header.length !== 2) return;
    let span = 1;
    while (columns[col + span]?.header[0] === columns[col]?.header[0] && rows[0]?.[col + span] === "") span++;
    b.merge({ row: headerRow, col, rows: 1, cols: span });
  });
  b.rowHeights[headerRow] = periode === "triwulan" ? 24 : 40;
  // 9 pt prints at about 8 pt on the triwulan page (its printed columns: columns.ts), the body's 10 pt at about 9.
  if (periode === "triwulan") b.style({ row: headerRow, col: 0, rows: 2, cols: columns.length }, { fontSize: 9 });
  return labelRows + 1;
}

function emptySasaranRow(b: SheetBuilder, columns: readonly ColumnPlan[], row: number, no: number, sumber: string): void {
  b.set(row, columnIndex(columns, "no"), { value: no, style: STYLE.center });
  b.set(row, columnIndex(columns, "sumber"), { value: sumber, style: STYLE.body });
  const from = columnIndex(columns, "satuan");
  b.style({ row, col: from, rows: 1, cols: columnIndex(columns, "id") - from }, STYLE.unused);
}

function indikatorRow(
  b: SheetBuilder,
  columns: readonly IndikatorColumn[],
  row: number,
  no: number,
  indikator: Indikator,
  tahun: number,
  periode: Periode,
  skala: Skala,
): void {
  const at = (key: string) => columnIndex(columns, key);
  b.set(row, at("no"), { value: no, style: STYLE.center });
  b.set(row, at("indikator"), { value: indikator.nama, style: STYLE.body });
  b.set(row, at("formulasi"), { value: indikator.formulasi, style: STYLE.body });
  b.set(row, at("sumber"), { value: indikator.sumberData, style: STYLE.body });
  b.set(row, at("satuan"), { value: indikator.satuan, style: STYLE.center });
  b.set(row, at("id"), { value: indikator.id });
  indikatorCells(b, row, columns, indikator, tahun, periode, skala);
}
