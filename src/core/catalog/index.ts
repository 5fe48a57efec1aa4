/**
 * The catalog: its model, the built-in example (the seed document) and the empty
 * template, and lookups. The catalog a spreadsheet uses is read from its KATALOG,
 * JABATAN and PENGATURAN sheets (./tables); nothing here names a jabatan.
 */
import type { Catalog, Indikator, Jabatan, Sasaran } from "./model";

export { EMPTY_CATALOG, EXAMPLE_CATALOG } from "./example";
export * from "./model";

export function findJabatan(kode: string, catalog: Catalog): Jabatan | undefined {
  return catalog.jabatan.find((j) => j.kode === kode);
}

export interface IndikatorRef {
  jabatan: Jabatan;
  sasaran: Sasaran;
  indikator: Indikator;
}

/** Every indicator of the catalog, in document order (jabatan, sasaran, indikator). */
export function allIndikator(catalog: Catalog): IndikatorRef[] {
  return catalog.jabatan.flatMap((jabatan) =>
    jabatan.sasaran.flatMap((sasaran) => sasaran.indikator.map((indikator) => ({ jabatan, sasaran, indikator }))),
  );
}

/** The kodes of the catalog's jabatan, in print order. */
export function kodeJabatan(catalog: Catalog): string[] {
  return catalog.jabatan.map((j) => j.kode);
}
