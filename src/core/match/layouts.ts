/**
 * The table layouts an existing sheet may have been written with: the plan's own, the other
 * periode's (a year switched between tahunan and triwulan), and for jabatan sheets the layouts
 * of earlier versions (legacy-columns.ts). Columns of every layout are matched to the plan by key.
 */
import { tableColumns } from "../plan/columns";
import { FROZEN_JABATAN_LAYOUTS } from "../plan/legacy-columns";
import { rekapColumns } from "../rekap/rekap-sheet";
import { keyOf } from "../sheet/old-sheet";
import { type ColumnPlan, PERIODE, type SheetPlan } from "../sheet/types";

export function knownLayouts(plan: SheetPlan): readonly (readonly ColumnPlan[])[] {
  const own = plan.table.columns;
  if (plan.kind === "jabatan") return [own, ...PERIODE.map(tableColumns), ...FROZEN_JABATAN_LAYOUTS];
  // A REKAP written before the BUKTI sheet had no Bukti / Terverifikasi columns.
  if (plan.kind === "rekap") return [own, ...PERIODE.map((p) => rekapColumns(p)), ...PERIODE.map((p) => rekapColumns(p, { bukti: false }))];
  return [own];
}

/** A column's header path as compared: labels top to bottom, spaces folded, case ignored ("tw i / target"). */
export const headerPath = (labels: readonly unknown[]): string => labels.map(keyOf).join(" / ");

/**
 * Header path → plan column, over every known layout: "Target" of a tahunan sheet, "Tahunan / Target"
 * of a triwulan one and "Target" of the legacy triwulan layout are all the plan's year target. The
 * plan's own paths come first.
 */
export function planColumnsByPath(plan: SheetPlan): Map<string, number> {
  const byKey = new Map(plan.table.columns.map((c, i) => [c.key, i]));
  const paths = new Map<string, number>();
  for (const layout of knownLayouts(plan)) {
    for (const column of layout) {
      const pc = byKey.get(column.key);
      const path = headerPath(column.header);
      if (pc !== undefined && !paths.has(path)) paths.set(path, pc);
    }
  }
  return paths;
}

/** Header path → column key, over every known layout (the record's columns are found by key). */
export function keysByPath(plan: SheetPlan): Map<string, string> {
  const keys = new Map<string, string>();
  for (const layout of knownLayouts(plan))
    for (const column of layout) if (!keys.has(headerPath(column.header))) keys.set(headerPath(column.header), column.key);
  return keys;
}
