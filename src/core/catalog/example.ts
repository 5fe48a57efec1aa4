/**
 * The built-in example in the catalog model: the seed document (Dinas Sosial PPPA
 * Sampang, sampang.ts, texts verbatim) — written into KATALOG, JABATAN and PENGATURAN
 * on first use and the offline default — and the empty catalog for another OPD.
 */
import type { Catalog } from "./model";
import { SAMPANG } from "./sampang";

/** The seed document as a catalog (sampang.ts): what a new KATALOG is filled with, and the offline default. */
export const EXAMPLE_CATALOG: Catalog = SAMPANG;

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
