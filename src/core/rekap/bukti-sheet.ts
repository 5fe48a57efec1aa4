/**
 * The year's evidence index, `<tahun> BUKTI` (README "Peran dan bukti dukung"): one row per indicator
 * and period, in catalog order. The jabatan's pengisi link their evidence (Bukti Dukung); the pengelola
 * checks it (Verifikasi, Catatan Verifikator). Rows are matched by `<indikator id>:<period>` across
 * re-runs, so what was typed stays with its indicator and period whatever the catalog or the users do.
 * It prints as the *daftar bukti dukung* evaluators ask for: A4 landscape, links as text.
 */
import type { Catalog, Jabatan } from "../catalog/model";
import { buktiSheetName } from "../naming";
import { SheetBuilder } from "../plan/builder";
import { columnIndex } from "../plan/columns";
import { COLOR, PREDIKAT_COLORS, STYLE } from "../plan/styles";
import type { ColumnPlan, Periode, SheetPlan } from "../sheet/types";
import { buktiPeriods, buktiRowId } from "./bukti-periods";
import { LINKS_HELP } from "./links";

export const BUKTI_TITLE = "DAFTAR BUKTI DUKUNG INDIKATOR KINERJA INDIVIDU (IKI)";

/** What the pengelola records per row; blank reads as not checked yet. */
export const VERIFIKASI = ["Belum diperiksa", "Sesuai", "Perlu perbaikan"] as const;
export const VERIFIKASI_SESUAI = "Sesuai";

const VERIFIKASI_HELP = `Diisi pengelola/verifikator: ${VERIFIKASI.join(", ")}. Kosong = belum diperiksa.`;
const CATATAN_HELP = "Diisi pengelola/verifikator: apa yang perlu diperbaiki atau dilengkapi.";

/** The table's columns; the last hidden: the row's id (`<indikator id>:<period>`). */
const COLUMNS = [
  { key: "no", label: "No", width: 36 },
  { key: "jabatan", label: "Jabatan", width: 110 },
  { key: "indikator", label: "Indikator Kinerja", width: 250 },
  { key: "periode", label: "Periode", width: 70 },
  { key: "bukti", label: "Bukti Dukung", width: 300, input: true },
  { key: "verifikasi", label: "Verifikasi", width: 110, input: true },
  { key: "catatan", label: "Catatan Verifikator", width: 200, input: true },
  { key: "id", label: "ID", width: 90 },
] as const;

export function buktiColumns(): ColumnPlan[] {
  return COLUMNS.map((c) => ({ key: c.key, header: [c.label], width: c.width, input: "input" in c }));
}

/** Where the REKAP reads the BUKTI sheet (its formulas count rows by their id, `<indikator id>:<period>`). */
export const BUKTI_AT = Object.fromEntries(buktiColumns().map((c, i) => [c.key, i])) as Record<(typeof COLUMNS)[number]["key"], number>;

export function buktiSheet(catalog: Catalog, jabatan: readonly Jabatan[], tahun: number, periode: Periode): SheetPlan {
  const columns = buktiColumns();
  const at = (key: string) => columnIndex(columns, key);
  const b = new SheetBuilder(columns.length);
  const visible = at("id");
  b.set(0, 0, { value: BUKTI_TITLE, style: STYLE.title });
  b.set(1, 0, { value: `TAHUN ${tahun}`, style: STYLE.subtitle });
  b.set(2, 0, { value: catalog.instansi.nama, style: STYLE.subtitle });
  for (const row of [0, 1, 2]) b.merge({ row, col: 0, rows: 1, cols: visible });
  b.rowHeights[0] = 30;

  const headerRow = 4;
  columns.forEach((c, col) => {
    b.set(headerRow, col, { value: c.header[0], style: STYLE.header });
    b.set(headerRow + 1, col, col < visible ? { value: col + 1, style: STYLE.numbering } : { style: STYLE.numbering });
  });
  const firstRow = headerRow + 2;
  const indikatorRows: Record<string, number> = {};
  let row = firstRow;
  for (const j of jabatan) {
    for (const sasaran of j.sasaran) {
      for (const indikator of sasaran.indikator) {
        for (const period of buktiPeriods(periode)) {
          const id = buktiRowId(indikator.id, period);
          b.set(row, at("no"), { value: row - firstRow + 1, style: STYLE.center });
          b.set(row, at("jabatan"), { value: j.kode, style: STYLE.body });
          b.set(row, at("indikator"), { value: indikator.nama, style: STYLE.body });
          b.set(row, at("periode"), { value: period.label, style: STYLE.center });
          b.input(row, at("bukti"), { kind: "links", help: LINKS_HELP }, { style: STYLE.inputText }, j.kode);
          b.input(row, at("verifikasi"), { kind: "list", values: VERIFIKASI, help: VERIFIKASI_HELP }, { style: STYLE.inputText });
          b.input(row, at("catatan"), { kind: "text", help: CATATAN_HELP }, { style: STYLE.inputText });
          b.set(row, at("id"), { value: id });
          indikatorRows[id] = row;
          row++;
        }
      }
    }
  }
  const lastRow = row - 1;
  const rows = Math.max(1, lastRow - firstRow + 1);
  b.ensureRow(Math.max(lastRow, headerRow + 1));
  b.borders.push({ row: headerRow, col: 0, rows: lastRow - headerRow + 1, cols: visible });
  const verifikasi = { row: firstRow, col: at("verifikasi"), rows, cols: 1 };
  return b.finish({
    name: buktiSheetName(tahun),
    kind: "bukti",
    columnWidths: columns.map((c) => c.width),
    hiddenColumns: [at("id")],
    frozenRows: headerRow + 1,
    // Everything but the three input columns: the title and header, and each row's jabatan, indikator,
    // periode and hidden id. One hidden column, of text: LibreOffice prints a hidden column's number as
    // "###", and the text of the first of two hidden columns over the page's edge.
    protectedAreas: [
      { row: 0, col: 0, rows: firstRow, cols: columns.length },
      { row: firstRow, col: 0, rows, cols: at("bukti") },
      { row: firstRow, col: visible, rows, cols: columns.length - visible },
    ].map((area) => ({ ...area, description: "Daftar bukti dukung: jabatan, indikator dan periode ditulis IKI Sheets" })),
    conditionalRules: [
      { area: verifikasi, text: VERIFIKASI_SESUAI, ...(PREDIKAT_COLORS[0] as { background: string; fontColor: string }) },
      { area: verifikasi, text: "Perlu perbaikan", ...(PREDIKAT_COLORS[4] as { background: string; fontColor: string }) },
      { area: verifikasi, text: "Belum diperiksa", background: COLOR.computedFill, fontColor: "#595959" },
    ],
    indikatorRows,
    table: { headerRow, headerRows: 2, firstRow, lastRow, columns, idColumn: at("id") },
    charts: [],
  });
}
