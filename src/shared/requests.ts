/**
 * The requests that come in from outside (the sidebar through google.script.run;
 * the offline command's arguments), one zod schema per field. Anything can arrive
 * there, so they are checked; their defaults are applied once, by
 * `yearRequest` (core/year/year-plan.ts), not here. Server-side only: the sidebar
 * imports the types (api.ts), never zod.
 */
import * as z from "zod/mini";
import { PERIODE } from "../core/sheet/types";
import { isTahun } from "../core/tahun";

/** A year within the bounds of core/tahun.ts. */
export const TahunSchema = z.number().check(z.refine(isTahun));

export const PeriodeSchema = z.enum(PERIODE);

/**
 * A jabatan kode, as text: the kode are the catalog's, not the code's, so whether it is
 * known is checked against the catalog that was read (server/request.ts `unknownKode`).
 */
export const KodeSchema = z.string().check(z.minLength(1));

/** Some jabatan (never an empty list); left out: all of them. */
export const JabatanListSchema = z.optional(z.array(KodeSchema).check(z.minLength(1)));

/** `{ tahun, jabatan?, periode? }`: the year's sheets to make, by the sidebar or the offline command (`npm start`). */
export const YearRequestSchema = z.object({
  tahun: TahunSchema,
  jabatan: JabatanListSchema,
  periode: z.optional(PeriodeSchema),
});

/**
 * `{ tahun, jabatan?, periode?, rekap? }`: the sidebar's. `rekap: false` for the calls of a
 * one-jabatan-per-call sequence before its last: they write only their jabatan sheets, so their
 * cost does not grow with the spreadsheet; the last call (rekap left out) writes the REKAP and
 * looks for the add-on's sheets whose kode the catalog no longer has.
 */
export const ScaffoldRequestSchema = z.extend(YearRequestSchema, { rekap: z.optional(z.boolean()) });

/**
 * `{ tahun, jabatan?, bundel?, dokumen?, perubahan? }`: the sidebar's PDF export. `dokumen` left out is
 * "iki", the year's IKI sheets as before; "pk" their Perjanjian Kinerja ("PK <tahun> <kode>", with
 * `perubahan` "PK Perubahan <tahun> <kode>"). The IKI has no perubahan, so `perubahan: true` without
 * "pk" is refused rather than ignored (as the offline command refuses `--perubahan` without `--dokumen pk`).
 */
export const ExportRequestSchema = z
  .object({
    tahun: TahunSchema,
    jabatan: JabatanListSchema,
    /** One PDF for all chosen sheets instead of one per jabatan. */
    bundel: z.optional(z.boolean()),
    dokumen: z.optional(z.enum(["iki", "pk"])),
    perubahan: z.optional(z.boolean()),
  })
  .check(z.refine((r) => !(r.perubahan === true && r.dokumen !== "pk"), { path: ["perubahan"] }));

/**
 * `{ tahun, jabatan?, perubahan? }`: the Perjanjian Kinerja sheets to make or lock ("PK <tahun> <kode>",
 * with `perubahan` "PK Perubahan <tahun> <kode>"); left out: every jabatan, the year's first PK.
 */
export const PkRequestSchema = z.object({
  tahun: TahunSchema,
  jabatan: JabatanListSchema,
  perubahan: z.optional(z.boolean()),
});

/** The values of `isi`: which catalog the three catalog sheets are written with on first use. */
export const CATALOG_CONTENTS = ["contoh", "kosong"] as const;

/** createCatalog's `{ isi }`: "contoh" the built-in example, "kosong" an empty catalog for another OPD. */
export const CreateCatalogRequestSchema = z.object({ isi: z.enum(CATALOG_CONTENTS) });
