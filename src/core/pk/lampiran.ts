/**
 * The PK's lampiran tables: No · Sasaran · Indikator Kinerja · Target (a sasaran merged over its
 * indicators), and the program table with its total when PROGRAM has lines for the jabatan. Pure.
 */
import type { Catalog, Indikator, Jabatan } from "../catalog/model";
import type { SheetBuilder } from "../plan/builder";
import type { ColumnPlan } from "../sheet/types";
import { DOTS, PK_WIDTHS, S, WIDTH } from "./look";

const TABLE_COLUMNS: ColumnPlan[] = [
  { key: "no", header: ["No"], width: PK_WIDTHS[0], input: false },
  { key: "sasaran", header: ["Sasaran"], width: PK_WIDTHS[1], input: false },
  { key: "indikator", header: ["Indikator Kinerja"], width: PK_WIDTHS[2], input: false },
  { key: "indikator2", header: [""], width: PK_WIDTHS[3], input: false },
  { key: "target", header: ["Target"], width: PK_WIDTHS[4], input: false },
  { key: "target2", header: [""], width: PK_WIDTHS[5], input: false },
];

/** A table's header row: each label over its columns (first column, how many), merged, in the header's look. */
function tableHeader(b: SheetBuilder, row: number, labels: readonly [number, number, string][]): void {
  for (const [col, cols, label] of labels) {
    for (let c = col; c < col + cols; c++) b.set(row, c, { style: S.th });
    b.set(row, col, { value: label, style: S.th });
    b.merge({ row, col, rows: 1, cols });
  }
}

/** The lampiran's first table: No · Sasaran · Indikator Kinerja · Target, a sasaran merged over its indicators. */
export function sasaranTable(b: SheetBuilder, headerRow: number, jabatan: Jabatan, tahun: number) {
  tableHeader(b, headerRow, [
    [0, 1, "No"],
    [1, 1, "Sasaran"],
    [2, 2, "Indikator Kinerja"],
    [4, 2, "Target"],
  ]);
  const indikatorRows: Record<string, number> = {};
  let row = headerRow + 1;
  jabatan.sasaran.forEach((sasaran, n) => {
    const rows = Math.max(1, sasaran.indikator.length);
    b.set(row, 0, { value: n + 1, style: S.center });
    b.set(row, 1, { value: sasaran.nama, style: S.td });
    b.merge({ row, col: 0, rows, cols: 1 });
    b.merge({ row, col: 1, rows, cols: 1 });
    const items: (Indikator | null)[] = sasaran.indikator.length ? sasaran.indikator : [null];
    items.forEach((indikator, i) => {
      const r = row + i;
      b.set(r, 2, { value: indikator?.nama ?? "-", style: S.td });
      b.merge({ row: r, col: 2, rows: 1, cols: 2 });
      b.set(r, 4, { value: indikator ? targetText(indikator, tahun) : "-", style: S.center });
      b.merge({ row: r, col: 4, rows: 1, cols: 2 });
      if (indikator) indikatorRows[indikator.id] = r;
    });
    row += rows;
  });
  b.borders.push({ row: headerRow, col: 0, rows: row - headerRow, cols: WIDTH });
  return { headerRow, lastRow: row - 1, end: row, indikatorRows, columns: TABLE_COLUMNS };
}

/** The target of `tahun` with its satuan ("75%", "92,5 indeks", "Nindya"); a dotted line while there is none. */
export function targetText(indikator: Indikator, tahun: number): string {
  const value = indikator.target[String(tahun)];
  const satuan = indikator.satuan.trim();
  if (indikator.jenis === "status") return value === undefined || value === "" ? DOTS.slice(0, 12) : String(value);
  const shown = value === undefined || value === "" ? DOTS.slice(0, 12) : String(value).replace(".", ",");
  if (!satuan) return shown;
  return satuan === "%" ? `${shown}%` : `${shown} ${satuan}`;
}

/** "12.500.000.000": rupiah as Indonesians write it, whatever the program's locale. */
export function rupiahText(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** The program table with its total, when PROGRAM has lines for the jabatan; returns the row after it (or `top - 1`). */
export function programTable(b: SheetBuilder, top: number, catalog: Catalog, kode: string, tahun: number): number {
  const lines = (catalog.program ?? []).filter((p) => p.kode === kode);
  if (lines.length === 0) return top - 1;
  tableHeader(b, top, [
    [0, 1, "No"],
    [1, 3, "Program / Kegiatan / Sub Kegiatan"],
    [4, 1, "Anggaran (Rp)"],
    [5, 1, "Keterangan"],
  ]);
  let total = 0;
  lines.forEach((line, i) => {
    const row = top + 1 + i;
    const anggaran = line.anggaran[String(tahun)];
    if (anggaran !== undefined) total += anggaran;
    b.set(row, 0, { value: i + 1, style: S.center });
    b.set(row, 1, { value: line.nama, style: S.td });
    b.merge({ row, col: 1, rows: 1, cols: 3 });
    b.set(row, 4, { value: anggaran === undefined ? "-" : rupiahText(anggaran), style: S.right });
    b.set(row, 5, { value: line.keterangan, style: S.td });
  });
  const totalRow = top + 1 + lines.length;
  b.set(totalRow, 0, { value: "Jumlah", style: S.total });
  b.merge({ row: totalRow, col: 0, rows: 1, cols: 4 });
  b.set(totalRow, 4, { value: rupiahText(total), style: S.total });
  b.set(totalRow, 5, { style: S.td });
  b.borders.push({ row: top, col: 0, rows: lines.length + 2, cols: WIDTH });
  return totalRow + 1;
}
