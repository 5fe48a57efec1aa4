/**
 * Columns a triwulan sheet shows on screen but leaves out of its printed page. With every
 * quarter's five figures and the year's six, one A4 landscape page width would print the
 * triwulan form at about 5.6 pt; the printed form keeps what is reported and signed — per
 * quarter Target, Realisasi and Capaian (%), the year's Target, Realisasi, Capaian (%) and
 * Predikat — and leaves the working columns (Pembilang, Penyebut) and the indicator's
 * explanation (Formulasi, Sumber Data: they are in KATALOG) to the screen. Pure.
 */
import { TAHUNAN_GROUP, TRIWULAN } from "./columns";
import type { ColumnPlan, Periode } from "../sheet/types";

const TEXT_LABELS = ["Penjelasan / Formulasi Penghitungan", "Sumber Data"];
const WORK_LABELS = ["Pembilang", "Penyebut"];
const GROUPS = [...TRIWULAN.map((q) => q.label), TAHUNAN_GROUP];

/** The plan's columns left out of the print (none on a tahunan sheet). */
export function printHiddenColumns(columns: readonly ColumnPlan[], periode: Periode): number[] {
  if (periode !== "triwulan") return [];
  return columns.flatMap((c, i) => (hiddenByLabels(c.header[0] ?? "", c.header.length === 2 ? (c.header[1] ?? "") : "") ? [i] : []));
}

/**
 * The same columns found on a live sheet from its header rows as read (values of the rows from the
 * title down to the column numbers), so a sheet a user changed or an older sheet is judged by what it
 * shows: only a sheet with quarter groups (TW I …) loses columns, and only those its labels name.
 */
export function printHiddenFromHeader(rows: readonly (readonly unknown[])[]): number[] {
  const at = rows.findIndex((row) => row.some((v) => text(v) === GROUPS[0]));
  if (at < 0) return [];
  const top = rows[at] ?? [];
  const below = rows[at + 1] ?? [];
  const out: number[] = [];
  let group = "";
  for (let c = 0; c < Math.max(top.length, below.length); c++) {
    const upper = text(top[c]);
    if (upper) group = upper;
    // A label merged down both rows reads again in the lower row where merged cells read through (.xlsx).
    const lower = text(below[c]) === upper ? "" : text(below[c]);
    if (hiddenByLabels(lower ? group : upper, lower)) out.push(c);
  }
  return out;
}

function hiddenByLabels(upper: string, lower: string): boolean {
  if (!lower) return TEXT_LABELS.includes(upper);
  return GROUPS.includes(upper) && WORK_LABELS.includes(lower);
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
