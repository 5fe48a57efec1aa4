/**
 * The indicator table of an old sheet: where its header is, which old column is
 * which plan column, and which old row is which plan row — by indicator id, or,
 * where the id column was deleted or a row lost its id, by the indicator's text.
 */

import { headerRows } from "../plan/columns";
import { keyOf, type OldSheet, text, widthOf } from "../sheet/old-sheet";
import type { ColumnPlan, SheetPlan } from "../sheet/types";
import { knownLayouts, planColumnsByPath } from "./layouts";

export interface OldTable {
  /** Row of the header labels, -1 when not found. */
  header: number;
  /** Header label(s) per old column, "TW I / Pembilang" for a group. */
  labels: string[];
  /** Old column → plan column. */
  colMap: (number | undefined)[];
  /** Old column of the indicator ids, -1 when gone. */
  idCol: number;
  /** Old column of the indicator name (to say where a moved value came from). */
  nameCol: number;
  /** Old row → its plan row, for rows matched by id or by text. */
  rowMatch: Map<number, number>;
  /** Old rows that belong to the table body: matched rows, rows holding an id, and rows between them. */
  first: number;
  last: number;
}

/** An indicator id is text (the column-number row under the header holds numbers). */
export const idText = (v: unknown): string => (typeof v === "string" ? text(v) : "");

/**
 * Texts that name a table row, best first: the jabatan (REKAP, BUKTI) with the indicator (and the
 * BUKTI's period), then with the
 * sasaran (a sasaran without indicator, where a user may have typed in the empty indicator cell).
 */
function rowKeys(get: (key: string) => unknown): string[] {
  const jabatan = keyOf(get("jabatan"));
  const indikator = keyOf(get("indikator"));
  const sasaran = keyOf(get("sasaran"));
  // The BUKTI sheet has a row per indicator and period.
  const periode = keyOf(get("periode"));
  const at = periode ? `|periode:${periode}` : "";
  return [indikator && `${jabatan}|${indikator}${at}`, sasaran && `${jabatan}|sasaran:${sasaran}`].filter(Boolean);
}

/**
 * `more`: called once the rows are matched by id and by text, to match more (the record of what was
 * written, src/core/record, recognises a row whose id and text are both gone); it adds to `rowMatch`.
 */
export function oldTable(
  old: OldSheet,
  limit: number,
  plan: SheetPlan,
  more?: (table: Omit<OldTable, "first" | "last">) => void,
): OldTable {
  const { values } = old;
  const t = plan.table;
  const columns = t.columns;
  const width = widthOf(old);
  const idRows = planIdRows(plan);
  const header = findHeader(values, limit, plan);
  const labels: string[] = [];
  const colMap: (number | undefined)[] = [];
  let idCol = -1;
  if (header >= 0) {
    const all = new Set(knownLayouts(plan).flatMap((l) => l.flatMap((c) => c.header.map(keyOf))));
    const below = values[header + 1] ?? [];
    const twoRows = header + 1 < limit && below.filter((v) => all.has(keyOf(v))).length >= 2;
    const planPaths = planColumnsByPath(plan);
    let group = "";
    for (let c = 0; c < width; c++) {
      let upper = text(values[header]?.[c]);
      const lower = twoRows ? text(below[c]) : "";
      if (!upper && lower) upper = group;
      group = lower ? upper : "";
      const label = [upper, lower].filter(Boolean).join(" / ");
      labels[c] = label;
      // Something typed under a one-row label (in its merged-away cell) does not rename the column.
      const pc = planPaths.get(label.toLowerCase()) ?? (lower ? planPaths.get(upper.toLowerCase()) : undefined);
      if (pc !== undefined && !colMap.includes(pc)) colMap[c] = pc;
      if (pc === t.idColumn) idCol = c;
    }
  }
  if (idCol < 0) idCol = columnOfIds(values, header + 1, limit, width, idRows);
  // The columns the header does not name — all of them with the header row deleted, some with a triwulan
  // sheet's label row deleted — sit where a known layout (layouts.ts) has them: the one whose id column is
  // where the ids are, else (no header at all) the likeliest; matched to the plan by key.
  const layouts = knownLayouts(plan);
  const atIds = layouts.find((l) => l.findIndex((c) => c.key === "id") === idCol);
  const layout = header < 0 ? (atIds ?? likeliestLayout(values, limit, layouts)) : atIds;
  if (layout) {
    const shift = header < 0 && idCol >= 0 && layout === columns ? idCol - t.idColumn : 0;
    const byKey = new Map(columns.map((c, i) => [c.key, i]));
    layout.forEach((column, i) => {
      const pc = byKey.get(column.key);
      if (pc !== undefined && i + shift >= 0 && colMap[i + shift] === undefined && !colMap.includes(pc)) colMap[i + shift] = pc;
    });
  }
  const nameCol = colMap.findIndex((pc) => pc !== undefined && columns[pc]?.key === "indikator");
  const rowMatch = matchRows(old, header, limit, plan, colMap, idCol, idRows);
  more?.({ header, labels, colMap, idCol, nameCol, rowMatch });
  const [first, last] = bodyExtent(values, header, limit, idCol, rowMatch);
  return { header, labels, colMap, idCol, nameCol, rowMatch, first, last };
}

/**
 * The table body: from the first to the last matched row, widened over neighbouring rows that hold
 * an id (indicators no longer in the plan). Without matched rows, the run of id rows under the header.
 */
