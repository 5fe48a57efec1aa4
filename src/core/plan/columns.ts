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
 * The indicator table's columns (PRODUCT.md §6): the tahunan labels exactly; a
 * triwulan sheet adds Pembilang, Penyebut, Realisasi for each quarter after Target,
 * and its yearly Pembilang/Penyebut/Realisasi then come from the latest quarter.
 * The last column is the hidden indicator id.
 */
export function tableColumns(periode: Periode): ColumnPlan[] {
  const before = [
    col("no", ["No"], 36, false),
    col("sasaran", ["Sasaran / Kinerja Utama"], 160, false),
    col("indikator", ["Indikator Kinerja"], 180, false),
    col("formulasi", ["Penjelasan / Formulasi Penghitungan"], 220, false),
    col("sumber", ["Sumber Data"], 80, false),
    col("satuan", ["Satuan"], 55, false),
    col("target", ["Target"], 70, true),
  ];
  const quarters =
    periode === "triwulan"
      ? TRIWULAN.flatMap((q) => [
          col(`${q.key}.pembilang`, [q.label, "Pembilang"], 70, true),
          col(`${q.key}.penyebut`, [q.label, "Penyebut"], 70, true),
          col(`${q.key}.realisasi`, [q.label, "Realisasi"], 70, true),
        ])
      : [];
  const yearly = periode === "triwulan";
  const after = [
    col("pembilang", ["Pembilang"], 75, !yearly),
    col("penyebut", ["Penyebut"], 75, !yearly),
    col("realisasi", ["Realisasi"], 75, !yearly),
    col("capaian", ["Capaian (%)"], 75, false),
    col("predikat", ["Predikat"], 95, false),
    col("keterangan", ["Keterangan"], 120, true),
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
