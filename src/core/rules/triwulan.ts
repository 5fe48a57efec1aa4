import { BLANK, type Blank } from "./blank";
import type { Jenis, SifatTriwulan } from "./kinds";
import { percent } from "./percent";
import { CELL_MESSAGES, RuleProblem } from "./problem";

/** A cell as the sheet shows it: a number, text (a KLA status, or a message such as "Penyebut 0"), or blank. */
export type Shown = number | string | Blank;

/** One quarter's cells: typed pembilang and penyebut, and its realisasi (computed from them, or typed for nilai). */
export interface Kuartal {
  pembilang: Shown;
  penyebut: Shown;
  realisasi: Shown;
}

/** The year's cells of a triwulan sheet; null where the cell does not apply (shown as unused). */
export interface TahunanDariKuartal {
  realisasi: Shown;
  pembilang: Shown | null;
  penyebut: Shown | null;
}

/**
 * The year's realisasi (and pembilang, penyebut) from the quarters, by the indicator's Sifat Triwulan.
 * A quarter counts as filled in when its realisasi is not blank.
 * - akhir: the latest quarter filled in (cumulative reporting, s.d. TW), with its pembilang and penyebut;
 * - kumulatif: rasio Σ pembilang / Σ penyebut × 100 over the quarters, nilai Σ realisasi;
 * - rata-rata: the mean of the quarters' realisasi (for rasio the mean of their %);
 * - status rows always take the latest quarter, whatever the sifat.
 * Kumulatif and rata-rata need every filled quarter: one showing text (a message) shows it for the year too,
 * so a year is never summed over a quarter with a problem.
 */
export function tahunanDariKuartal(sifat: SifatTriwulan, jenis: Jenis, quarters: readonly Kuartal[]): TahunanDariKuartal {
  const rasio = jenis === "rasio";
  if (jenis === "status" || sifat === "akhir") {
    const latest = [...quarters].reverse().find((q) => q.realisasi !== BLANK);
    return {
      realisasi: latest ? latest.realisasi : BLANK,
      pembilang: jenis === "nilai" ? null : latest ? latest.pembilang : BLANK,
      penyebut: rasio ? (latest ? latest.penyebut : BLANK) : null,
    };
  }
  const numeric = quarters.filter((q) => typeof q.realisasi === "number");
  const problem = quarters.find((q) => q.realisasi !== BLANK && typeof q.realisasi !== "number");
  const sum = (values: readonly Shown[]) => (numeric.length ? values.reduce<number>((s, v) => s + (v as number), 0) : BLANK);
  if (sifat === "rata-rata") {
    const realisasi = numeric.length ? (sum(numeric.map((q) => q.realisasi)) as number) / numeric.length : BLANK;
    return { realisasi: problem ? problem.realisasi : realisasi, pembilang: null, penyebut: null };
  }
  if (!rasio) return { realisasi: problem ? problem.realisasi : sum(numeric.map((q) => q.realisasi)), pembilang: null, penyebut: null };
  const pembilang = sum(numeric.map((q) => q.pembilang));
  const penyebut = sum(numeric.map((q) => q.penyebut));
  return { realisasi: problem ? problem.realisasi : ratio(pembilang, penyebut), pembilang, penyebut };
}

/** Σ pembilang / Σ penyebut × 100 by the percentage rule; a zero sum shows its cell message. */
function ratio(pembilang: number | Blank, penyebut: number | Blank): Shown {
  try {
    return percent([pembilang === BLANK ? null : pembilang], [penyebut === BLANK ? null : penyebut]);
  } catch (e) {
    if (e instanceof RuleProblem && e.code === "PENYEBUT_NOL") return CELL_MESSAGES.PENYEBUT_NOL;
    throw e;
  }
}
