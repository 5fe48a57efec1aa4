/**
 * Grouping that keeps the number of Sheets calls low: merges that can be made by
 * one mergeAcross / mergeVertically call, and runs of equal column widths, row
 * heights and hidden columns. Pure; rows and columns 0-based as in the plan.
 */
import type { Area } from "../../core/sheet/types";

export type MergeKind = "across" | "vertically" | "merge";

export interface MergeBlock {
  area: Area;
  kind: MergeKind;
}

/**
 * One-row merges with the same column span on consecutive rows become one
 * mergeAcross block; one-column merges with the same row span on adjacent
 * columns become one mergeVertically block; the rest are merged one by one.
 */
export function mergeBlocks(merges: readonly Area[]): MergeBlock[] {
  const blocks: MergeBlock[] = [];
  const across = merges.filter((m) => m.rows === 1 && m.cols > 1).sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  for (const m of across) {
    const last = blocks[blocks.length - 1];
    if (last?.kind === "across" && last.area.col === m.col && last.area.cols === m.cols && last.area.row + last.area.rows === m.row) {
      last.area.rows += 1;
    } else {
      blocks.push({ kind: "across", area: { ...m } });
    }
  }
  const vertical = merges.filter((m) => m.cols === 1 && m.rows > 1).sort((a, b) => a.row - b.row || a.rows - b.rows || a.col - b.col);
  for (const m of vertical) {
    const last = blocks[blocks.length - 1];
    if (last?.kind === "vertically" && last.area.row === m.row && last.area.rows === m.rows && last.area.col + last.area.cols === m.col) {
      last.area.cols += 1;
    } else {
      blocks.push({ kind: "vertically", area: { ...m } });
    }
  }
  for (const m of merges) if (m.rows > 1 && m.cols > 1) blocks.push({ kind: "merge", area: { ...m } });
  return blocks;
}

export interface Run<T> {
  start: number;
  count: number;
  value: T;
}

/** Consecutive equal values, skipping `null` (no setting). */
export function runs<T>(values: readonly (T | null)[]): Run<T>[] {
  const out: Run<T>[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    const last = out[out.length - 1];
    if (last && last.value === value && last.start + last.count === i) last.count += 1;
    else out.push({ start: i, count: 1, value });
  });
  return out;
}

/** Runs of adjacent column indexes (e.g. hidden columns). */
export function indexRuns(indexes: readonly number[]): Run<true>[] {
  const flags: (true | null)[] = [];
  for (const i of indexes) flags[i] = true;
  return runs(Array.from(flags, (f) => f ?? null));
}
