import type { ColumnPlan, Periode } from "./types";

/** The quarters of a triwulan sheet, with the key prefix of their columns. */
export const TRIWULAN = [
  { key: "tw1", label: "TW I" },
  { key: "tw2", label: "TW II" },
  { key: "tw3", label: "TW III" },
  { key: "tw4", label: "TW IV" },
] as const;

const col = (key: string, header: string[], width: number, input: boolean): ColumnPlan => ({ key, header, width, input });

/**
 * The indicator table's columns (README, "The sidebar: preparing a year"): the tahunan labels exactly; a
 * triwulan sheet adds Pembilang, Penyebut, Realisasi for each quarter after Target,
 * and its yearly Pembilang/Penyebut/Realisasi then come from the latest quarter.
 * The last column is the hidden indicator id.
 */
export function tableColumns(periode: Periode): ColumnPlan[] {
  // Triwulan has 12 more columns: narrower text columns keep its printed page readable (about 60 % scale on A4).
  // Equal neighbouring widths are deliberate: Sheets sets widths one run of equal columns per call.
  const tw = periode === "triwulan";
  const w = (tahunan: number, triwulan: number) => (tw ? triwulan : tahunan);
  const before = [
    col("no", ["No"], w(36, 30), false),
    col("sasaran", ["Sasaran / Kinerja Utama"], w(170, 110), false),
    col("indikator", ["Indikator Kinerja"], w(170, 130), false),
    col("formulasi", ["Penjelasan / Formulasi Penghitungan"], w(220, 150), false),
    col("sumber", ["Sumber Data"], w(90, 70), false),
    col("satuan", ["Satuan"], w(55, 45), false),
    col("target", ["Target"], w(75, 62), true),
  ];
  const quarters = tw
    ? TRIWULAN.flatMap((q) => [
        col(`${q.key}.pembilang`, [q.label, "Pembilang"], 62, true),
        col(`${q.key}.penyebut`, [q.label, "Penyebut"], 62, true),
        col(`${q.key}.realisasi`, [q.label, "Realisasi"], 62, true),
      ])
    : [];
  const after = [
    col("pembilang", ["Pembilang"], w(75, 62), !tw),
    col("penyebut", ["Penyebut"], w(75, 62), !tw),
    col("realisasi", ["Realisasi"], w(75, 62), !tw),
    col("capaian", ["Capaian (%)"], w(75, 62), false),
    col("predikat", ["Predikat"], w(95, 85), false),
    col("keterangan", ["Keterangan"], w(120, 80), true),
    col("id", ["ID"], 90, false),
  ];
  return [...before, ...quarters, ...after];
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
