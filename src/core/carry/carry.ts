/**
 * Carrying typed values over when a sheet is generated again. Pure: takes the new
 * plan and what the old sheet holds (getDataRange values and formulas), returns
 * the plan to write with every typed value in place, matched by indicator id (or,
 * where the id is gone, the indicator's text) and column label, never by row or
 * column number (users insert rows, sort, add columns). A typed value with no
 * place in the new plan is never dropped: it is moved aside into a section
 * appended below the plan, with where it came from. The only cells left behind
 * are the form's own: what the plan writes again in the same place.
 */

import { knownLayouts } from "../match/layouts";
import { idText, type OldTable, oldTable, planIdRows } from "../match/old-table";
import { headerRows } from "../plan/columns";
import { catalogChanges } from "../record/changes";
import { matchByRecord, type Written, writtenCells } from "../record/owned";
import { decodeRecord, recordOf, storable, storedRecord, without } from "../record/record";
import { columnLetter } from "../sheet/a1";
import { asValue, formulaShape, isBlank, keyOf, needsTextFormat, type OldSheet, oldCell, text, widthOf } from "../sheet/old-sheet";
import type { CellPlan, SheetPlan } from "../sheet/types";
import { ASIDE_TITLE, type Entry, oldEntries, withAside } from "./carry-aside";
import { alignRows, sameAsPlan } from "./form-rows";

export { formulaShape, type OldSheet } from "../sheet/old-sheet";
export { ASIDE_HEADER, ASIDE_NOTE, ASIDE_TITLE } from "./carry-aside";

export interface CarryResult {
  plan: SheetPlan;
  /**
   * The record of what this run writes (src/core/record), to store with the sheet; null when it would
   * pass the size Google allows (the next run then compares with the fresh form).
   */
  record: string | null;
  /** What the catalog changed since the last run, from the two records ("teks 2 indikator", "penanda tangan"); [] without an old record. */
  perubahan: string[];
  /** Typed values (and users' own formulas) written back into the new plan. */
  kept: number;
  /**
   * Where those are in the plan returned, as "row,col" (0-based), so a caller can tell a typed
   * target from the catalog's. Left out when there was no old sheet to carry from.
   */
  keptAt?: ReadonlySet<string>;
  /** Entries of the moved-aside section (those moved now and those still there from earlier runs). */
  movedAside: number;
}

/** Columns whose text names a table row: a row with one of them filled was written by the add-on. */
const NAME_KEYS = new Set(["indikator", "sasaran"]);

const WHY = {
  removed: "indikator ini tidak ada lagi di lembar",
  duplicate: "baris ganda dengan ID yang sama",
  inserted: "baris sisipan di dalam tabel",
  unmatched: "barisnya tidak cocok dengan indikator mana pun (kolom ID terhapus)",
  extraColumn: "kolom tambahan di tabel",
  overFormula: "diketik menimpa sel yang dihitung otomatis",
  ownFormula: "rumus sendiri menimpa sel yang dihitung otomatis",
  merged: "sel ini kini bagian dari sel gabungan",
  outside: "di luar tabel, teksnya bukan bagian formulir",
} as const;

/** One run of carry-over: the old sheet, the new plan, and what has been decided so far. */
interface Carry {
  old: OldSheet;
  plan: SheetPlan;
  facts: PlanFacts;
  table: OldTable;
  cells: CellPlan[][];
  entries: Entry[];
  kept: number;
  keptAt: Set<string>;
  /** Columns of the old sheet's widest row. */
  width: number;
  /**
   * The old sheet as its record places it (src/core/record), or null without a valid record. A cell
   * that still holds what the add-on wrote is the new plan's; any other cell of a row the record
   * places is the user's. Without a record, the form's cells are told by comparing with the new plan.
   */
  rec: Written | null;
}

/**
 * `stored`: the record the add-on stored with the old sheet when it last wrote it (null or damaged: none;
 * cells are then judged by comparing them with the new plan, as before records existed).
 */
