/**
 * What evidence is still missing, per jabatan, for the latest period that has ended (README "Peran dan
 * bukti dukung"): read from the BUKTI sheet as written (the plan after carry-over, holding what was
 * typed). Nothing is listed before the year's first period ends. Pure.
 */
import { columnIndex } from "../plan/columns";
import { text } from "../sheet/old-sheet";
import type { Periode, SheetPlan } from "../sheet/types";
import { type BuktiPeriod, periodsDue } from "./periods";

export interface BuktiMissing {
  kode: string;
  /** The period's label ("TW III", "Tahunan"). */
  periode: string;
  /** The indicators without a link, by name. */
  indikator: string[];
  /** The BUKTI sheet's row (0-based) of the first of them: the link goes there. */
  row: number;
}

/** Jakarta's date (UTC+7, no daylight saving), the spreadsheet's time zone (appsscript.json). */
export function jakartaDate(now: Date): { y: number; m: number; d: number } {
  const t = new Date(now.getTime() + 7 * 3_600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The latest period ended by `now`, or null before the first ends. */
export function latestDue(tahun: number, periode: Periode, now: Date): BuktiPeriod | null {
  return periodsDue(tahun, periode, jakartaDate(now)).at(-1) ?? null;
}

export function missingEvidence(plan: SheetPlan, tahun: number, periode: Periode, now: Date): BuktiMissing[] {
  const due = latestDue(tahun, periode, now);
  if (!due) return [];
  const t = plan.table;
  const at = (key: string) => columnIndex(t.columns, key);
  const byKode = new Map<string, BuktiMissing>();
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const cells = plan.cells[r] ?? [];
    const id = text(cells[t.idColumn]?.value);
    if (!id.endsWith(`:${due.key}`) || text(cells[at("bukti")]?.value) !== "") continue;
    const kode = text(cells[at("jabatan")]?.value);
    const entry = byKode.get(kode) ?? { kode, periode: due.label, indikator: [], row: r };
    entry.indikator.push(text(cells[at("indikator")]?.value));
    byKode.set(kode, entry);
  }
  return [...byKode.values()];
}
