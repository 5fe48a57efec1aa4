import { CATALOG } from "../catalog";
import type { Catalog, KodeJabatan } from "../catalog/schema";
import type { Skala } from "../rules/predikat";
import { jabatanSheet } from "./jabatan-sheet";
import { rekapSheet } from "./rekap-sheet";
import { formulaShape } from "./old-sheet";
import { PERIODE, type Periode, type SheetPlan, type YearPlan } from "./types";

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
  const other = PERIODE.find((p) => p !== periode) as Periode;
  return {
    tahun: options.tahun,
    periode,
    sheets: [
      ...chosen.map((j) => {
        const sheet = jabatanSheet(catalog.instansi, j, options.tahun, periode, skala);
        // A year switched between tahunan and triwulan: the other layout's formulas are the form's too, not the user's.
        const former = jabatanSheet(catalog.instansi, j, options.tahun, other, skala);
        return { ...sheet, formFormulaShapes: formulaShapes(former) };
      }),
      rekapSheet(catalog, rekap, options.tahun, periode, skala),
    ],
  };
}

function formulaShapes(plan: SheetPlan): string[] {
  return [...new Set(plan.cells.flatMap((row) => row.flatMap((cell) => (cell.formula ? [formulaShape(cell.formula)] : []))))];
}
