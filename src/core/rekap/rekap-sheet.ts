import type { Catalog, Jabatan } from "../catalog/model";
import { predikatFormula } from "../formulas/twins";
import { buktiSheetName, rekapSheetName, sheetName } from "../naming";
import { SheetBuilder } from "../plan/builder";
import { columnIndex, TRIWULAN } from "../plan/columns";
import { predikatRules } from "../plan/predikat-rules";
import { type RekapSource, standardSource } from "../plan/rekap-keys";
import { signatureBlock } from "../plan/signature";
import { STYLE } from "../plan/styles";
import type { Skala } from "../rules/predikat";
import { a1, columnOf } from "../sheet/a1";
import type { ColumnPlan, Periode, SheetPlan } from "../sheet/types";
import { type BuktiPeriod, buktiPeriods, buktiRowId, periodEnd } from "./bukti-periods";
import { BUKTI_AT, VERIFIKASI_SESUAI } from "./bukti-sheet";

export const REKAP_TITLE = "REKAPITULASI CAPAIAN INDIKATOR KINERJA INDIVIDU (IKI)";

const COLUMNS = [
  { key: "no", label: "No", width: 36 },
  { key: "jabatan", label: "Jabatan", width: 135 },
  { key: "sasaran", label: "Sasaran / Kinerja Utama", width: 200 },
  { key: "indikator", label: "Indikator Kinerja", width: 260 },
  { key: "satuan", label: "Satuan", width: 55 },
  { key: "target", label: "Target", width: 80 },
  { key: "realisasi", label: "Realisasi", width: 85 },
  { key: "capaian", label: "Capaian (%)", width: 85 },
  { key: "predikat", label: "Predikat", width: 100 },
] as const;
/** A triwulan REKAP also says, per indicator, the latest quarter reported. */
const TRIWULAN_TERAKHIR = { key: "triwulanTerakhir", label: "Triwulan Terakhir", width: 80 } as const;
const ID = { key: "id", label: "ID", width: 90 } as const;
/**
 * Per indicator, from the year's BUKTI sheet: periods due so far that have evidence / periods due so far,
 * and periods verified "Sesuai". On screen only: the signed REKAP prints as before, the BUKTI sheet is the
 * evidence's own printout (README "Peran dan bukti dukung").
 */
export const REKAP_BUKTI_COLUMNS = [
  { key: "bukti", label: "Bukti", width: 60 },
  { key: "terverifikasi", label: "Terverifikasi", width: 85 },
] as const;

/** The REKAP's table columns for a periode (the hidden id last); `bukti: false`, as written before the BUKTI sheet. */
export function rekapColumns(periode: Periode, options: { bukti?: boolean } = {}): ColumnPlan[] {
  const bukti = options.bukti === false ? [] : REKAP_BUKTI_COLUMNS;
  const columns = [...COLUMNS, ...(periode === "triwulan" ? [TRIWULAN_TERAKHIR] : []), ...bukti, ID];
  return columns.map((c) => ({ key: c.key, header: [c.label], width: c.width, input: false }));
}

/** An indicator's BUKTI rows where the conditions hold: `COUNTIFS(<column>,"<value>",…)` on the BUKTI sheet. */
function buktiCount(tahun: number, conditions: readonly [number, string][]): string {
  const sheet = buktiSheetName(tahun);
  return `COUNTIFS(${conditions.map(([col, value]) => `${columnOf(sheet, col)},"${value}"`).join(",")})`;
}

/** 1 once the period has ended (its last day included), else 0. */
const ended = (tahun: number, period: BuktiPeriod) => {
  const { y, m, d } = periodEnd(tahun, period);
  return `(TODAY()>=DATE(${y},${m},${d}))*1`;
};