export function carryOver(plan: SheetPlan, old?: OldSheet | null, stored?: string | null): CarryResult {
  if (
    !old ||
    (!old.values.some((row) => row.some((v) => text(v) !== "")) && !old.formulas.some((row) => row.some((f) => text(f) !== "")))
  ) {
    return { plan, kept: 0, movedAside: 0, record: storedRecord(plan), perubahan: [] };
  }
  const asideStart = old.values.findIndex((row) => row.some((v) => keyOf(v) === keyOf(ASIDE_TITLE)));
  const limit = asideStart < 0 ? Math.max(old.values.length, old.formulas.length) : asideStart;
  const before = decodeRecord(stored);
  const table = oldTable(old, limit, plan, before ? (t) => matchByRecord(old, limit, t, plan, before) : undefined);
  const run: Carry = {
    old,
    plan,
    facts: planFacts(plan),
    table,
    cells: plan.cells.map((row) => row.map((cell) => ({ ...cell }))),
    entries: [],
    kept: 0,
    keptAt: new Set(),
    width: widthOf(old),
    rec: before ? writtenCells(old, limit, table, plan, before) : null,
  };
  for (let r = Math.max(0, run.table.first); r <= run.table.last; r++) carryTableRow(run, r);
  carryFormRows(run, limit);
  if (asideStart >= 0)
    run.entries.push(...oldEntries(old, asideStart, (r, c) => moveAside(run, r, c, WHY.outside, "", `kolom ${columnLetter(c)}`)));
  // Listed in the old sheet's order, row by row, as the user reads it.
  run.entries.sort((a, b) => (a.from?.[0] ?? 0) - (b.from?.[0] ?? 0) || (a.from?.[1] ?? 0) - (b.from?.[1] ?? 0));
  const { entries, cells, kept, keptAt } = run;
  const now = recordOf(plan);
  return {
    plan: entries.length ? withAside(plan, cells, entries) : { ...plan, cells },
    kept,
    keptAt,
    movedAside: entries.length,
    record: storable(without(now, keptAt)),
    perubahan: before ? catalogChanges(before, now, keptAt) : [],
  };
}

function moveAside(run: Carry, r: number, c: number, alasan: string, id = "", label = ""): void {
  const { v, f } = oldCell(run.old, r, c);
  const { table } = run;
  const name = id && table.nameCol >= 0 ? text(run.old.values[r]?.[table.nameCol]) : "";
  run.entries.push({
    asal: `baris ${r + 1}${name ? ` · ${name}` : ""}`,
    id,
    cell: f ? { formula: f } : { value: asValue(v) },
    kolom: label || table.labels[c] || `kolom ${columnLetter(c)}`,
    alasan,
    from: [r, c],
  });
}

/** A row of the old table body: matched to a plan row (values go to their place) or not (typed values go aside). */
function carryTableRow(run: Carry, r: number): void {
  const { old, table, facts } = run;
  const id = table.idCol >= 0 ? idText(old.values[r]?.[table.idCol]) : "";
  const planRow = table.rowMatch.get(r);
  const why = id ? (facts.idRows.has(id) ? WHY.duplicate : WHY.removed) : table.idCol >= 0 ? WHY.inserted : WHY.unmatched;
  const known = (f: string) => facts.shapes.has(formulaShape(f));
  // The id cell is the form's in a row the add-on wrote (it names an indicator); in a row the user added, it was typed.
  const formRow =
    planRow !== undefined ||
    table.colMap.some((pc, c) => pc !== undefined && NAME_KEYS.has(facts.columnKeys[pc] ?? "") && !isBlank(old, r, c));
  for (let c = 0; c < run.width; c++) {
    if (isBlank(old, r, c) || (c === table.idCol && formRow) || run.rec?.wrote(r, c)) continue;
    const { v, f } = oldCell(old, r, c);
    const pc = c === table.idCol ? undefined : table.colMap[c];
    if (pc === undefined) {
      if (!f || !known(f)) moveAside(run, r, c, planRow !== undefined ? WHY.extraColumn : why, id);
    } else if (planRow === undefined) {
      // A removed indicator's row still shows the form's text (the add-on wrote it); a row without id is all the user's.
      // Where the record places the row, what differs from what was written is the user's, whatever its column.
      const typed = f ? !known(f) : !id || facts.inputCols.has(pc) || facts.formulaCols.has(pc) || !!run.rec?.placed(r);
      if (typed) moveAside(run, r, c, why, id);
    } else {
      carryMatchedCell(run, r, c, planRow, pc, id, f ? { formula: f } : { value: asValue(v) });
    }
  }
}

