/**
 * Where the REKAP reads each jabatan sheet: the columns of its ids and of the values the REKAP shows,
 * found on the sheet as it stands (by its header labels, or where its ids are: old-table.ts), not
 * assumed at the letters of today's layout. A sheet made by an earlier version, or with a column a
 * user inserted before Target, still feeds the REKAP; a sheet whose columns cannot be found is named.
 */
import { type Catalog, catalogForYear } from "../catalog/model";
import { jabatanSheet } from "../plan/jabatan-sheet";
import { type RekapSource, rekapKeys } from "../plan/rekap-keys";
import type { OldSheet } from "../sheet/old-sheet";
import type { Periode, SheetPlan } from "../sheet/types";
import { oldTable } from "./old-table";

/**
 * The columns on an existing jabatan sheet (`old`, as getDataRange gives it) that the REKAP of `periode`
 * reads, matched against `plan` (that jabatan's plan of the REKAP's periode); null when one is not found.
 */
export function sourceOf(old: OldSheet, plan: SheetPlan, periode: Periode): RekapSource | null {
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
    if (jabatan) out.set(kode, sourceOf(old, jabatanSheet(year.instansi, jabatan, tahun, periode), periode));
  }
  return out;
}
