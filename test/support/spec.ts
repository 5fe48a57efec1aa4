/** Expectations written out from the README (not taken from src), shared by tests that check the same facts. */

/** The table header of a tahunan jabatan sheet, exactly as README "The sidebar: preparing a year" gives it. */
export const HEADER_TAHUNAN = [
  "No",
  "Sasaran / Kinerja Utama",
  "Indikator Kinerja",
  "Penjelasan / Formulasi Penghitungan",
  "Sumber Data",
  "Satuan",
  "Target",
  "Pembilang",
  "Penyebut",
  "Realisasi",
  "Capaian (%)",
  "Predikat",
  "Keterangan",
] as const;

/** The year's sheet set for 2027, in catalog order, REKAP last (README "The sidebar: preparing a year"). */
export const SHEETS_2027 = [
  "2027 KADIS",
  "2027 SEKRETARIS",
  "2027 KASUBAG UMUM",
  "2027 KABID REHSOS",
  "2027 KABID DAYASOS",
  "2027 KABID LINJAMSOS",
  "2027 KABID PPPA",
  "2027 REKAP",
] as const;

/** The seven custom functions and their parameters, in order (README "Custom functions"). */
export const CUSTOM_FUNCTION_PARAMS: Record<string, string[]> = {
  IKI_PERCENT: ["pembilang", "penyebut"],
  IKI_CAPAIAN: ["realisasi", "target", "polaritas"],
  IKI_PREDIKAT: ["capaian", "skala"],
  IDG: ["i_parl", "i_dm", "i_inc"],
  IDG_EDEP: ["p_perempuan", "p_laki", "x_perempuan", "x_laki"],
  IDG_INDEKS: ["p_perempuan", "p_laki", "x_perempuan", "x_laki"],
  KLA_STATUS: ["nilai"],
};