/** A non-blank old cell of a matched row, at plan cell (planRow, pc). */
function carryMatchedCell(run: Carry, r: number, c: number, planRow: number, pc: number, id: string, found: CellPlan): void {
  const { facts } = run;
  const target = run.cells[planRow]?.[pc] as CellPlan;
  const f = found.formula ?? "";
  const known = f !== "" && facts.shapes.has(formulaShape(f));
  if (target.formula) {
    if (!f) moveAside(run, r, c, WHY.overFormula, id);
    else if (!known) moveAside(run, r, c, WHY.ownFormula, id);
    return;
  }
  if (known || (!f && keyOf(found.value) === keyOf(target.value))) return;
  const at = `${planRow},${pc}`;
  const input = facts.inputCells.has(at);
  if (!input && !f) {
    // The form's own text seen elsewhere in its column: numbering and sasaran moved by a sort. Where the record
    // places the row, "the form's own" is what the record holds in the column, not what the new plan shows.
    const placed = run.rec?.placed(r);
    const formText =
      (typeof found.value === "number" && typeof target.value === "number") ||
      (placed ? run.rec?.writtenInColumn(r, c) : facts.colStatics[pc]?.has(keyOf(found.value)));
    if (formText && (facts.mergedAway.has(at) || text(target.value) !== "")) return;
  }
  if (facts.mergedAway.has(at)) {
    moveAside(run, r, c, WHY.merged, id);
    return;
  }
  const { formula: _, ...rest } = target;
  const style = needsTextFormat(found.value) ? { ...rest.style, numberFormat: "@" } : rest.style;
  (run.cells[planRow] as CellPlan[])[pc] = f ? { ...rest, value: undefined, formula: f } : { ...rest, style, value: found.value };
  run.kept++;
  run.keptAt.add(at);
}

/**
 * Every old row outside the table body, paired with the plan's rows outside the matched ones: a cell
 * that holds what its paired plan row holds in that column is the form's; so is the old table header
 * where it holds what its layout (a known one, layouts.ts, maybe not the new one) wrote there. Anything
 * else was typed. A formula of a shape the plan writes is the form's wherever it stands.
 */
function carryFormRows(run: Carry, limit: number): void {
  const { old, plan, table, facts } = run;
  const oldRows = Array.from({ length: limit }, (_, r) => r).filter((r) => r < table.first || r > table.last);
  const matched = new Set(table.rowMatch.values());
  const planRows = plan.cells.map((_, p) => p).filter((p) => !matched.has(p));
  const toPlan = (c: number) => table.colMap[c] ?? c;
  const pairs = run.rec ? new Map<number, number>() : alignRows(old, oldRows, plan, planRows, toPlan);
  const below = table.first >= 0 ? table.first : limit;
  // With the header row deleted, what is left of the header (a second label row, the numbers) is still the form's.
  const layout = oldHeaderLayout(old, Math.max(0, table.header), plan, below);
  for (const r of oldRows) {
    const header = layout.get(r);
    for (let c = 0; c < run.width; c++) {
      // With a record, only it says what the form wrote: a second guess from the new plan could take a typed copy for the form's.
      if (isBlank(old, r, c) || (run.rec ? run.rec.wrote(r, c) : sameAsPlan(old, r, c, plan, pairs.get(r), toPlan))) continue;
      const { v, f } = oldCell(old, r, c);
      if (f ? facts.shapes.has(formulaShape(f)) : header && header[c] !== "" && keyOf(header[c]) === keyOf(v)) continue;
      // The signature block spans as many columns as its longest line needs: its text may stand further left now.
      // Its rows keep their distance below the table.
      const sameDistance = r > table.last && table.last >= 0 ? r - table.last + plan.table.lastRow : undefined;
      if (!f && !run.rec && [pairs.get(r), sameDistance].some((p) => signatureLine(plan, p) === keyOf(v))) continue;
      moveAside(run, r, c, WHY.outside, "", `kolom ${columnLetter(c)}`);
    }
  }
}

