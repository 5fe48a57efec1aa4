/**
 * Which cells of an old sheet still hold exactly what the add-on wrote there, by its record
 * (record.ts). The old sheet's cells are found in the record's rows and columns the way users
 * move them: columns by header label (any known layout) or the id column, table rows by indicator
 * id (or the row the carry-over matched by text; with neither, by their number and texts, in any
 * order), and the form's other rows paired in order with the record's by agreeing hashes. A cell
 * the record cannot place is not the add-on's: the carry-over then judges it as the user's.
 */
import { agreeScore, pairBest, pairInOrder } from "../match/in-order";
import { keysByPath } from "../match/layouts";
import { idText, type OldTable, planIdRows } from "../match/old-table";
import { isBlank, keyOf, type OldSheet, widthOf } from "../sheet/old-sheet";
import type { SheetPlan } from "../sheet/types";
import { cellHash } from "./hash";
import type { WrittenRecord } from "./record";

export interface Written {
  /** The old cell still holds what the add-on wrote there. */
  wrote(r: number, c: number): boolean;
  /** The record places this old row: its other cells are the user's (no guessing from the form's look). */
  placed(r: number): boolean;
  /**
   * The old cell holds what the add-on wrote in another table row of the same column: a sasaran or a
   * number moved by a sort that left the merges where they were.
   */
  writtenInColumn(r: number, c: number): boolean;
}

export function writtenCells(old: OldSheet, limit: number, table: OldTable, plan: SheetPlan, record: WrittenRecord): Written {
  const width = widthOf(old);
  const recCols = recordColumns(old, limit, table, plan, record);
  const hash = (r: number, c: number) => (isBlank(old, r, c) ? "" : cellHash(old.values[r]?.[c], old.formulas[r]?.[c]));
  const rowMap = bodyRows(old, table, plan, record, hash);
  const taken = new Set(rowMap.values());
  // The other rows (the form's, and table rows no id placed) paired in order with the record's rows left.
  const oldRows: number[] = [];
  const oldCells = new Map<number, [number, string][]>();
  for (let r = 0; r < limit; r++) {
    if (rowMap.has(r)) continue;
    const cells: [number, string][] = [];
    for (let c = 0; c < width; c++) {
      const h = recCols[c] !== undefined ? hash(r, c) : "";
      if (h) cells.push([recCols[c] as number, h]);
    }
    if (cells.length === 0) continue;
    oldRows.push(r);
    oldCells.set(r, cells);
  }
  // A table row no id placed (a retired indicator's, its id column deleted, maybe sorted) by its texts, in any order;
  // then the rest (the form's rows) in order.
  const tableRows = record.cells.flatMap((_, p) => (record.regions[p] === "t" && !taken.has(p) ? [p] : []));
  for (const [r, p] of pairBest(oldRows, tableRows, namingScore(old, recCols, record))) {
    rowMap.set(r, p);
    taken.add(p);
  }
  const rest = oldRows.filter((r) => !rowMap.has(r));
  const recRows = record.cells.flatMap((row, p) => (!taken.has(p) && row.some((h) => h !== "") ? [p] : []));
  const need = new Map(recRows.map((p) => [p, (record.cells[p] ?? []).filter((h) => h !== "").length]));
  const score = (r: number, p: number) => {
    const row = record.cells[p] ?? [];
    let agree = 0;
    for (const [rc, h] of oldCells.get(r) ?? []) if (row[rc] === h) agree++;
    return agreeScore(agree, need.get(p) ?? 0);
  };
  for (const [r, p] of pairInOrder(rest, recRows, score)) rowMap.set(r, p);
  const inTable: Set<string>[] = [];
  return {
    wrote(r, c) {
      const p = rowMap.get(r);
      const rc = recCols[c];
      if (p === undefined || rc === undefined) return false;
      const written = record.cells[p]?.[rc] ?? "";
      return written !== "" && written === hash(r, c);
    },
    placed: (r) => rowMap.has(r),
    writtenInColumn(r, c) {
      const rc = recCols[c];
      const h = hash(r, c);
      if (rc === undefined || h === "") return false;
      if (!inTable[rc]) inTable[rc] = tableHashes(record, rc);
      return inTable[rc].has(h);
    },
  };
}

/** The hashes the record holds in column `rc` of its table rows. */
function tableHashes(record: WrittenRecord, rc: number): Set<string> {
  const out = new Set<string>();
  for (let p = Math.max(0, record.firstRow); p <= record.lastRow; p++) if (record.cells[p]?.[rc]) out.add(record.cells[p]?.[rc] as string);
  return out;
}

/**
 * Old table rows that neither an id nor their text matched (the id column deleted and the indicator's
 * text changed in the catalog) paired in order with the record's rows of indicators the plan still
 * has, by agreeing hashes; each pair becomes a row match (added to `table.rowMatch`).
 */
/** The table's text columns, which tell its rows apart (a row's formulas look like every other row's). */
const ROW_TEXT = new Set(["no", "jabatan", "sasaran", "indikator", "formulasi", "sumber", "satuan"]);

/**
 * How well an old row agrees with a record's table row on those texts: its number in the No column
 * (each row's own within a sheet as written, and it moves with the row when rows are sorted), at least
 * one more, and half of the record's. Jabatan, sasaran, satuan and sumber alone are shared by many rows.
 */
function namingScore(old: OldSheet, recCols: (number | undefined)[], record: WrittenRecord): (r: number, p: number) => number {
  const naming = new Set(record.keys.flatMap((key, rc) => (ROW_TEXT.has(key) ? [rc] : [])));
  const no = record.keys.indexOf("no");
  return (r, p) => {
    const row = record.cells[p] ?? [];
    let agree = 0;
    let numbered = false;
    recCols.forEach((rc, c) => {
      if (rc === undefined || !naming.has(rc) || !row[rc] || row[rc] !== cellHash(old.values[r]?.[c], old.formulas[r]?.[c])) return;
      agree++;
      if (rc === no) numbered = true;
    });
    return numbered && agree >= 2 ? agreeScore(agree, row.filter((h, rc) => h !== "" && naming.has(rc)).length) : 0;
  };
}

