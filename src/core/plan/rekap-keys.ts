/**
 * What the REKAP reads from each jabatan sheet: the keys of those columns, and where today's layout
 * has them (rekap-sources.ts finds them on a sheet as it stands). Apart from rekap-sources.ts so the
 * REKAP's plan needs nothing of the old-sheet reader.
 */

import type { Periode } from "../sheet/types";
import { columnIndex, tableColumns } from "./columns";

/** Column (0-based) of each key the REKAP reads, on one jabatan sheet. */
export type RekapSource = Record<string, number>;

/** The keys the REKAP reads from a jabatan sheet of `periode`. */
export function rekapKeys(periode: Periode): string[] {
  return tableColumns(periode).flatMap((c) => (c.rekap ? [c.key] : []));
}

/** Today's layout: where a sheet the add-on writes in this run has them. */
export function standardSource(periode: Periode): RekapSource {
  const columns = tableColumns(periode);
  return Object.fromEntries(rekapKeys(periode).map((key) => [key, columnIndex(columns, key)]));
}
