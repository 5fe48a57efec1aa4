/**
 * Which jabatan a year's REKAP covers, for the Sheets adapter and the offline command alike: the
 * ones written now and the ones whose sheets (the add-on's own) are already there, so a run for
 * one jabatan does not drop the others from the REKAP.
 */
import type { Catalog } from "../catalog/model";

/** Kodes of `chosen` and `present`, each once, in the catalog's order; a kode the catalog lacks is left out. */
export function rekapJabatan(catalog: Catalog, chosen: readonly string[], present: readonly string[]): string[] {
  return catalog.jabatan.map((j) => j.kode).filter((k) => chosen.includes(k) || present.includes(k));
}
