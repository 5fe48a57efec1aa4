import { CATALOG } from "../catalog";
import type { Catalog } from "../catalog/schema";
import type { Skala } from "../rules/predikat";
import { jabatanSheet } from "./jabatan-sheet";
import { rekapSheet } from "./rekap-sheet";
import { formulaShape } from "./old-sheet";
import { PERIODE, type Periode, type SheetPlan, type YearPlan } from "./types";

/** A year's sheets as asked for (by the sidebar, the offline command, a test): what is left out takes its default. */
export interface YearAsked {
  tahun: number;
  /** Default: tahunan. */
  periode?: Periode;
  /** Jabatan kode to make sheets for; default: every jabatan of the catalog. */
  jabatan?: readonly string[];
}

/** A year's sheets with every default applied. */
export interface YearRequest {
  tahun: number;
  periode: Periode;
  jabatan: readonly string[];
}

/** The defaults of a year's request, applied here and nowhere else. */
export function yearRequest(asked: YearAsked, catalog: Catalog = CATALOG): YearRequest {
  return {
    tahun: asked.tahun,
    periode: asked.periode ?? "tahunan",
    jabatan: asked.jabatan ?? catalog.jabatan.map((j) => j.kode),
  };
}

export interface YearOptions extends YearAsked {
  catalog?: Catalog;
  /** Jabatan the REKAP covers (default: the same); e.g. the chosen ones plus those already in the spreadsheet. */
  rekapJabatan?: readonly string[];
  skala?: Skala;
}

/** The year's sheet set: one sheet per chosen jabatan in catalog order, then REKAP. */
export function buildYearPlan(options: YearOptions): YearPlan {
  const catalog = options.catalog ?? CATALOG;
  const { tahun, periode, jabatan } = yearRequest(options, catalog);
  const skala = options.skala ?? "baik";
  const pick = (codes: readonly string[]) => {
    const unknown = codes.filter((k) => !catalog.jabatan.some((j) => j.kode === k));
    if (unknown.length) throw new Error(`Jabatan tidak dikenal: ${unknown.join(", ")}`);
    return catalog.jabatan.filter((j) => codes.includes(j.kode));
  };
  const chosen = pick(jabatan);
  const rekap = pick(options.rekapJabatan ?? jabatan);
  const other = PERIODE.find((p) => p !== periode) as Periode;
  return {
    tahun,
    periode,
    sheets: [
      ...chosen.map((j) => {
        const sheet = jabatanSheet(catalog.instansi, j, tahun, periode, skala);
        // A year switched between tahunan and triwulan: the other layout's formulas are the form's too, not the user's.
        const former = jabatanSheet(catalog.instansi, j, tahun, other, skala);
        return { ...sheet, formFormulaShapes: formulaShapes(former) };
      }),
      rekapSheet(catalog, rekap, tahun, periode, skala),
    ],
  };
}

function formulaShapes(plan: SheetPlan): string[] {
  return [...new Set(plan.cells.flatMap((row) => row.flatMap((cell) => (cell.formula ? [formulaShape(cell.formula)] : []))))];
}
