import type { Jenis, Polaritas, SifatTriwulan } from "../catalog/model";
import { KLA_BATAS, KLA_STATUS } from "../rules/kla";
import { PREDIKAT_BATAS, PREDIKAT_LABEL, type Skala } from "../rules/predikat";
import { CELL_MESSAGES } from "../rules/problem";

/**
 * Formula twins: each rule the sheets compute in cells, as a formula of built-in
 * functions only (IF, AND, OR, NOT, ISNUMBER, COUNT, COUNTA, SUM, MAX, AVERAGE), so the
 * cells compute for every viewer, in an .xlsx and in a PDF, without the add-on.
 * Arguments are A1 references. Where a rule refuses input, the cell shows the
 * short CELL_MESSAGES text instead of #DIV/0!.
 *
 * One deliberate difference from the custom functions: an argument that is
 * itself a computed cell (the realisasi of capaian, the capaian of predikat, the
 * statuses of the KLA capaian) shows its own message there, so a twin stays
 * blank when it is text, where the custom function would throw.
 */

const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Σ pembilang / Σ penyebut × 100; P and Q may be ranges. */
export function percentFormula(pembilang: string, penyebut: string): string {
  const [p, q] = [pembilang, penyebut];
  return (
    `=IF(COUNTA(${p})+COUNTA(${q})>COUNT(${p})+COUNT(${q}),${str(CELL_MESSAGES.BUKAN_ANGKA)},` +
    `IF(OR(COUNT(${p})=0,COUNT(${q})=0),"",` +
    `IF(SUM(${q})=0,${str(CELL_MESSAGES.PENYEBUT_NOL)},SUM(${p})/SUM(${q})*100)))`
  );
}

/** Capaian of a numeric indicator; R may be computed, T is typed. */
export function capaianFormula(realisasi: string, target: string, polaritas: Polaritas): string {
  const [r, t] = [realisasi, target];
  const value = polaritas === "positif" ? `${r}/${t}*100` : `(2*${t}-${r})/${t}*100`;
  return (
    `=IF(AND(${t}<>"",NOT(ISNUMBER(${t}))),${str(CELL_MESSAGES.BUKAN_ANGKA)},` +
    `IF(OR(NOT(ISNUMBER(${r})),${t}=""),"",` +
    `IF(${t}<=0,${str(CELL_MESSAGES.TARGET_TIDAK_POSITIF)},MAX(0,${value}))))`
  );
}

/** Predikat bands on the unrounded capaian; blank unless the capaian is a number. */
export function predikatFormula(capaian: string, skala: Skala = "baik"): string {
  const labels = PREDIKAT_LABEL[skala];
  let nested = str(labels[labels.length - 1] as string);
  for (let i = PREDIKAT_BATAS.length - 1; i >= 0; i--) {
    nested = `IF(${capaian}>${PREDIKAT_BATAS[i]},${str(labels[i] as string)},${nested})`;
  }
  return `=IF(ISNUMBER(${capaian}),${nested},"")`;
}

/** KLA status from a typed evaluation score 0-1000. */
export function klaStatusFormula(nilai: string): string {
  const n = nilai;
  const ladder =
    `IF(${n}>${KLA_BATAS.KLA},"KLA",IF(${n}>${KLA_BATAS.Utama},"Utama",IF(${n}>${KLA_BATAS.Nindya},"Nindya",` +
    `IF(${n}>${KLA_BATAS.Madya},"Madya",IF(${n}>=${KLA_BATAS.Pratama},"Pratama","Belum Peringkat")))))`;
  return (
    `=IF(${n}="","",IF(NOT(ISNUMBER(${n})),${str(CELL_MESSAGES.BUKAN_ANGKA)},` +
    `IF(OR(${n}<0,${n}>1000),${str(CELL_MESSAGES.NILAI_KLA_DI_LUAR_RENTANG)},${ladder})))`
  );
}

