import { BLANK, type Blank, type Num } from "./blank";
import type { Polaritas } from "./kinds";
import { RuleProblem } from "./problem";

/**
 * Capaian (achievement against target), in %. Positif: realisasi / target × 100.
 * Negatif: (2 × target − realisasi) / target × 100 (PermenPANRB 8/2021 "kondisi
 * khusus"). Floored at 0, not capped. Blank realisasi or target: blank.
 */
export function capaian(realisasi: Num, target: Num, polaritas: Polaritas = "positif"): number | Blank {
  if (realisasi === null || target === null) return BLANK;
  if (target <= 0) throw new RuleProblem("TARGET_TIDAK_POSITIF", "target");
  const raw = polaritas === "positif" ? realisasi / target : (2 * target - realisasi) / target;
  return Math.max(0, raw * 100);
}
