import { type Catalog, catalogForYear, POLARITAS } from "../catalog/model";
import { capaianFormula } from "../formulas/twins";
import { jabatanSheet } from "../plan/jabatan-sheet";
import type { RekapSource } from "../plan/rekap-keys";
import { triwulanYearFormulas } from "../plan/triwulan-cells";
import { buktiSheet } from "../rekap/bukti-sheet";
import { rekapSheet } from "../rekap/rekap-sheet";
import { formulaShape } from "../sheet/old-sheet";
import { PERIODE, type Periode, type SheetPlan, type YearPlan } from "../sheet/types";

/** A year's sheets as asked for (by the sidebar, the offline command, a test): what is left out takes its default. */
export interface YearAsked {
  tahun: number;
  /** Default: tahunan. */
  periode?: Periode;
  /** Jabatan kode to make sheets for; default: every jabatan of the catalog. */
  jabatan?: readonly string[];
  /**
   * Default: true, the REKAP is made too. False: only the jabatan sheets, for the calls of a
   * sequence (one jabatan per call) before its last, which makes the REKAP once for all.
   */
  rekap?: boolean;
}

/** A year's sheets with every default applied. */
export interface YearRequest {
  tahun: number;
  periode: Periode;
  jabatan: readonly string[];
  rekap: boolean;
}

/** The periode of a year asked for without one. */
export const DEFAULT_PERIODE: Periode = "tahunan";

/** The defaults of a year's request, applied here and nowhere else. */
export function yearRequest(asked: YearAsked, catalog: Catalog): YearRequest {
  return {
    tahun: asked.tahun,
    periode: asked.periode ?? DEFAULT_PERIODE,
    jabatan: asked.jabatan ?? catalog.jabatan.map((j) => j.kode),
    rekap: asked.rekap ?? true,
  };
}

export interface YearOptions extends YearAsked {
  /** The catalog as read (the spreadsheet's, or the built-in example offline); only its rows in force that year are used. */
  catalog: Catalog;
  /** Jabatan the REKAP covers (default: the same); e.g. the chosen ones plus those already in the spreadsheet. */
  rekapJabatan?: readonly string[];
  /**
   * Where the REKAP reads the jabatan sheets already there and not written now, by kode (rekap-sources.ts,
   * from the sheets as they stand); null: cannot be read. A kode left out is read in today's layout.
   */
  rekapSources?: ReadonlyMap<string, RekapSource | null>;
}

/** The year's sheet set: one sheet per chosen jabatan in catalog order, then REKAP and BUKTI (unless `rekap: false`). */
export function buildYearPlan(options: YearOptions): YearPlan {
  const { tahun, periode, jabatan, rekap: withRekap } = yearRequest(options, options.catalog);
  // A year's sheets are its record: they hold the catalog rows in force that year.
  const catalog = catalogForYear(options.catalog, tahun);
  const pick = (codes: readonly string[]) => {
    const unknown = codes.filter((k) => !catalog.jabatan.some((j) => j.kode === k));
    if (unknown.length) throw new Error(`Jabatan tidak dikenal: ${unknown.join(", ")}`);
    return catalog.jabatan.filter((j) => codes.includes(j.kode));
  };
  const chosen = pick(jabatan);
  const rekap = pick(options.rekapJabatan ?? jabatan);
  const other = PERIODE.find((p) => p !== periode) as Periode;
  // The formulas of another layout are the form's too, not the user's: a year switched between tahunan and
  // triwulan, a sifat or polaritas changed in the catalog, a triwulan sheet made by an earlier version.
  const formerRules = [...triwulanYearFormulas(), ...capaianFormulas()];
  return {
    tahun,
    periode,
    sheets: [
      ...chosen.map((j) => {
        const sheet = jabatanSheet(catalog.instansi, j, tahun, periode);
        const former = jabatanSheet(catalog.instansi, j, tahun, other);
        return { ...sheet, formFormulaShapes: formulaShapes([...formulasOf(former), ...formerRules]) };
      }),
      ...(withRekap
        ? [
            {
              ...rekapSheet(catalog, rekap, tahun, periode, options.rekapSources),
              formFormulaShapes: formulaShapes(formulasOf(rekapSheet(catalog, rekap, tahun, other))),
            },
            // The evidence index covers the REKAP's jabatan, made and updated by the same call.
            buktiSheet(catalog, rekap, tahun, periode),
          ]
        : []),
    ],
  };
}

/** Capaian of either polaritas, quarterly or yearly: a polaritas changed in the catalog leaves the other one's formulas behind. */
const capaianFormulas = (): string[] => POLARITAS.map((p) => capaianFormula("A1", "B1", p));

const formulasOf = (plan: SheetPlan): string[] => plan.cells.flatMap((row) => row.flatMap((cell) => (cell.formula ? [cell.formula] : [])));

function formulaShapes(formulas: readonly string[]): string[] {
  return [...new Set(formulas.map(formulaShape))];
}
