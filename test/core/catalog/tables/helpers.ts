/** Catalog sheets as plain values (what getValues() gives), and edits on them by label, as a user makes them. */
import type { Catalog } from "../../../../src/core/catalog/model";
import { type CatalogSheetName, type CatalogTablesOptions, catalogTables, sheetValues } from "../../../../src/core/catalog/tables";

export type Tables = Record<CatalogSheetName, unknown[][]>;

/** The catalog sheets' values, without the empty spare rows below the table (a data range, as Sheets reads it). */
export function tablesOf(catalog: Catalog, options?: CatalogTablesOptions): Tables {
  const t = catalogTables(catalog, options);
  const trim = (rows: unknown[][]) => {
    let end = rows.length;
    while (end > 1 && (rows[end - 1] as unknown[]).every((v) => v === "")) end--;
    return rows.slice(0, end);
  };
  return {
    KATALOG: trim(sheetValues(t.KATALOG)),
    JABATAN: trim(sheetValues(t.JABATAN)),
    PENGATURAN: trim(sheetValues(t.PENGATURAN)),
    PROGRAM: trim(sheetValues(t.PROGRAM)),
  };
}

/** Column of a header label in the first row. */
export function col(rows: unknown[][], label: string): number {
  const c = (rows[0] as unknown[]).indexOf(label);
  if (c < 0) throw new Error(`no column ${label}`);
  return c;
}

/** KATALOG row holding indicator `id`. */
export function rowOfId(t: Tables, id: string): number {
  const c = col(t.KATALOG, "ID");
  const r = t.KATALOG.findIndex((row) => row[c] === id);
  if (r < 0) throw new Error(`no row ${id}`);
  return r;
}

/** JABATAN row of `kode`. */
export function rowOfKode(t: Tables, kode: string): number {
  const r = t.JABATAN.findIndex((row) => row[0] === kode);
  if (r < 0) throw new Error(`no jabatan ${kode}`);
  return r;
}

/** PENGATURAN row of a setting label. */
export function rowOfSetting(t: Tables, label: string): number {
  const r = t.PENGATURAN.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`no setting ${label}`);
  return r;
}

export function set(rows: unknown[][], row: number, label: string, value: unknown): void {
  (rows[row] as unknown[])[col(rows, label)] = value;
}

/** A copy deep enough to edit cells. */
export function copy(t: Tables): Tables {
  const rows = (sheet: unknown[][]) => sheet.map((r) => [...r]);
  return { KATALOG: rows(t.KATALOG), JABATAN: rows(t.JABATAN), PENGATURAN: rows(t.PENGATURAN), PROGRAM: rows(t.PROGRAM) };
}
