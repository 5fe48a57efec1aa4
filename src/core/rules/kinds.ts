/**
 * The words an indicator's rules switch on: how it is measured (jenis), which way is better
 * (polaritas), how a triwulan year adds up its quarters (sifat). The catalog holds them per
 * indicator and re-exports them; they live here so the rules need nothing from the catalog.
 */
export const JENIS = ["rasio", "nilai", "status"] as const;
export const POLARITAS = ["positif", "negatif"] as const;
export const SIFAT_TRIWULAN = ["akhir", "kumulatif", "rata-rata"] as const;

export type Jenis = (typeof JENIS)[number];
export type Polaritas = (typeof POLARITAS)[number];
export type SifatTriwulan = (typeof SIFAT_TRIWULAN)[number];
