import { BLANK, type Blank, type Num } from "./blank";

export const SKALA = ["baik", "tinggi"] as const;
export type Skala = (typeof SKALA)[number];

/** Lower bounds (exclusive) of the bands, best first; below the last: the last label. */
export const PREDIKAT_BATAS = [90, 75, 65, 50] as const;

/** Labels per skala, best first (LKjIP Kabupaten Sampang; Permendagri 86/2017). */
export const PREDIKAT_LABEL: Record<Skala, readonly [string, string, string, string, string]> = {
  baik: ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"],
  tinggi: ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
};

/** Predikat of a capaian, judged on the unrounded value. */
export function predikat(capaian: Num, skala: Skala = "baik"): string | Blank {
  if (capaian === null) return BLANK;
  const labels = PREDIKAT_LABEL[skala];
  const band = PREDIKAT_BATAS.findIndex((batas) => capaian > batas);
  return labels[band === -1 ? labels.length - 1 : band] as string;
}