/** The plan's signature line on plan row `p` (compared as keyOf), or null when `p` is not in the block. */
function signatureLine(plan: SheetPlan, p: number | undefined): string | null {
  const area = plan.signature;
  if (!area || p === undefined || p < area.row || p >= area.row + area.rows) return null;
  const line = keyOf(plan.cells[p]?.[area.col]?.value);
  return line === "" ? null : line;
}

/**
 * The header rows (labels and column numbers) of the table layout the old sheet was written with —
 * the plan's own or another known one (layouts.ts), whichever agrees best — each paired with
 * the old row under the header that holds it (rows may have been inserted between them).
 */
function oldHeaderLayout(old: OldSheet, header: number, plan: SheetPlan, below: number): Map<number, (string | number)[]> {
  // Each known layout with the column numbers written now and as written before (every column numbered).
  const layouts = knownLayouts(plan).flatMap((l) => [headerRows(l), headerRows(l, "every")]);
  const agree = (row: (string | number)[], r: number) =>
    row.filter((label, c) => label !== "" && keyOf(label) === keyOf(old.values[r]?.[c])).length;
  const filled = (row: (string | number)[]) => row.filter((label) => label !== "").length;
  let best = new Map<number, (string | number)[]>();
  let bestScore = 0;
  for (const rows of layouts) {
    const paired = new Map<number, (string | number)[]>();
    let score = 0;
    let r = header;
    for (const row of rows) {
      // The next old row (before the table body) that holds at least half of this header row.
      let at = r;
      while (at < below && agree(row, at) * 2 < filled(row)) at++;
      if (at >= below) continue;
      paired.set(at, row);
      score += agree(row, at);
      r = at + 1;
    }
    if (score > bestScore) [best, bestScore] = [paired, score];
  }
  return best;
}

interface PlanFacts {
  shapes: Set<string>;
  colStatics: Set<string>[];
  formulaCols: Set<number>;
  inputCols: Set<number>;
  inputCells: Set<string>;
  idRows: Map<string, number>;
  mergedAway: Set<string>;
  columnKeys: string[];
}

/** What the new plan says about its cells: formula shapes, texts per table column, inputs, merges, rows by id. */
function planFacts(plan: SheetPlan): PlanFacts {
  const t = plan.table;
  const shapes = new Set<string>(plan.formFormulaShapes);
  const colStatics: Set<string>[] = Array.from({ length: plan.width }, () => new Set<string>());
  const formulaCols = new Set<number>();
  const inputCols = new Set<number>(t.columns.flatMap((c, i) => (c.input ? [i] : [])));
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const inTable = r >= t.firstRow && r <= t.lastRow;
      if (cell.formula) {
        shapes.add(formulaShape(cell.formula));
        if (inTable) formulaCols.add(c);
      } else if (inTable && text(cell.value) !== "") colStatics[c]?.add(keyOf(cell.value));
    }),
  );
  const inputCells = new Set<string>();
  for (const input of plan.inputs) {
    for (let c = input.col; c < input.col + input.cols; c++) {
      inputCols.add(c);
      for (let r = input.row; r < input.row + input.rows; r++) inputCells.add(`${r},${c}`);
    }
  }
  const mergedAway = new Set<string>();
  for (const m of plan.merges) {
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) mergedAway.add(`${r},${c}`);
  }
  return {
    shapes,
    colStatics,
    formulaCols,
    inputCols,
    inputCells,
    idRows: planIdRows(plan),
    mergedAway,
    columnKeys: t.columns.map((c) => c.key),
  };
}
