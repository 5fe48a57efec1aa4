import { BLANK, type Blank, type Num } from "./blank";
import { RuleProblem } from "./problem";

/** IDG = (I_parl + I_DM + I_inc-dist) / 3, each index on BPS's 0-100 scale. */
export function idg(iParl: Num, iDm: Num, iInc: Num): number | Blank {
  checkIndeks(iParl, "i_parl");
  checkIndeks(iDm, "i_dm");
  checkIndeks(iInc, "i_inc");
  if (iParl === null || iDm === null || iInc === null) return BLANK;
  return (iParl + iDm + iInc) / 3;
}

/**
 * Equally distributed equivalent percentage with ε = 2 (UNDP GEM):
 * EDEP = 1 / (P_f / X_f + P_m / X_m). Population shares are normalised by their
 * sum, so head counts work too. The result is on the scale of the x values; a
 * zero x makes the harmonic mean 0.
 */
export function edep(pPerempuan: Num, pLaki: Num, xPerempuan: Num, xLaki: Num): number | Blank {
  checkNonNegative(pPerempuan, "p_perempuan");
  checkNonNegative(pLaki, "p_laki");
  checkNonNegative(xPerempuan, "x_perempuan");
  checkNonNegative(xLaki, "x_laki");
  if (pPerempuan === null || pLaki === null || xPerempuan === null || xLaki === null) return BLANK;
  const populasi = pPerempuan + pLaki;
  if (populasi === 0) throw new RuleProblem("JUMLAH_NOL", "p_perempuan + p_laki");
  const pf = pPerempuan / populasi;
  const pm = pLaki / populasi;
  const denominator = term(pf, xPerempuan) + term(pm, xLaki);
  return denominator === Infinity ? 0 : 1 / denominator;
}

/** A group with no population share does not weigh in; a zero value with a share pulls EDEP to 0. */
function term(p: number, x: number): number {
  if (p === 0) return 0;
  return x === 0 ? Infinity : p / x;
}

/**
 * Component index (I_parl or I_DM) on 0-100 from complementary shares: the x
 * values are normalised by their sum, and the index is EDEP / 50 %, so equal
 * shares give 100.
 */
export function idgIndeks(pPerempuan: Num, pLaki: Num, xPerempuan: Num, xLaki: Num): number | Blank {
  const e = edep(pPerempuan, pLaki, ...shares(xPerempuan, xLaki));
  return e === BLANK ? BLANK : (e / 0.5) * 100;
}

/** Complementary shares x / (x_f + x_m), scaled by the larger value first so huge inputs cannot overflow. */
function shares(xf: Num, xm: Num): [Num, Num] {
  if (xf === null || xm === null || xf < 0 || xm < 0) return [xf, xm];
  const larger = Math.max(xf, xm);
  if (larger === 0) throw new RuleProblem("JUMLAH_NOL", "x_perempuan + x_laki");
  const [f, m] = [xf / larger, xm / larger];
  return [f / (f + m), m / (f + m)];
}

// Checks without allocation: these run once per cell of a 10,000-row range.
function checkIndeks(v: Num, name: string): void {
  if (v !== null && (v < 0 || v > 100)) throw new RuleProblem("INDEKS_DI_LUAR_RENTANG", name);
}

function checkNonNegative(v: Num, name: string): void {
  if (v !== null && v < 0) throw new RuleProblem("NEGATIF", name);
}
