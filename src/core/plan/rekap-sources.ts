/**
 * Where the REKAP reads each jabatan sheet: the columns of its ids and of the values the REKAP shows,
 * found on the sheet as it stands (by its header labels, or where its ids are: old-table.ts), not
 * assumed at the letters of today's layout. A sheet made by an earlier version, or with a column a
 * user inserted before Target, still feeds the REKAP; a sheet whose columns cannot be found is named.
 */
import { catalogForYear, type Catalog } from "../catalog/model";
import { columnIndex, tableColumns, TRIWULAN } from "./columns";
import { jabatanSheet } from "./jabatan-sheet";
import type { OldSheet } from "./old-sheet";
import { oldTable } from "./old-table";
import type { Periode, SheetPlan } from "./types";

/** Column (0-based) of each key the REKAP reads, on one jabatan sheet. */
export type RekapSource = Record<string, number>;

/** The keys the REKAP reads from a jabatan sheet of `periode`. */
export function rekapKeys(periode: Periode): string[] {
  return ["id", "target", "realisasi", "capaian", ...(periode === "triwulan" ? TRIWULAN.map((q) => `${q.key}.realisasi`) : [])];
}

/** Today's layout: where a sheet the add-on writes in this run has them. */
export function standardSource(periode: Periode): RekapSource {
  const columns = tableColumns(periode);
  return Object.fromEntries(rekapKeys(periode).map((key) => [key, columnIndex(columns, key)]));
}

/**
 * The columns on an existing jabatan sheet (`old`, as getDataRange gives it) that the REKAP of `periode`
 * reads, matched against `plan` (that jabatan's plan of the REKAP's periode); null when one is not found.
 */
export function sourceOf(old: OldSheet, plan: SheetPlan): RekapSource | null {
  const periode: Periode = plan.table.columns.some((c) => c.key === "tw1.realisasi") ? "triwulan" : "tahunan";
  const table = oldTable(old, Math.max(old.values.length, old.formulas.length), plan);
  const source: RekapSource = {};
  for (const key of rekapKeys(periode)) {
    const pc = plan.table.columns.findIndex((c) => c.key === key);
    const col = key === "id" ? table.idCol : table.colMap.indexOf(pc);
    if (col < 0) return null;
    source[key] = col;
  }
  return source;
}

/** `sourceOf` for each jabatan sheet already there (by kode), against that jabatan's plan of the year. */
export function rekapSources(
  catalog: Catalog,
  tahun: number,
  periode: Periode,
  sheets: ReadonlyMap<string, OldSheet>,
): Map<string, RekapSource | null> {
  const year = catalogForYear(catalog, tahun);
  const out = new Map<string, RekapSource | null>();
  for (const [kode, old] of sheets) {
    const jabatan = year.jabatan.find((j) => j.kode === kode);
    if (jabatan) out.set(kode, sourceOf(old, jabatanSheet(year.instansi, jabatan, tahun, periode)));
  }
  return out;
}
