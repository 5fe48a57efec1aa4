import { CatalogSchema } from "./schema";
import type { Catalog, Indikator, Jabatan, KodeJabatan, Sasaran } from "./schema";
import { SAMPANG_RAW } from "./sampang";

export * from "./schema";
export { SAMPANG_RAW } from "./sampang";

/** The built-in catalog: the seed document, validated at load. */
export const CATALOG: Catalog = CatalogSchema.parse(SAMPANG_RAW);

export function findJabatan(kode: KodeJabatan | string, catalog: Catalog = CATALOG): Jabatan | undefined {
  return catalog.jabatan.find((j) => j.kode === kode);
}

export interface IndikatorRef {
  jabatan: Jabatan;
  sasaran: Sasaran;
  indikator: Indikator;
}

/** Every indicator of the catalog, in document order (jabatan, sasaran, indikator). */
export function allIndikator(catalog: Catalog = CATALOG): IndikatorRef[] {
  return catalog.jabatan.flatMap((jabatan) =>
    jabatan.sasaran.flatMap((sasaran) => sasaran.indikator.map((indikator) => ({ jabatan, sasaran, indikator }))),
  );
}
