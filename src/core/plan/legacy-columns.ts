/**
 * Table layouts that earlier versions of the add-on wrote and users' spreadsheets still hold.
 * Never written again: the reader of an old sheet (old-table.ts, carry.ts) knows them, so a year
 * made by an earlier version and made again keeps every typed value in its new place (same keys).
 */
import { TRIWULAN } from "./columns";
import type { ColumnPlan } from "../sheet/types";

const col = (key: string, header: string[], width: number, input: boolean): ColumnPlan => ({ key, header, width, input });

/**
 * Triwulan before quarterly targets (up to issue 10): the year's Target, then Pembilang, Penyebut and
 * Realisasi under each quarter's label, then the year's columns without a group label.
 */
export const LEGACY_TRIWULAN_COLUMNS: readonly ColumnPlan[] = [
  col("no", ["No"], 30, false),
  col("sasaran", ["Sasaran / Kinerja Utama"], 110, false),
  col("indikator", ["Indikator Kinerja"], 130, false),
  col("formulasi", ["Penjelasan / Formulasi Penghitungan"], 150, false),
  col("sumber", ["Sumber Data"], 70, false),
  col("satuan", ["Satuan"], 45, false),
  col("target", ["Target"], 62, true),
  ...TRIWULAN.flatMap((q) => [
    col(`${q.key}.pembilang`, [q.label, "Pembilang"], 62, true),
    col(`${q.key}.penyebut`, [q.label, "Penyebut"], 62, true),
    col(`${q.key}.realisasi`, [q.label, "Realisasi"], 62, true),
  ]),
  col("pembilang", ["Pembilang"], 62, false),
  col("penyebut", ["Penyebut"], 62, false),
  col("realisasi", ["Realisasi"], 62, false),
  col("capaian", ["Capaian (%)"], 62, false),
  col("predikat", ["Predikat"], 85, false),
  col("keterangan", ["Keterangan"], 80, true),
  col("id", ["ID"], 90, false),
];
