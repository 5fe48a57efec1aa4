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

const TEXT_COLUMNS = HEADER_TAHUNAN.slice(0, 6);
const QUARTER = ["Target", "Pembilang", "Penyebut", "Realisasi", "Capaian (%)"];
const blanks = (n: number) => Array.from({ length: n }, () => "");

/**
 * The two label rows of a triwulan jabatan sheet (README, "The sidebar: preparing a year"): TW I … TW IV over Target, Pembilang,
 * Penyebut, Realisasi, Capaian (%) each, then "Tahunan" over the year's columns; a group label stands
 * over the first column of its group, "" where a label above or beside covers the cell.
 */
export const HEADER_TRIWULAN_TOP = [
  ...TEXT_COLUMNS,
  ...["TW I", "TW II", "TW III", "TW IV"].flatMap((tw) => [tw, ...blanks(4)]),
  "Tahunan",
  ...blanks(5),
  "Keterangan",
];
export const HEADER_TRIWULAN_LABELS = [...blanks(6), ...QUARTER, ...QUARTER, ...QUARTER, ...QUARTER, ...QUARTER, "Predikat", ""];

/**
 * The label rows of a triwulan sheet made by the previous version (before quarterly targets): the
 * year's Target first, Pembilang, Penyebut, Realisasi under each quarter, the year's columns without a group.
 */
export const HEADER_TRIWULAN_LAMA_TOP = [
  ...HEADER_TAHUNAN.slice(0, 7),
  ...["TW I", "TW II", "TW III", "TW IV"].flatMap((tw) => [tw, ...blanks(2)]),
  ...HEADER_TAHUNAN.slice(7),
];
export const HEADER_TRIWULAN_LAMA_LABELS = [
  ...blanks(7),
  ...Array.from({ length: 4 }, () => ["Pembilang", "Penyebut", "Realisasi"]).flat(),
  ...blanks(6),
];

/** The year's sheet set for 2027, in catalog order, then the REKAP and the BUKTI sheet (README "The sidebar: preparing a year"). */
export const SHEETS_2027 = [
  "2027 KADIS",
  "2027 SEKRETARIS",
  "2027 KASUBAG UMUM",
  "2027 KABID REHSOS",
  "2027 KABID DAYASOS",
  "2027 KABID LINJAMSOS",
  "2027 KABID PPPA",
  "2027 REKAP",
  "2027 BUKTI",
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
