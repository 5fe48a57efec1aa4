/**
 * The built-in example in the catalog model: the seed document (Dinas Sosial PPPA
 * Sampang, sampang.ts, texts verbatim) — written into KATALOG, JABATAN and PENGATURAN
 * on first use and the offline default — and the empty catalog for another OPD.
 */
import type { Catalog, Indikator, Jabatan, Sasaran } from "./model";
import { SAMPANG_RAW } from "./sampang";
import type { Indikator as OldIndikator, Jabatan as OldJabatan, Sasaran as OldSasaran } from "./schema";

function indikator(old: OldIndikator): Indikator {
  return {
    id: old.id,
    nama: old.nama,
    formulasi: old.formulasi,
    ...(old.pembilang !== undefined && { pembilang: old.pembilang }),
    ...(old.penyebut !== undefined && { penyebut: old.penyebut }),
    sumberData: old.sumberData,
    satuan: old.satuan,
    // "indeks" was a typed realisasi: the model's "nilai".
    jenis: old.jenis === "indeks" ? "nilai" : old.jenis,
    polaritas: old.polaritas,
    // The seed reports cumulatively (s.d. TW): the latest quarter is the year's.
    sifatTriwulan: "akhir",
    target: {},
  };
}

function sasaran(old: OldSasaran): Sasaran {
  return {
    nama: old.nama,
    indikator: old.indikator.map(indikator),
    ...(old.sumberData !== undefined && { sumberData: old.sumberData }),
  };
}

function jabatan(old: OldJabatan): Jabatan {
  return {
    kode: old.kode,
    nama: old.nama,
    tugas: Array.isArray(old.tugas) ? [...old.tugas] : old.tugas,
    fungsi: [...old.fungsi],
    sasaran: old.sasaran.map(sasaran),
  };
}

export const EXAMPLE_CATALOG: Catalog = {
  instansi: {
    nama: SAMPANG_RAW.instansi.nama,
    kabupaten: SAMPANG_RAW.instansi.kabupaten,
    kepala: { ...SAMPANG_RAW.instansi.kepala, jabatan: [...SAMPANG_RAW.instansi.kepala.jabatan], status: "" },
    tempatTanggal: "",
    penandaTanganLembar: "kepala instansi",
    skala: "baik",
  },
  jabatan: SAMPANG_RAW.jabatan.map(jabatan),
};

/**
 * The starting point for another OPD: no jabatan, required settings blank (read back, it
 * names each blank one: that is the secretariat's to-do list), the seed's choices otherwise.
 */
export const EMPTY_CATALOG: Catalog = {
  instansi: {
    nama: "",
    kabupaten: "",
    kepala: { jabatan: [], status: "", nama: "", pangkat: "", nip: "" },
    tempatTanggal: "",
    penandaTanganLembar: "kepala instansi",
    skala: "baik",
  },
  jabatan: [],
};
