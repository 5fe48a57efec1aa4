/**
 * The columns a live triwulan sheet (or a REKAP: its BUKTI counts) leaves out of its printed page, found from its header rows as read
 * (the values of the rows from the title down to the column numbers), so a sheet a user changed or an
 * older sheet is judged by what it shows: only a sheet with quarter groups (TW I …) loses columns, and
 * only those whose labels the column model (core/plan/columns.ts, legacy layouts included) prints on
 * screen only. Pure.
 */
import { TRIWULAN, tableColumns } from "../plan/columns";
import { FROZEN_JABATAN_LAYOUTS } from "../plan/legacy-columns";
import { REKAP_BUKTI_COLUMNS } from "../rekap/rekap-sheet";

/** "group / label" (or the label of an ungrouped column) of every on-screen-only column a triwulan layout has. */
const SCREEN_ONLY = new Set(
  [tableColumns("triwulan"), ...FROZEN_JABATAN_LAYOUTS].flat().flatMap((c) => (!c.print && !c.hidden ? [c.header.join(" / ")] : [])),
);

/** The REKAP's screen-only columns (its BUKTI counts), by label, and a label only the REKAP's header has beside them. */
const REKAP_SCREEN_ONLY = new Set<string>(REKAP_BUKTI_COLUMNS.map((c) => c.label));
const REKAP_MARK = "Predikat";

export function printHiddenFromHeader(rows: readonly (readonly unknown[])[]): number[] {
  const rekap = rows.find((row) => row.some((v) => text(v) === REKAP_MARK) && row.some((v) => REKAP_SCREEN_ONLY.has(text(v))));
  if (rekap) return rekap.flatMap((v, c) => (REKAP_SCREEN_ONLY.has(text(v)) ? [c] : []));
  const at = rows.findIndex((row) => row.some((v) => text(v) === TRIWULAN[0].label));
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
    if (SCREEN_ONLY.has(lower ? `${group} / ${lower}` : upper)) out.push(c);
  }
  return out;
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
