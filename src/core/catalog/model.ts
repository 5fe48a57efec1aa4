/**
 * The catalog as the spreadsheet holds it (README "Katalog"; sheets KATALOG,
 * JABATAN, PENGATURAN): jabatan with their tugas, fungsi, officials and sasaran,
 * indicators with their rule, the years they are in force and their targets per
 * year, and the settings of the signature block. Plain data, checked by the
 * catalog reader; the built-in example (Sampang) is one such catalog.
 */

import type { Jenis, Polaritas, SifatTriwulan } from "../rules/kinds";
import { KLA_STATUS } from "../rules/kla";
import type { Skala } from "../rules/predikat";

export { JENIS, type Jenis, POLARITAS, type Polaritas, SIFAT_TRIWULAN, type SifatTriwulan } from "../rules/kinds";
/** Printed before the first title line of the signature: blank for a definitive head of office. */
export const STATUS_PENANDATANGAN = ["", "Plt.", "Plh."] as const;
/** Who signs the jabatan sheets (the REKAP is always signed by the head of office). */
export const PENANDA_TANGAN_LEMBAR = ["kepala instansi", "pejabat masing-masing"] as const;
/** Targets of a `status` indicator: a KLA status name. */
export const TARGET_STATUS = KLA_STATUS;
/** A kode names the year's sheets ("<tahun> <kode>"): letters, digits and single spaces, never REKAP or BUKTI. */
export const KODE_PATTERN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
export const KODE_MAX = 24;
export const KODE_RESERVED = "REKAP";
/** The year's evidence sheet ("<tahun> BUKTI"): no jabatan may take its name either. */
export const KODE_RESERVED_BUKTI = "BUKTI";

export type StatusPenandatangan = (typeof STATUS_PENANDATANGAN)[number];
export type PenandaTanganLembar = (typeof PENANDA_TANGAN_LEMBAR)[number];

/** Years a row is in force, both ends included; undefined = open. */
export interface Berlaku {
  berlakuDari?: number;
  berlakuSampai?: number;
}

export interface Indikator extends Berlaku {
  /** Stable: typed values are matched by it across re-runs; filled once by the add-on when blank. */
  id: string;
  nama: string;
  /** The formulasi text, verbatim ("-" for KLA in the seed). */
  formulasi: string;
  /** For `rasio`: labels of the input cells, e.g. "Σ PMKS yg ditangani". */
  pembilang?: string;
  penyebut?: string;
  sumberData: string;
  /** Free text: "%", "indeks", "status", "orang", "dokumen"… */
  satuan: string;
  jenis: Jenis;
  polaritas: Polaritas;
  sifatTriwulan: SifatTriwulan;
  /** Target per year ("2027" → 75, or a KLA status for `status`); a year left out has none yet. */
  target: Record<string, number | string>;
}

export interface Sasaran extends Berlaku {
  nama: string;
  /** Empty for a sasaran without indicator (Kasubag Umum's two), printed as one row. */
  indikator: Indikator[];
  /** Sumber data printed on a sasaran row that has no indicator. */
  sumberData?: string;
}

export interface Pejabat {
  nama: string;
  pangkat: string;
  nip: string;
}

export interface Jabatan {
  kode: string;
  nama: string;
  /** One paragraph, or a lettered list (several lines in the cell). */
  tugas: string | string[];
  /** Lettered list; may be empty. */
  fungsi: string[];
  /** This jabatan's own official, for "pejabat masing-masing"; optional otherwise. */
  pejabat?: Pejabat;
  /** Who fills this jabatan's sheet (JABATAN's `Email Pengisi`); left out or empty: nobody named (warning-only protection). */
  emailPengisi?: string[];
  /** `Plt.`/`Plh.` before this official's title on the Perjanjian Kinerja; blank or left out: definitive. */
  statusPejabat?: StatusPenandatangan;
  /**
   * The kode of the atasan langsung (JABATAN's `Atasan`), as the catalog spells that kode; "" for the head
   * of office, whose atasan is the kepala daerah. Left out while the catalog has no Atasan filled in.
   */
  atasan?: string;
  sasaran: Sasaran[];
}

/** The kepala daerah, pihak kedua of the head of office's Perjanjian Kinerja (printed without NIP). */
export interface KepalaDaerah {
  /** "BUPATI SAMPANG". */
  jabatan: string;
  nama: string;
}

/** A line of PROGRAM: a program, kegiatan or sub kegiatan of a jabatan with its budget per year (whole rupiah). */
export interface ProgramRow {
  kode: string;
  nama: string;
  keterangan: string;
  /** "2027" → 1250000000; a year left out has no budget written. */
  anggaran: Record<string, number>;
}

export interface Penandatangan extends Pejabat {
  /** Title lines above the signature. */
  jabatan: string[];
  status: StatusPenandatangan;
}

export interface Instansi {
  nama: string;
  kabupaten: string;
  kepala: Penandatangan;
  /** "Sampang, 2 Januari 2027", printed above the title lines; "" prints nothing. */
  tempatTanggal: string;
  penandaTanganLembar: PenandaTanganLembar;
  skala: Skala;
  /** Left out by a catalog without those PENGATURAN rows; blank fields are a PK's placeholders. */
  kepalaDaerah?: KepalaDaerah;
  /**
   * A Pemda's own wording of the PK statement (PENGATURAN "Naskah Perjanjian Kinerja"): up to three
   * paragraphs replacing, in order, the opening, the promise and the supervision clause; left out: the add-on's.
   */
  naskahPk?: string[];
  /** The secretariat and verifiers (PENGATURAN `Email pengelola`); left out or empty: warning-only protections, as before. */
  emailPengelola?: string[];
}

export interface Catalog {
  instansi: Instansi;
  jabatan: Jabatan[];
  /** The optional PROGRAM sheet's lines, in print order; left out or empty: the PKs print no program table. */
  program?: ProgramRow[];
}

const inForce = (row: Berlaku, tahun: number) => (row.berlakuDari ?? -Infinity) <= tahun && tahun <= (row.berlakuSampai ?? Infinity);

/**
 * The catalog of one year: only the rows in force that year (a year's sheets are its record, so
 * re-creating 2027 after the 2028 catalog changed still gives 2027's indicators). A sasaran left with
 * no indicator in force goes too, unless it never had one (a sasaran without indicator, itself in force).
 */
export function catalogForYear(catalog: Catalog, tahun: number): Catalog {
  return {
    ...catalog,
    jabatan: catalog.jabatan.map((j) => ({
      ...j,
      sasaran: j.sasaran.flatMap((s) => {
        if (!inForce(s, tahun)) return [];
        if (s.indikator.length === 0) return [s];
        const indikator = s.indikator.filter((i) => inForce(i, tahun));
        return indikator.length ? [{ ...s, indikator }] : [];
      }),
    })),
  };
}
