import { BLANK, type Blank, type Num } from "./blank";
import { RuleProblem } from "./problem";

/**
 * Percentage of a `rasio` indicator: Σ pembilang / Σ penyebut × 100, in percentage
 * points, not capped. Blank cells are ignored; a side with no value at all gives a
 * blank result (nothing to divide yet); Σ penyebut = 0 with values present is an error.
 */
export function percent(pembilang: readonly Num[], penyebut: readonly Num[]): number | Blank {
  const p = sum(pembilang);
  const q = sum(penyebut);
  if (p === null || q === null) return BLANK;
  if (q === 0) throw new RuleProblem("PENYEBUT_NOL", "penyebut");
  return (p / q) * 100;
}

function sum(values: readonly Num[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}