/** "periods due with evidence/periods due" for one indicator ("" when the BUKTI sheet is gone). */
export function buktiFormula(tahun: number, periode: Periode, id: string): string {
  const periods = buktiPeriods(periode);
  const withEvidence = periods.map(
    (p) =>
      `${buktiCount(tahun, [
        [BUKTI_AT.id, buktiRowId(id, p)],
        [BUKTI_AT.bukti, "<>"],
      ])}*${ended(tahun, p)}`,
  );
  return `=IFERROR((${withEvidence.join("+")})&"/"&(${periods.map((p) => ended(tahun, p)).join("+")}),"")`;
}

/** The indicator's periods verified "Sesuai". */
export function terverifikasiFormula(tahun: number, periode: Periode, id: string): string {
  const sesuai = buktiPeriods(periode).map((p) =>
    buktiCount(tahun, [
      [BUKTI_AT.id, buktiRowId(id, p)],
      [BUKTI_AT.verifikasi, VERIFIKASI_SESUAI],
    ]),
  );
  return `=IFERROR(${sesuai.join("+")},"")`;
}

/**
 * Looks a value up on a jabatan sheet by indicator id, not by row, so the REKAP
 * stays right when users insert or sort rows there. Blank stays blank (not 0).
 */
export function lookupFormula(sheet: string, idCol: number, valueCol: number, id: string): string {
  const found = `INDEX(${columnOf(sheet, valueCol)},MATCH("${id}",${columnOf(sheet, idCol)},0))`;
  return `=IFERROR(IF(${found}="","",${found}),"")`;
}

/**
 * The latest quarter whose realisasi is filled in on a triwulan jabatan sheet ("TW II"), by indicator id;
 * blank when none is, or the indicator is not there.
 */
export function latestQuarterFormula(sheet: string, idCol: number, realisasiCols: readonly number[], id: string): string {
  const match = `MATCH("${id}",${columnOf(sheet, idCol)},0)`;
  const nested = realisasiCols.reduce(
    (inner, col, i) => `IF(INDEX(${columnOf(sheet, col)},${match})<>"","${TRIWULAN[i]?.label}",${inner})`,
    '""',
  );
  return `=IFERROR(${nested},"")`;
}

/** The year's REKAP: every indicator of the chosen jabatan, the average capaian per jabatan, and a chart. */
/** Shown in a REKAP row whose jabatan sheet cannot be read (its columns not found): never a silent blank. */
export const TAK_TERBACA = "lembar tidak terbaca";

/**
 * `sources`: where each jabatan sheet already there has the columns the REKAP reads (rekap-sources.ts),
 * by kode; null for a sheet that cannot be read; a kode left out is in today's layout (written now).
 */
