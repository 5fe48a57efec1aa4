/**
 * What evidence is still missing, per jabatan, for the latest period that has ended (README "Peran dan
 * bukti dukung"): read from a BUKTI sheet's values (as written by this run, or as the sheet stands when
 * the sidebar opens). Columns are found by their header labels and rows by their id, so inserted rows
 * and moved columns do not matter. Nothing is listed before the year's first period ends. Pure.
 */
import { keyOf, text } from "../sheet/old-sheet";
import { type BuktiPeriod, buktiPeriods, periodsDue } from "./bukti-periods";
import { buktiColumns } from "./bukti-sheet";

export interface BuktiMissing {
  kode: string;
  /** The period's label ("TW III", "Tahunan"). */
  periode: string;
  /** The indicators without a link, by name. */
  indikator: string[];
  /** The sheet's row (0-based) of the first of them: the link goes there. */
  row: number;
}

/** Jakarta's date (UTC+7, no daylight saving), the spreadsheet's time zone (appsscript.json). */
export function jakartaDate(now: Date): { y: number; m: number; d: number } {
  const t = new Date(now.getTime() + 7 * 3_600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The latest period ended by `now`, or null before the first ends. */
export function latestDue(tahun: number, periode: "tahunan" | "triwulan", now: Date): BuktiPeriod | null {
  return periodsDue(tahun, periode, jakartaDate(now)).at(-1) ?? null;
}

const LABELS = (() => {
  const label = (key: string) => keyOf(buktiColumns().find((c) => c.key === key)?.header[0]);
  return { jabatan: label("jabatan"), indikator: label("indikator"), bukti: label("bukti"), id: label("id") };
})();

/** Where a BUKTI sheet's table is (its header row and columns, by label) and the latest period ended; null: none. */
function tableOf(values: readonly (readonly unknown[])[], tahun: number, now: Date) {
  const header = values.findIndex((row) => [LABELS.bukti, LABELS.id].every((l) => row.some((v) => keyOf(v) === l)));
  if (header < 0) return null;
  const labels = (values[header] ?? []).map(keyOf);
  const [jabatanCol, indikatorCol, buktiCol, idCol] = [LABELS.jabatan, LABELS.indikator, LABELS.bukti, LABELS.id].map((l) =>
    labels.indexOf(l),
  ) as [number, number, number, number];
  const ids = values.map((row) => text(row[idCol]));
  // A triwulan sheet has quarter rows; the periode follows from them.
  const quarter = buktiPeriods("triwulan")[0] as BuktiPeriod;
  const periode = ids.some((id) => id.endsWith(`:${quarter.key}`)) ? "triwulan" : "tahunan";
  const due = latestDue(tahun, periode, now);
  return due ? { header, jabatanCol, indikatorCol, buktiCol, ids, due } : null;
}

/** Whether any period of this BUKTI sheet has ended by `now` (before that, there is nothing to list). */
export function anyDue(values: readonly (readonly unknown[])[], tahun: number, now: Date): boolean {
  return tableOf(values, tahun, now) !== null;
}

/** `values`: the BUKTI sheet's cells from A1 (getDataRange().getValues(), or a plan's values). */
export function missingEvidence(values: readonly (readonly unknown[])[], tahun: number, now: Date): BuktiMissing[] {
  const table = tableOf(values, tahun, now);
  if (!table) return [];
  const { header, jabatanCol, indikatorCol, buktiCol, ids, due } = table;
  const byKode = new Map<string, BuktiMissing>();
  values.forEach((row, r) => {
    if (r <= header || !ids[r]?.endsWith(`:${due.key}`) || text(row[buktiCol]) !== "") return;
    const kode = text(row[jabatanCol]);
    const entry = byKode.get(kode) ?? { kode, periode: due.label, indikator: [], row: r };
    entry.indikator.push(text(row[indikatorCol]));
    byKode.set(kode, entry);
  });
  return [...byKode.values()];
}

/** A plan's cells as values, for missingEvidence. */
export const planValues = (cells: readonly (readonly { value?: string | number }[])[]): unknown[][] =>
  cells.map((row) => row.map((c) => c.value ?? ""));
