import { CATALOG } from "../catalog";
import type { Catalog, KodeJabatan } from "../catalog/schema";
import type { Skala } from "../rules/predikat";
import { jabatanSheet } from "./jabatan-sheet";
import { rekapSheet } from "./rekap-sheet";
import type { Periode, YearPlan } from "./types";

export interface YearOptions {
  catalog?: Catalog;
  tahun: number;
  periode?: Periode;
  /** Jabatan to build sheets for (default: all), kept in catalog order. */
  jabatan?: readonly string[];
  /** Jabatan the REKAP covers (default: the same); e.g. the chosen ones plus those already in the spreadsheet. */
  rekapJabatan?: readonly string[];
  skala?: Skala;
}

/** The year's sheet set: one sheet per chosen jabatan in catalog order, then REKAP. */
export function buildYearPlan(options: YearOptions): YearPlan {
  const catalog = options.catalog ?? CATALOG;
  const periode = options.periode ?? "tahunan";
  const skala = options.skala ?? "baik";
  const pick = (codes: readonly string[] | undefined) => {
    const unknown = (codes ?? []).filter((k) => !catalog.jabatan.some((j) => j.kode === k));
    if (unknown.length) throw new Error(`Jabatan tidak dikenal: ${unknown.join(", ")}`);
    return codes ? catalog.jabatan.filter((j) => codes.includes(j.kode as KodeJabatan)) : catalog.jabatan;
  };
  const chosen = pick(options.jabatan);
  const rekap = pick(options.rekapJabatan ?? options.jabatan);
  return {
    tahun: options.tahun,
    periode,
    sheets: [
      ...chosen.map((j) => jabatanSheet(catalog.instansi, j, options.tahun, periode, skala)),
      rekapSheet(catalog, rekap, options.tahun, periode, skala),
    ],
  };
}