export function rekapSheet(
  catalog: Catalog,
  jabatan: readonly Jabatan[],
  tahun: number,
  periode: Periode,
  sources: ReadonlyMap<string, RekapSource | null> = new Map(),
): SheetPlan {
  const skala: Skala = catalog.instansi.skala;
  const columns = rekapColumns(periode);
  const at = (key: string) => columnIndex(columns, key);
  const b = new SheetBuilder(columns.length);
  const lastVisible = columns.length - 2;
  // The title spans the printed columns (the BUKTI counts are on screen only).
  const printedEnd = at(periode === "triwulan" ? TRIWULAN_TERAKHIR.key : "predikat");
  const full = { col: 0, cols: printedEnd + 1, rows: 1 };
  b.set(0, 0, { value: REKAP_TITLE, style: STYLE.title });
  b.set(1, 0, { value: `TAHUN ${tahun}`, style: STYLE.subtitle });
  b.set(2, 0, { value: catalog.instansi.nama, style: STYLE.subtitle });
  [0, 1, 2].forEach((row) => b.merge({ row, ...full }));
  b.rowHeights[0] = 30;

  const headerRow = 4;
  columns.forEach((c, col) => {
    b.set(headerRow, col, { value: c.header[0], style: STYLE.header });
    b.set(
      headerRow + 1,
      col,
      col <= printedEnd || c.key === "id" ? { value: col + 1, style: STYLE.numbering } : { style: STYLE.numbering },
    );
  });
  const firstRow = headerRow + 2;

  // Source columns on each jabatan sheet: today's layout, or where the sheet has them.
  const standard = standardSource(periode);
  const ranges: { jabatan: Jabatan; from: number; to: number }[] = [];
  const indikatorRows: Record<string, number> = {};
  let row = firstRow;
  for (const j of jabatan) {
    const from = row;
    const sheet = sheetName(tahun, j.kode);
    const source = sources.has(j.kode) ? sources.get(j.kode) : standard;
    const src = (key: string) => source?.[key] as number;
    for (const sasaran of j.sasaran) {
      for (const indikator of sasaran.indikator) {
        b.set(row, at("no"), { value: row - firstRow + 1, style: STYLE.center });
        b.set(row, at("jabatan"), { value: j.kode, style: STYLE.body });
        b.set(row, at("sasaran"), { value: sasaran.nama, style: STYLE.body });
        b.set(row, at("indikator"), { value: indikator.nama, style: STYLE.body });
        b.set(row, at("satuan"), { value: indikator.satuan, style: STYLE.center });
        for (const key of ["target", "realisasi", "capaian"] as const) {
          const text = key === "target" || indikator.jenis === "status" ? STYLE.computedText : STYLE.computed;
          const style = key === "capaian" ? STYLE.computed : text;
          // A sheet whose columns were not found says so where its values would be.
          const cell = source
            ? { formula: lookupFormula(sheet, src("id"), src(key), indikator.id), style }
            : { value: key === "capaian" ? "" : TAK_TERBACA, style: STYLE.computedText };
          b.computed(row, at(key), cell);
        }
        b.computed(row, at("predikat"), { formula: predikatFormula(a1(row, at("capaian")), skala), style: STYLE.computedText });
        if (periode === "triwulan" && !source)
          b.computed(row, at(TRIWULAN_TERAKHIR.key), { value: TAK_TERBACA, style: STYLE.computedText });
        else if (periode === "triwulan") {
          const realisasi = TRIWULAN.map((q) => src(`${q.key}.realisasi`));
          const formula = latestQuarterFormula(sheet, src("id"), realisasi, indikator.id);
          b.computed(row, at(TRIWULAN_TERAKHIR.key), { formula, style: STYLE.computedText });
        }
        b.computed(row, at("bukti"), { formula: buktiFormula(tahun, periode, indikator.id), style: STYLE.computedText });
        b.computed(row, at("terverifikasi"), { formula: terverifikasiFormula(tahun, periode, indikator.id), style: STYLE.computedText });
        b.set(row, at("id"), { value: indikator.id });
        indikatorRows[indikator.id] = row;
        row++;
      }
    }
    if (row > from) ranges.push({ jabatan: j, from, to: row - 1 });
  }
  const lastRow = row - 1;
  b.borders.push({ row: headerRow, col: 0, rows: lastRow - headerRow + 1, cols: lastVisible + 1 });

  const averagesTop = lastRow + 2;
  const summary = averageTable(b, at, ranges, averagesTop, skala);
  // The REKAP is always signed by the head of office (PENGATURAN), under the averages; in the same columns
  // for both periodes, so a year switched between them finds its signature where it was.
  const signatureTop = summary.firstRow + ranges.length + 1;
  const printedWidth = (from: number, to: number) => columns.slice(from, to + 1).reduce((sum, c) => sum + c.width, 0);
  const signature = signatureBlock(b, catalog.instansi, undefined, {
    top: signatureTop,
    right: at("target") + 3,
    minCols: 4,
    printedWidth,
  });
  const predikatCol = at("predikat");
  const rules = [
    ...predikatRules({ row: firstRow, col: predikatCol, rows: Math.max(1, lastRow - firstRow + 1), cols: 1 }, skala),
    ...predikatRules({ row: summary.firstRow, col: predikatCol, rows: Math.max(1, ranges.length), cols: 1 }, skala),
  ];

  return b.finish({
    name: rekapSheetName(tahun),
    kind: "rekap",
    columnWidths: columns.map((c) => c.width),
    hiddenColumns: [at("id")],
    printHiddenColumns: REKAP_BUKTI_COLUMNS.map((c) => at(c.key)),
    frozenRows: firstRow,
    protectedAreas: b.computedAreas().map((area) => ({ ...area, description: "REKAP dihitung otomatis dari lembar jabatan" })),
    conditionalRules: rules,
    indikatorRows,
    // Signed under the averages: they, not the indicator table, print with the signature.
    signature,
    signedRows: { headerRow: averagesTop, firstRow: summary.firstRow, lastRow: summary.firstRow + ranges.length - 1 },
    table: {
      headerRow,
      headerRows: 2,
      firstRow,
      lastRow,
      columns,
      idColumn: at("id"),
    },
    charts: ranges.length
      ? [
          {
            title: `Rata-rata capaian per jabatan, ${tahun} (%)`,
            labels: { row: summary.firstRow, col: at("jabatan"), rows: ranges.length, cols: 1 },
            values: { row: summary.firstRow, col: at("capaian"), rows: ranges.length, cols: 1 },
            anchor: { row: signature.row + signature.rows + 2, col: at("jabatan") },
            width: 720,
            height: 320,
          },
        ]
      : [],
  });
}

