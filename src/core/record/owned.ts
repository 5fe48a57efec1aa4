/**
 * Which cells of an old sheet still hold exactly what the add-on wrote there, by its record
 * (record.ts). The old sheet's cells are found in the record's rows and columns the way users
 * move them: columns by header label (any known layout) or the id column, table rows by indicator
 * id (or the row the carry-over matched by text), and the form's other rows paired in order with
 * the record's by agreeing hashes. A cell the record cannot place is not the add-on's by the
 * record: the carry-over then judges it as before records existed.
 */
import { agreeScore, pairInOrder } from "../plan/in-order";
import { keysByPath } from "../plan/layouts";
import { isBlank, keyOf, widthOf, type OldSheet } from "../plan/old-sheet";
import { idText, planIdRows, type OldTable } from "../plan/old-table";
import type { SheetPlan } from "../plan/types";
import { cellHash } from "./hash";
import type { WrittenRecord } from "./record";

export interface Written {
  /** The old cell still holds what the add-on wrote there. */
  wrote(r: number, c: number): boolean;
  /** The record places this old row: its other cells are the user's (no guessing from the form's look). */
  placed(r: number): boolean;
}

export function writtenCells(old: OldSheet, limit: number, table: OldTable, plan: SheetPlan, record: WrittenRecord): Written {
  const width = widthOf(old);
  const recCols = recordColumns(width, table, plan, record);
  const hash = (r: number, c: number) => (isBlank(old, r, c) ? "" : cellHash(old.values[r]?.[c], old.formulas[r]?.[c]));
  const rowMap = bodyRows(old, table, plan, record, hash);
  const taken = new Set(rowMap.values());
  // The form's other rows: old rows outside the table body paired in order with the record's rows outside it.
  const oldRows: number[] = [];
  const oldCells = new Map<number, [number, string][]>();
  for (let r = 0; r < limit; r++) {
    if (r >= table.first && r <= table.last) continue;
    const cells: [number, string][] = [];
    for (let c = 0; c < width; c++) {
      const h = recCols[c] !== undefined ? hash(r, c) : "";
      if (h) cells.push([recCols[c] as number, h]);
    }
    if (cells.length) [oldRows.push(r), oldCells.set(r, cells)];
  }
  const recRows = record.cells.flatMap((row, p) => (record.regions[p] !== "t" && !taken.has(p) && row.some((h) => h !== "") ? [p] : []));
  const need = new Map(recRows.map((p) => [p, (record.cells[p] ?? []).filter((h) => h !== "").length]));
  const score = (r: number, p: number) => {
    const row = record.cells[p] ?? [];
    let agree = 0;
    for (const [rc, h] of oldCells.get(r) ?? []) if (row[rc] === h) agree++;
    return agreeScore(agree, need.get(p) ?? 0);
  };
  for (const [r, p] of pairInOrder(oldRows, recRows, score)) rowMap.set(r, p);
  return {
    wrote(r, c) {
      const p = rowMap.get(r);
      const rc = recCols[c];
      if (p === undefined || rc === undefined) return false;
      const written = record.cells[p]?.[rc] ?? "";
      return written !== "" && written === hash(r, c);
    },
    placed: (r) => rowMap.has(r),
  };
}

/** Old column → record column, by the column's key: its header label in any known layout, else the carry-over's match. */
function recordColumns(width: number, table: OldTable, plan: SheetPlan, record: WrittenRecord): (number | undefined)[] {
  const byPath = keysByPath(plan);
  const recByKey = new Map<string, number>();
  record.keys.forEach((key, i) => key && !recByKey.has(key) && recByKey.set(key, i));
  return Array.from({ length: width }, (_, c) => {
    const pc = table.colMap[c];
    const key =
      c === table.idCol ? "id" : (byPath.get(keyOf(table.labels[c] ?? "")) ?? (pc === undefined ? undefined : plan.table.columns[pc]?.key));
    return key === undefined ? undefined : recByKey.get(key);
  });
}

/**
 * The old table's rows → the record's, by indicator id: the id in the old id column, or the id of the
 * plan row the carry-over matched the row to by its text. One old row per record row (a copied row is not the form's).
 */
function bodyRows(
  old: OldSheet,
  table: OldTable,
  plan: SheetPlan,
  record: WrittenRecord,
  hash: (r: number, c: number) => string,
): Map<number, number> {
  const recById = new Map<string, number>();
  for (let p = Math.max(0, record.firstRow); p <= record.lastRow; p++) {
    const h = record.cells[p]?.[record.idCol] ?? "";
    if (h && !recById.has(h)) recById.set(h, p);
  }
  const planIds = new Map([...planIdRows(plan)].map(([id, row]) => [row, id]));
  const map = new Map<number, number>();
  const used = new Set<number>();
  for (let r = Math.max(0, table.first); r <= table.last; r++) {
    const inCell = table.idCol >= 0 ? idText(old.values[r]?.[table.idCol]) : "";
    const matched = table.rowMatch.get(r);
    const id = inCell || (matched === undefined ? "" : (planIds.get(matched) ?? ""));
    const p = id ? recById.get(inCell ? hash(r, table.idCol) : cellHash(id)) : undefined;
    if (p !== undefined && !used.has(p)) [map.set(r, p), used.add(p)];
  }
  return map;
}