export function matchByRecord(
  old: OldSheet,
  limit: number,
  table: Omit<OldTable, "first" | "last">,
  plan: SheetPlan,
  record: WrittenRecord,
): void {
  const planRowByHash = new Map([...planIdRows(plan)].map(([id, row]) => [cellHash(id), row]));
  const taken = new Set(table.rowMatch.values());
  const candidates: number[] = [];
  const planRowOf = new Map<number, number>();
  for (let p = Math.max(0, record.firstRow); p <= record.lastRow; p++) {
    const row = planRowByHash.get(record.cells[p]?.[record.idCol] ?? "");
    if (row === undefined || taken.has(row)) continue;
    candidates.push(p);
    planRowOf.set(p, row);
  }
  const rows: number[] = [];
  for (let r = table.header + 1; r < limit; r++) {
    const id = table.idCol >= 0 ? idText(old.values[r]?.[table.idCol]) : "";
    if (!table.rowMatch.has(r) && !id && (old.values[r] ?? []).some((_, c) => !isBlank(old, r, c))) rows.push(r);
  }
  if (!candidates.length || !rows.length) return;
  const score = namingScore(old, recordColumns(old, limit, { ...table, first: -1, last: -2 }, plan, record), record);
  for (const [r, p] of pairBest(rows, candidates, score)) {
    const planRow = planRowOf.get(p) as number;
    if (!taken.has(planRow)) {
      table.rowMatch.set(r, planRow);
      taken.add(planRow);
    }
  }
}

/**
 * Old column → record column: by the columns' keys (byKeys), unless the columns as they stand agree
 * better with the record (every header row deleted: the carry-over's guess at the layout may be another
 * periode's). Agreement is counted per column, over the hashes each holds, whatever the rows.
 */
function recordColumns(old: OldSheet, limit: number, table: OldTable, plan: SheetPlan, record: WrittenRecord): (number | undefined)[] {
  const width = widthOf(old);
  const keyed = byKeys(width, table, plan, record);
  if (table.header >= 0) return keyed;
  const same = Array.from({ length: width }, (_, c) => (c < record.keys.length ? c : undefined));
  const columns = (n: number, hashOf: (r: number, c: number) => string, rows: number) =>
    Array.from({ length: n }, (_, c) => {
      const m = new Map<string, number>();
      for (let r = 0; r < rows; r++) {
        const h = hashOf(r, c);
        if (h) m.set(h, (m.get(h) ?? 0) + 1);
      }
      return m;
    });
  const oldCols = columns(width, (r, c) => (isBlank(old, r, c) ? "" : cellHash(old.values[r]?.[c], old.formulas[r]?.[c])), limit);
  const recColsHashes = columns(record.keys.length, (r, c) => record.cells[r]?.[c] ?? "", record.cells.length);
  const agreement = (map: (number | undefined)[]) =>
    map.reduce<number>((sum, rc, c) => {
      if (rc === undefined) return sum;
      let n = 0;
      for (const [h, k] of oldCols[c] ?? []) n += Math.min(k, recColsHashes[rc]?.get(h) ?? 0);
      return sum + n;
    }, 0);
  return agreement(same) > agreement(keyed) ? same : keyed;
}

/** Old column → record column, by the column's key: its header label in any known layout, else the carry-over's match. */
function byKeys(width: number, table: OldTable, plan: SheetPlan, record: WrittenRecord): (number | undefined)[] {
  const byPath = keysByPath(plan);
  const recByKey = new Map<string, number>();
  record.keys.forEach((key, i) => key && !recByKey.has(key) && recByKey.set(key, i));
  // The carry-over's match first (one old column per key), then a label of another layout (a triwulan
  // column on its way to a tahunan plan) for a key no column has yet: a label typed twice names one column.
  const keys: (string | undefined)[] = Array.from({ length: width }, (_, c) => {
    const pc = table.colMap[c];
    return c === table.idCol ? "id" : pc === undefined ? undefined : plan.table.columns[pc]?.key;
  });
  const taken = new Set(keys);
  keys.forEach((key, c) => {
    const byLabel = key === undefined ? byPath.get(keyOf(table.labels[c] ?? "")) : undefined;
    if (byLabel === undefined || taken.has(byLabel)) return;
    keys[c] = byLabel;
    taken.add(byLabel);
  });
  const cols = keys.map((key) => (key === undefined ? undefined : recByKey.get(key)));
  // A column no label names (a label row deleted; the signature's columns past the table's) sits where
  // the nearest named column puts it: columns move together when one is inserted or deleted.
  const used = new Set(cols.filter((rc) => rc !== undefined));
  const named = cols.flatMap((rc, c) => (rc === undefined ? [] : [[c, rc] as const]));
  const distance = (n: readonly [number, number], c: number) => Math.abs(n[0] - c) * 2 + (n[0] > c ? 1 : 0);
  return cols.map((rc, c) => {
    if (rc !== undefined || named.length === 0) return rc;
    const [nc, nrc] = named.reduce((best, n) => (distance(n, c) < distance(best, c) ? n : best));
    const at = nrc + (c - nc);
    if (at < 0 || at >= record.keys.length || used.has(at)) return undefined;
    used.add(at);
    return at;
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
    if (p !== undefined && !used.has(p)) {
      map.set(r, p);
      used.add(p);
    }
  }
  return map;
}
