import type { ColumnPlan, Periode } from "../sheet/types";

/** The quarters of a triwulan sheet, with the key prefix of their columns. */
export const TRIWULAN = [
  { key: "tw1", label: "TW I" },
  { key: "tw2", label: "TW II" },
  { key: "tw3", label: "TW III" },
  { key: "tw4", label: "TW IV" },
] as const;

const col = (key: string, header: string[], width: number, input: boolean): ColumnPlan => ({ key, header, width, input });

/** The group label over the year's columns of a triwulan sheet. */
export const TAHUNAN_GROUP = "Tahunan";

/**
 * The indicator table's columns (README, "The sidebar: preparing a year"): the tahunan labels exactly; a
 * triwulan sheet has Target, Pembilang, Penyebut, Realisasi and Capaian (%) under each quarter's label,
 * then the year's columns under "Tahunan". The year's keys are the tahunan ones, so a typed annual
 * target stays the year's when a sheet switches periode. The last column is the hidden indicator id.
 */
export function tableColumns(periode: Periode): ColumnPlan[] {
  if (periode === "tahunan") {
    return [
      col("no", ["No"], 36, false),
      col("sasaran", ["Sasaran / Kinerja Utama"], 170, false),
      col("indikator", ["Indikator Kinerja"], 170, false),
      col("formulasi", ["Penjelasan / Formulasi Penghitungan"], 220, false),
      col("sumber", ["Sumber Data"], 90, false),
      col("satuan", ["Satuan"], 55, false),
      ...yearColumns([], () => 75, 95, true),
      col("keterangan", ["Keterangan"], 120, true),
      col("id", ["ID"], 90, false),
    ];
  }
  // 32 columns on screen; the printed page leaves out Formulasi, Sumber Data and the Pembilang / Penyebut
  // columns (print-columns.ts) and fits the rest at 80 % on A4. So Formulasi and Sumber Data can be wide
  // (short rows on screen and in print); the printed ones are narrow.
  // Widths fit the bold 9 pt labels unbroken ("Realisasi", "Capaian", "Pembilang") and a Σ such as 9,999.00
  // without ###; runs of equal widths (Target … Realisasi, then Capaian) keep Sheets' setColumnWidths calls few.
  const W = { figure: 60, capaian: 56 };
  return [
    col("no", ["No"], 30, false),
    col("sasaran", ["Sasaran / Kinerja Utama"], 90, false),
    col("indikator", ["Indikator Kinerja"], 120, false),
    col("formulasi", ["Penjelasan / Formulasi Penghitungan"], 300, false),
    col("sumber", ["Sumber Data"], 100, false),
    col("satuan", ["Satuan"], 46, false),
    ...TRIWULAN.flatMap((q) => [
      col(`${q.key}.target`, [q.label, "Target"], W.figure, true),
      col(`${q.key}.pembilang`, [q.label, "Pembilang"], W.figure, true),
      col(`${q.key}.penyebut`, [q.label, "Penyebut"], W.figure, true),
      col(`${q.key}.realisasi`, [q.label, "Realisasi"], W.figure, true),
      col(`${q.key}.capaian`, [q.label, "Capaian (%)"], W.capaian, false),
    ]),
    // The year's figures: a kumulatif Σ such as 9,999.00 must not print as ###.
    ...yearColumns([TAHUNAN_GROUP], (key) => (key === "capaian" ? W.capaian : W.figure), 72, false),
    col("keterangan", ["Keterangan"], 72, true),
    col("id", ["ID"], 90, false),
  ];
}

/** The year's Target … Predikat; pembilang, penyebut and realisasi are typed only on a tahunan sheet. */
function yearColumns(group: string[], width: (key: string) => number, predikatWidth: number, typed: boolean): ColumnPlan[] {
  return [
    col("target", [...group, "Target"], width("target"), true),
    col("pembilang", [...group, "Pembilang"], width("pembilang"), typed),
    col("penyebut", [...group, "Penyebut"], width("penyebut"), typed),
    col("realisasi", [...group, "Realisasi"], width("realisasi"), typed),
    col("capaian", [...group, "Capaian (%)"], width("capaian"), false),
    col("predikat", [...group, "Predikat"], predikatWidth, false),
  ];
}

/** Column index by key; throws on a typo so a layout change cannot silently misplace a formula. */
export function columnIndex(columns: readonly ColumnPlan[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`kolom ${key} tidak ada`);
  return i;
}

/**
 * What the table header holds, row by row: the label row(s) — one for tahunan; group and label for
 * triwulan, the group label in the first column of its group only — then the column-number row.
 */
export function headerRows(columns: readonly ColumnPlan[]): (string | number)[][] {
  const grouped = columns.some((c) => c.header.length === 2);
  const top = columns.map((c, i) =>
    c.header.length === 2 ? (columns[i - 1]?.header[0] === c.header[0] ? "" : (c.header[0] as string)) : (c.header[0] as string),
  );
  const labels = grouped ? [top, columns.map((c) => c.header[1] ?? "")] : [top];
  return [...labels, columns.map((_, i) => i + 1)];
}