function bodyExtent(values: unknown[][], header: number, limit: number, idCol: number, rowMatch: Map<number, number>): [number, number] {
  const hasId = (r: number) => idCol >= 0 && r > header && r < limit && idText(values[r]?.[idCol]) !== "";
  let first = rowMatch.size ? Math.min(...rowMatch.keys()) : -1;
  if (first < 0) {
    for (let r = header + 1; r < limit && first < 0; r++) if (hasId(r)) first = r;
    if (first < 0) return [-1, -2];
  }
  let last = rowMatch.size ? Math.max(...rowMatch.keys()) : first;
  while (hasId(first - 1)) first--;
  while (hasId(last + 1)) last++;
  return [first, last];
}

/**
 * With neither header labels nor ids to go by: the layout whose header rows (what is left of the labels,
 * the column numbers) the old sheet holds for the largest share of their cells.
 */
function likeliestLayout(values: unknown[][], limit: number, layouts: readonly (readonly ColumnPlan[])[]): readonly ColumnPlan[] {
  let best = layouts[0] as readonly ColumnPlan[];
  let bestShare = 0;
  // Each layout with its column numbers as written now and as written before (every column numbered).
  for (const [layout, numbering] of layouts.flatMap((l) => [[l, "printed"] as const, [l, "every"] as const])) {
    let agree = 0;
    let filled = 0;
    for (const row of headerRows(layout, numbering)) {
      const cells = row.flatMap((label, c) => (label === "" ? [] : [[keyOf(label), c] as const]));
      filled += cells.length;
      let most = 0;
      for (let r = 0; r < limit; r++) most = Math.max(most, cells.filter(([label, c]) => keyOf(values[r]?.[c]) === label).length);
      agree += most;
    }
    if (filled && agree / filled > bestShare) [best, bestShare] = [layout, agree / filled];
  }
  return best;
}

/** Indicator id → plan row: the plan's own list and any id written in its id column. */
export function planIdRows(plan: SheetPlan): Map<string, number> {
  const idRows = new Map<string, number>(Object.entries(plan.indikatorRows));
  const t = plan.table;
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const id = text(plan.cells[r]?.[t.idColumn]?.value);
    if (id && !idRows.has(id)) idRows.set(id, r);
  }
  return idRows;
}

/**
 * The row with most top header labels of a known layout: at least three, or half as many as the plan
 * has (the layout the sheet was written with may share only some of them: tahunan and triwulan).
 */
function findHeader(values: unknown[][], limit: number, plan: SheetPlan): number {
  const own = new Set(plan.table.columns.map((c) => keyOf(c.header[0])));
  const top = new Set(knownLayouts(plan).flatMap((l) => l.map((c) => keyOf(c.header[0]))));
  let header = -1;
  let best = Math.max(3, Math.ceil(own.size / 2)) - 1;
  for (let r = 0; r < limit; r++) {
    const score = new Set((values[r] ?? []).map(keyOf).filter((k) => top.has(k))).size;
    if (score > best) [header, best] = [r, score];
  }
  return header;
}

/** No labelled id column: the column holding most of the plan's ids, or -1. */
function columnOfIds(values: unknown[][], from: number, limit: number, width: number, idRows: Map<string, number>): number {
  let idCol = -1;
  let hits = 0;
  for (let c = 0; c < width; c++) {
    const n = values.slice(Math.max(0, from), limit).filter((row) => idRows.has(idText(row[c]))).length;
    if (n > hits) [idCol, hits] = [c, n];
  }
  return idCol;
}

/**
 * Old rows matched to plan rows: first by id (the first row with an id wins; a second one is a
 * duplicate), then rows without a known id by their indicator text, in order.
 */
function matchRows(
  old: OldSheet,
  header: number,
  limit: number,
  plan: SheetPlan,
  colMap: (number | undefined)[],
  idCol: number,
  idRows: Map<string, number>,
): Map<number, number> {
  const t = plan.table;
  const match = new Map<number, number>();
  const taken = new Set<number>();
  const start = header + 1;
  const ids = new Set<string>();
  for (let r = start; idCol >= 0 && r < limit; r++) {
    const id = idText(old.values[r]?.[idCol]);
    const planRow = idRows.get(id);
    if (planRow !== undefined && !ids.has(id)) {
      ids.add(id);
      match.set(r, planRow);
      taken.add(planRow);
    }
  }
  const byText = new Map<string, number[]>();
  const planCol = new Map(t.columns.map((c, i) => [c.key, i]));
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    if (taken.has(r)) continue;
    const [key] = rowKeys((k) => plan.cells[r]?.[planCol.get(k) ?? -1]?.value);
    if (key) byText.set(key, [...(byText.get(key) ?? []), r]);
  }
  if (!byText.size || colMap.every((pc) => pc === undefined)) return match;
  const oldCol = new Map(colMap.flatMap((pc, c) => (pc === undefined ? [] : [[t.columns[pc]?.key ?? "", c] as const])));
  for (let r = start; r < limit; r++) {
    if (match.has(r)) continue;
    // A row whose id names another indicator of the plan is a duplicate, not a candidate.
    if (idCol >= 0 && ids.has(idText(old.values[r]?.[idCol]))) continue;
    const key = rowKeys((k) => old.values[r]?.[oldCol.get(k) ?? -1]).find((k) => byText.get(k)?.length);
    const planRow = key ? byText.get(key)?.shift() : undefined;
    if (planRow !== undefined) match.set(r, planRow);
  }
  return match;
}