/** Average capaian per jabatan, over the indicators that have a capaian (AVERAGE skips text and blanks). */
function averageTable(
  b: SheetBuilder,
  at: (key: string) => number,
  ranges: { jabatan: Jabatan; from: number; to: number }[],
  top: number,
  skala: Skala,
): { firstRow: number } {
  const capaianCol = at("capaian");
  b.set(top, 0, { value: "RATA-RATA CAPAIAN PER JABATAN", style: STYLE.label });
  b.merge({ row: top, col: 0, rows: 1, cols: 4 });
  const header = top + 1;
  const labels: [number, string, number][] = [
    [at("no"), "No", 1],
    [at("jabatan"), "Jabatan", 1],
    [at("sasaran"), "Nama Jabatan", 3],
    [at("target"), "Indikator Berisi Capaian", 2],
    [capaianCol, "Rata-rata Capaian (%)", 1],
    [at("predikat"), "Predikat", 1],
  ];
  for (const [col, label, span] of labels) {
    for (let c = col; c < col + span; c++) b.set(header, c, { style: STYLE.header });
    b.set(header, col, { value: label, style: STYLE.header });
    b.merge({ row: header, col, rows: 1, cols: span });
  }
  ranges.forEach(({ jabatan, from, to }, i) => {
    const row = header + 1 + i;
    const capaian = `${a1(from, capaianCol)}:${a1(to, capaianCol)}`;
    b.set(row, at("no"), { value: i + 1, style: STYLE.center });
    b.set(row, at("jabatan"), { value: jabatan.kode, style: STYLE.body });
    b.set(row, at("sasaran"), { value: jabatan.nama, style: STYLE.body });
    b.merge({ row, col: at("sasaran"), rows: 1, cols: 3 });
    b.computed(row, at("target"), { formula: `=COUNT(${capaian})&" dari ${to - from + 1}"`, style: STYLE.computedText });
    b.merge({ row, col: at("target"), rows: 1, cols: 2 });
    b.computed(row, capaianCol, { formula: `=IF(COUNT(${capaian})=0,"",AVERAGE(${capaian}))`, style: STYLE.computed });
    b.computed(row, at("predikat"), { formula: predikatFormula(a1(row, capaianCol), skala), style: STYLE.computedText });
  });
  b.borders.push({ row: header, col: 0, rows: ranges.length + 1, cols: at("predikat") + 1 });
  return { firstRow: header + 1 };
}
