/**
 * The form's own rows outside the indicator table (title, jabatan, tugas, fungsi,
 * table header, column numbers, signature, REKAP averages): old rows are paired
 * with the plan's rows in order, and a cell counts as the form's own only where it
 * holds what the paired plan row holds in the same column. Anything else the user
 * typed, however much it looks like form text, is theirs.
 */

import { agreeScore, pairInOrder } from "../match/in-order";
import { formulaShape, keyOf, type OldSheet, text, widthOf } from "../sheet/old-sheet";
import type { CellPlan, SheetPlan } from "../sheet/types";

/** A cell as a comparable key: "f:" and the formula's shape, or "v:" and its text; "" when blank. */
export function cellKey(v: unknown, f: string): string {
  if (f) return `f:${formulaShape(f)}`;
  return text(v) === "" ? "" : `v:${keyOf(v)}`;
}

const planKey = (cell: CellPlan | undefined): string => (cell ? cellKey(cell.value, cell.formula ?? "") : "");

/**
 * Pairs old rows with plan rows, both in sheet order, maximising the cells that agree (old column c
 * compared with plan column `toPlan(c)`). A pair needs at least half of the plan row's cells to agree,
 * so a row the user added is never taken for a form row. Returns old row → plan row.
 */
export function alignRows(
  old: OldSheet,
  oldRows: readonly number[],
  plan: SheetPlan,
  planRows: readonly number[],
  toPlan: (c: number) => number,
): Map<number, number> {
  const width = widthOf(old);
  // Each row's non-blank cells once, as [plan column, key]; formula shapes are costly to compute twice.
  const oldCells = new Map<number, [number, string][]>();
  for (const r of oldRows) {
    const cells: [number, string][] = [];
    for (let c = 0; c < width; c++) {
      const key = cellKey(old.values[r]?.[c], text(old.formulas[r]?.[c]));
      if (key) cells.push([toPlan(c), key]);
    }
    if (cells.length) oldCells.set(r, cells);
  }
  const planCells = new Map<number, string[]>();
  for (const p of planRows) {
    const keys = (plan.cells[p] ?? []).map(planKey);
    if (keys.some((k) => k !== "")) planCells.set(p, keys);
  }
  const need = new Map([...planCells].map(([p, keys]) => [p, keys.filter((k) => k !== "").length]));
  const score = (r: number, p: number): number => {
    const keys = planCells.get(p) ?? [];
    let agree = 0;
    for (const [pc, key] of oldCells.get(r) ?? []) if (keys[pc] === key) agree++;
    return agreeScore(agree, need.get(p) ?? 0);
  };
  return pairInOrder([...oldCells.keys()], [...planCells.keys()], score);
}

/**
 * Whether the old cell at (r, c) holds what the paired plan row holds in that column, or a number
 * in the "No" column where the plan numbers too (renumbered because rows were added before it).
 */
export function sameAsPlan(
  old: OldSheet,
  r: number,
  c: number,
  plan: SheetPlan,
  p: number | undefined,
  toPlan: (c: number) => number,
): boolean {
  if (p === undefined) return false;
  const f = text(old.formulas[r]?.[c]);
  const v = old.values[r]?.[c];
  const target = plan.cells[p]?.[toPlan(c)];
  const numbers = plan.table.columns[toPlan(c)]?.key === "no";
  if (numbers && !f && typeof v === "number" && typeof target?.value === "number" && !target.formula) return true;
  const key = cellKey(v, f);
  return key !== "" && key === planKey(target);
}
