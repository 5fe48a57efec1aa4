/**
 * The catalog read from its three sheets (layout.ts): one pass over the values the
 * adapter read (Sheets getValues(), or an xlsx), every problem at once, and nothing
 * returned as a catalog while there is one.
 */
import * as z from "zod/mini";
import type { Catalog } from "../model";
import { CATALOG_SHEETS, type CatalogSheetName, PROGRAM_SHEET } from "./layout";
import { type CatalogProblem, Problems } from "./problems";
import { readJabatan } from "./read-jabatan";
import { type NewId, readKatalog } from "./read-katalog";
import { readPengaturan } from "./read-pengaturan";
import { readProgram } from "./read-program";

export type { NewId } from "./read-katalog";

/** Values of each catalog sheet; a sheet that is not in the spreadsheet is left out. */
export type CatalogTableValues = Partial<Record<CatalogSheetName, unknown[][]>>;

export interface CatalogRead {
  catalog?: Catalog;
  problems: CatalogProblem[];
  /**
   * Ids for blank ID cells (0-based row and column of the KATALOG values): the adapter writes
   * them once, so they never change after. Empty while there are problems (nothing is created then).
   */
  newIds: NewId[];
}

/** What an adapter hands in: rows of cells, any values; checked here because it comes from outside core. */
const TablesSchema = z.object({
  KATALOG: z.optional(z.array(z.array(z.unknown()))),
  JABATAN: z.optional(z.array(z.array(z.unknown()))),
  PENGATURAN: z.optional(z.array(z.array(z.unknown()))),
  PROGRAM: z.optional(z.array(z.array(z.unknown()))),
});

/** The required sheets' messages when missing (PROGRAM is optional: without it no PK prints a program table). */
const MISSING: Record<(typeof CATALOG_SHEETS)[number], string> = {
  KATALOG: "Lembar KATALOG (daftar sasaran dan indikator per jabatan) tidak ada.",
  JABATAN: "Lembar JABATAN (daftar jabatan: Kode, Nama Jabatan, Tugas, Fungsi) tidak ada.",
  PENGATURAN: "Lembar PENGATURAN (instansi dan penanda tangan) tidak ada.",
};
const RECREATE = " Kembalikan nama lembarnya bila diganti, atau buat ulang dari contoh bawaan.";

export function readCatalog(tables: CatalogTableValues): CatalogRead {
  const parsed = TablesSchema.safeParse(tables);
  if (!parsed.success) throw new TypeError("Nilai lembar katalog harus berupa baris-baris sel (array of arrays).");
  const problems = new Problems();
  for (const sheet of CATALOG_SHEETS) if (!tables[sheet]) problems.sheet(sheet, MISSING[sheet] + RECREATE);

  const instansi = tables.PENGATURAN ? readPengaturan(tables.PENGATURAN, problems) : null;
  const jabatan = tables.JABATAN ? readJabatan(tables.JABATAN, instansi?.penandaTanganLembar ?? null, problems) : null;
  const newIds = tables.KATALOG ? readKatalog(tables.KATALOG, jabatan?.byKode ?? null, problems) : null;
  const program = tables[PROGRAM_SHEET] ? readProgram(tables[PROGRAM_SHEET], jabatan?.byKode ?? null, problems) : undefined;

  if (problems.count > 0 || !instansi || !jabatan) return { problems: problems.sorted(), newIds: [] };
  const catalog: Catalog = { instansi, jabatan: jabatan.jabatan };
  if (program?.length) catalog.program = program;
  return { catalog, problems: [], newIds: newIds ?? [] };
}
