/** Sentences both the server's answer and the sidebar's summary say, written once (no imports: the sidebar bundles it). */

/** A year's first call wrote the built-in example catalog (no KATALOG and no year yet). */
export const KATALOG_CONTOH_DIBUAT =
  "Spreadsheet ini belum punya katalog: katalog contoh bawaan dibuat di lembar KATALOG, JABATAN, dan PENGATURAN (ubah di sana untuk OPD Anda).";
