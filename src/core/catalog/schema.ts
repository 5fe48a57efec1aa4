import * as z from "zod/mini";
import { isValidNip } from "../rules/nip";

/** Texts in the catalog are the seed's, verbatim; only emptiness is refused. */
const teks = z.string().check(z.minLength(1));

export const JENIS = ["rasio", "indeks", "status"] as const;
export const POLARITAS = ["positif", "negatif"] as const;
export const SATUAN = ["%", "indeks", "status"] as const;

export const IndikatorSchema = z.object({
  /** Stable id: sheet rows are matched by it, never by row number. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)),
  nama: teks,
  /** The seed's formulasi, with its LaTeX rendered as plain text (Σ, /, ×). */
  formulasi: teks,
  sumberData: teks,
  jenis: z.enum(JENIS),
  satuan: z.enum(SATUAN),
  polaritas: z.enum(POLARITAS),
  /** For `rasio`: labels of the pembilang and penyebut, verbatim from the formulasi. */
  pembilang: z.optional(teks),
  penyebut: z.optional(teks),
});

export const SasaranSchema = z.object({
  nama: teks,
  indikator: z.array(IndikatorSchema),
  /** Sumber data printed on a sasaran row that has no indicator (Kasubag Umum). */
  sumberData: z.optional(teks),
});

export const KODE_JABATAN = [
  "KADIS",
  "SEKRETARIS",
  "KASUBAG UMUM",
  "KABID REHSOS",
  "KABID DAYASOS",
  "KABID LINJAMSOS",
  "KABID PPPA",
] as const;

export const KodeJabatanSchema = z.enum(KODE_JABATAN);

export const JabatanSchema = z.object({
  kode: KodeJabatanSchema,
  nama: teks,
  /** One paragraph, or a lettered list (Kasubag Umum). */
  tugas: z.union([teks, z.array(teks)]),
  /** Lettered list; may be empty (Kasubag Umum). */
  fungsi: z.array(teks),
  sasaran: z.array(SasaranSchema).check(z.minLength(1)),
});

export const PenandatanganSchema = z.object({
  /** Title lines above the signature, as in the seed. */
  jabatan: z.array(teks).check(z.minLength(1)),
  nama: teks,
  pangkat: teks,
  /** Stored as 18 digits; shown with spaces. */
  nip: z.string().check(z.refine(isValidNip, "NIP tidak sah")),
});

export const InstansiSchema = z.object({
  nama: teks,
  kabupaten: teks,
  kepala: PenandatanganSchema,
});

export const CatalogSchema = z
  .object({
    instansi: InstansiSchema,
    jabatan: z.array(JabatanSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((c) => {
      const ids = c.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => i.id)));
      return new Set(ids).size === ids.length;
    }, "id indikator harus unik"),
    z.refine((c) => new Set(c.jabatan.map((j) => j.kode)).size === c.jabatan.length, "kode jabatan harus unik"),
  );

export type Indikator = z.infer<typeof IndikatorSchema>;
export type Sasaran = z.infer<typeof SasaranSchema>;
export type KodeJabatan = z.infer<typeof KodeJabatanSchema>;
export type Jabatan = z.infer<typeof JabatanSchema>;
export type Penandatangan = z.infer<typeof PenandatanganSchema>;
export type Instansi = z.infer<typeof InstansiSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type Jenis = (typeof JENIS)[number];
export type Polaritas = (typeof POLARITAS)[number];
