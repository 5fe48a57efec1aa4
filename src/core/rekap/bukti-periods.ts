/**
 * The periods evidence is due for (README "Peran dan bukti dukung"): a triwulan year has TW I–IV and
 * the year, a tahunan year only the year. Each is due once it ends; the REKAP counts only those.
 */
import type { Periode } from "../sheet/types";

export interface BuktiPeriod {
  /** Part of a BUKTI row's id (`<indikator id>:tw2`): stored in users' sheets, never renamed. */
  key: string;
  label: string;
  /** The month (1–12) whose last day ends the period. */
  endMonth: number;
}

const QUARTERS: readonly BuktiPeriod[] = [
  { key: "tw1", label: "TW I", endMonth: 3 },
  { key: "tw2", label: "TW II", endMonth: 6 },
  { key: "tw3", label: "TW III", endMonth: 9 },
  { key: "tw4", label: "TW IV", endMonth: 12 },
];
const YEAR: BuktiPeriod = { key: "tahunan", label: "Tahunan", endMonth: 12 };

export function buktiPeriods(periode: Periode): readonly BuktiPeriod[] {
  return periode === "triwulan" ? [...QUARTERS, YEAR] : [YEAR];
}

/** The last day of the period (day 0 of the next month is the last of this one). */
export function periodEnd(tahun: number, period: BuktiPeriod): { y: number; m: number; d: number } {
  return { y: tahun, m: period.endMonth, d: new Date(Date.UTC(tahun, period.endMonth, 0)).getUTCDate() };
}

/** The last day of the period, as a spreadsheet date serial (days since 1899-12-30, what Sheets and Excel count). */
export function periodEndSerial(tahun: number, period: BuktiPeriod): number {
  const { y, m, d } = periodEnd(tahun, period);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The periods ended on `today` (a date in the spreadsheet's zone, as y-m-d), latest last. */
export function periodsDue(tahun: number, periode: Periode, today: { y: number; m: number; d: number }): BuktiPeriod[] {
  const serial = Math.round((Date.UTC(today.y, today.m - 1, today.d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return buktiPeriods(periode).filter((p) => periodEndSerial(tahun, p) <= serial);
}

/**
 * A BUKTI row's id: the indicator's and the period's. Joined by ":", which no COUNTIFS reads as
 * special (HyperFormula reads "|" as a pattern; Excel and LibreOffice "*", "?" and "~").
 */
export function buktiRowId(indikatorId: string, period: BuktiPeriod): string {
  return `${indikatorId}:${period.key}`;
}
