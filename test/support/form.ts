/** The table header of a tahunan jabatan sheet, exactly as PRODUCT.md §6 gives it (written out here, not taken from src). */
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