/** Rank of a KLA status (Belum Peringkat 0 … KLA 5); only meaningful for a known status. */
function klaRankExpr(ref: string): string {
  let nested = "0";
  KLA_STATUS.forEach((status, rank) => {
    if (rank > 0) nested = `IF(${ref}=${str(status)},${rank},${nested})`;
  });
  return nested;
}

function isKlaStatusExpr(ref: string): string {
  return `OR(${KLA_STATUS.map((s) => `${ref}=${str(s)}`).join(",")})`;
}

/** Capaian of a status indicator: 100 when met (rank at or above target), else the share of the target's rank. */
export function klaCapaianFormula(realisasi: string, target: string): string {
  const r = klaRankExpr(realisasi);
  const t = klaRankExpr(target);
  return `=IF(OR(NOT(${isKlaStatusExpr(realisasi)}),NOT(${isKlaStatusExpr(target)})),"",IF(${r}>=${t},100,${r}/${t}*100))`;
}

/** Cumulative reporting: the value of the latest quarter filled in (TW IV back to TW I). */
export function latestFilledFormula(quarters: readonly string[]): string {
  return latestByFormula(quarters, quarters);
}

/** The value of the latest quarter whose key cell is filled in (e.g. pembilang of the quarter with a realisasi). */
export function latestByFormula(keys: readonly string[], values: readonly string[]): string {
  let nested = '""';
  keys.forEach((key, i) => {
    nested = `IF(${key}<>"",${values[i]},${nested})`;
  });
  return `=${nested}`;
}

/** The cells of each quarter of a triwulan row, TW I first. */
export interface KuartalRefs {
  pembilang: readonly string[];
  penyebut: readonly string[];
  realisasi: readonly string[];
}

/** Formulas of the year's cells of a triwulan row; null where the cell does not apply. */
export interface TahunanFormulas {
  realisasi: string;
  pembilang: string | null;
  penyebut: string | null;
}

/** The first quarter whose realisasi shows text (a message) shows it; otherwise `value`. */
function unlessProblem(realisasi: readonly string[], value: string): string {
  return realisasi.reduceRight((nested, r) => `IF(AND(${r}<>"",NOT(ISNUMBER(${r}))),${r},${nested})`, value);
}

/**
 * Twin of tahunanDariKuartal (rules/triwulan.ts): the year's realisasi, pembilang and penyebut from
 * the quarters by Sifat Triwulan. `year`: the year's own pembilang and penyebut cells, which the
 * kumulatif rasio realisasi divides.
 */
export function tahunanDariKuartalFormulas(
  sifat: SifatTriwulan,
  jenis: Jenis,
  q: KuartalRefs,
  year: { pembilang: string; penyebut: string },
): TahunanFormulas {
  if (jenis === "status" || sifat === "akhir") {
    return {
      realisasi: latestFilledFormula(q.realisasi),
      pembilang: jenis === "nilai" ? null : latestByFormula(q.realisasi, q.pembilang),
      penyebut: jenis === "rasio" ? latestByFormula(q.realisasi, q.penyebut) : null,
    };
  }
  const rs = q.realisasi.join(",");
  const none = `COUNT(${rs})=0`;
  const year1 = (value: string) => `=${unlessProblem(q.realisasi, `IF(${none},"",${value})`)}`;
  if (sifat === "rata-rata") return { realisasi: year1(`AVERAGE(${rs})`), pembilang: null, penyebut: null };
  if (jenis === "nilai") return { realisasi: year1(`SUM(${rs})`), pembilang: null, penyebut: null };
  // Only quarters with a number count, as in the rule; a computed "" must not be added.
  const sumOf = (values: readonly string[]) =>
    `=IF(${none},"",${values.map((v, i) => `IF(ISNUMBER(${q.realisasi[i]}),${v},0)`).join("+")})`;
  const [p, d] = [year.pembilang, year.penyebut];
  return {
    realisasi: year1(`IF(${d}=0,${str(CELL_MESSAGES.PENYEBUT_NOL)},${p}/${d}*100)`),
    pembilang: sumOf(q.pembilang),
    penyebut: sumOf(q.penyebut),
  };
}
