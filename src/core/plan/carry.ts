/**
 * Carrying typed values over when a sheet is generated again. Pure: takes the new
 * plan and what the old sheet holds (getDataRange values and formulas), returns
 * the plan to write with every typed value in place, matched by indicator id and
 * column label, never by row or column number (users insert rows, sort, add
 * columns). A typed value with no place in the new plan is never dropped: it is
 * moved aside into a section appended below the plan, with where it came from.
 */
import { columnLetter } from "./a1";
import { ASIDE_TITLE, asValue, dedupe, keyOf, oldEntries, text, withAside, type Entry } from "./carry-aside";
import type { CellPlan, SheetPlan } from "./types";

export { ASIDE_HEADER, ASIDE_NOTE, ASIDE_TITLE } from "./carry-aside";

export interface OldSheet {
  values: unknown[][];
  formulas: string[][];
}

export interface CarryResult {
  plan: SheetPlan;
  /** Typed values (and users' own formulas) written back into the new plan. */
  kept: number;
  /** Entries of the moved-aside section (those moved now and those still there from earlier runs). */
  movedAside: number;
}

const WHY = {
  removed: "indikator ini tidak ada lagi di lembar",
  duplicate: "baris ganda dengan ID yang sama",
  inserted: "baris sisipan di dalam tabel",
  extraColumn: "kolom tambahan di tabel",
  overFormula: "diketik menimpa sel yang dihitung otomatis",
  ownFormula: "rumus sendiri menimpa sel yang dihitung otomatis",
  merged: "sel ini kini bagian dari sel gabungan",
  outside: "di luar tabel, teksnya bukan bagian formulir",
} as const;

/** An indicator id is text (the column-number row under the header holds numbers). */
const idText = (v: unknown): string => (typeof v === "string" ? text(v) : "");

/** A formula with its references and text literals blanked: equal shapes mean "made by a plan". */
export function formulaShape(formula: string): string {
  return formula
    .replace(/"(?:[^"]|"")*"/g, "S")
    .replace(/(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!/g, "")
    .replace(/\$?[A-Za-z]{1,3}\$?\d+/g, "R")
    .replace(/\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}/g, "R:R")
    .replace(/\s+/g, "")
    .toUpperCase();
}

/**
 * Whether an old value in a cell without formula is the user's rather than the plan's: in an input cell,
 * anything but the plan's own value; elsewhere, text the column does not hold anywhere (a number where the
 * plan also has a number, e.g. "No", is the plan's numbering).
 */
function differs(old: unknown, plan: unknown, input: boolean, column: Set<string> | undefined): boolean {
  if (keyOf(old) === keyOf(plan)) return false;
  return input || (!(typeof old === "number" && typeof plan === "number") && !column?.has(keyOf(old)));
}


export function carryOver(plan: SheetPlan, old?: OldSheet | null): CarryResult {
  if (!old || !old.values.some((row) => row.some((v) => text(v) !== ""))) return { plan, kept: 0, movedAside: 0 };
  const cells = plan.cells.map((row) => row.map((cell) => ({ ...cell })));
  const facts = planFacts(plan);
  const get = (r: number, c: number) => ({ v: old.values[r]?.[c], f: text(old.formulas[r]?.[c]) });
  const blank = (r: number, c: number) => {
    const { v, f } = get(r, c);
    return !f && text(v) === "";
  };
  const known = (f: string) => facts.shapes.has(formulaShape(f));
  const entries: Entry[] = [];
  let kept = 0;

  const asideStart = old.values.findIndex((row) => row.some((v) => keyOf(v) === keyOf(ASIDE_TITLE)));
  const limit = asideStart < 0 ? old.values.length : asideStart;
  const table = oldTable(old.values, limit, plan, facts.idRows);
  const width = Math.max(0, ...old.values.map((row) => row.length));
  const cellEntry = (r: number, c: number, alasan: string, id = "", label = "") => {
    const { v, f } = get(r, c);
    const name = id && table.nameCol >= 0 ? text(old.values[r]?.[table.nameCol]) : "";
    entries.push({
      asal: `baris ${r + 1}${name ? ` · ${name}` : ""}`,
      id,
      cell: f ? { formula: f } : { value: asValue(v) },
      kolom: label || table.labels[c] || `kolom ${columnLetter(c)}`,
      alasan,
    });
  };
  const outside = (r: number, c: number) => {
    const { v, f } = get(r, c);
    if (f ? !known(f) : !facts.statics.has(keyOf(v))) cellEntry(r, c, WHY.outside, "", `kolom ${columnLetter(c)}`);
  };

  const used = new Set<string>();
  for (let r = 0; r < limit; r++) {
    const inTable = table.header >= 0 && r > table.header && r >= table.firstId && r <= table.lastId;
    const id: string = inTable && table.idCol >= 0 ? idText(old.values[r]?.[table.idCol]) : "";
    const planRow = id && !used.has(id) ? facts.idRows.get(id) : undefined;
    if (planRow !== undefined) used.add(id);
    const why = !id ? WHY.inserted : facts.idRows.has(id) ? WHY.duplicate : WHY.removed;
    for (let c = 0; c < width; c++) {
      if (blank(r, c) || (inTable && c === table.idCol)) continue;
      if (!inTable) {
        outside(r, c);
        continue;
      }
      const { v, f } = get(r, c);
      const pc = table.colMap[c];
      if (pc === undefined) {
        if (!f || !known(f)) cellEntry(r, c, planRow !== undefined ? WHY.extraColumn : why, id);
      } else if (planRow === undefined) {
        // A row that is not (or no longer) one of the plan's: typed values only, not the form's own text.
        const typed = f ? !known(f) : id ? facts.inputCols.has(pc) || facts.formulaCols.has(pc) : !facts.colStatics[pc]?.has(keyOf(v));
        if (typed) cellEntry(r, c, why, id);
      } else {
        const target = cells[planRow]?.[pc] as CellPlan;
        if (target.formula) {
          if (!f) cellEntry(r, c, WHY.overFormula, id);
          else if (!known(f)) cellEntry(r, c, WHY.ownFormula, id);
        } else if (f ? !known(f) : differs(v, target.value, facts.inputCells.has(`${planRow},${pc}`), facts.colStatics[pc])) {
          if (facts.mergedAway.has(`${planRow},${pc}`)) cellEntry(r, c, WHY.merged, id);
          else {
            const { formula: _, ...rest } = target;
            (cells[planRow] as CellPlan[])[pc] = f ? { ...rest, value: undefined, formula: f } : { ...rest, value: asValue(v) };
            kept++;
          }
        }
      }
    }
  }
  if (asideStart >= 0) entries.push(...oldEntries(old, asideStart, (r, c) => outside(r, c)));
  const unique = dedupe(entries);
  return { plan: unique.length ? withAside(plan, cells, unique) : { ...plan, cells }, kept, movedAside: unique.length };
}

/** What the new plan says about its cells: formula shapes, form texts, inputs, merges, rows by id. */
function planFacts(plan: SheetPlan) {
  const t = plan.table;
  const shapes = new Set<string>();
  const statics = new Set<string>();
  const colStatics: Set<string>[] = Array.from({ length: plan.width }, () => new Set<string>());
  const formulaCols = new Set<number>();
  const inputCols = new Set<number>(t.columns.flatMap((c, i) => (c.input ? [i] : [])));
  const idRows = new Map<string, number>(Object.entries(plan.indikatorRows));
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const inTable = r >= t.firstRow && r <= t.lastRow;
      if (cell.formula) {
        shapes.add(formulaShape(cell.formula));
        if (inTable) formulaCols.add(c);
      } else if (text(cell.value) !== "") {
        statics.add(keyOf(cell.value));
        if (inTable) colStatics[c]?.add(keyOf(cell.value));
        if (inTable && c === t.idColumn && !idRows.has(text(cell.value))) idRows.set(text(cell.value), r);
      }
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
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) mergedAway.add(`${r},${c}`);
  }
  return { shapes, statics, colStatics, formulaCols, inputCols, inputCells, idRows, mergedAway };
}

/** The old table: its header row (found by labels), old column → plan column, the id column and the rows holding ids. */
interface OldTable {
  /** Row of the header labels, -1 when not found. */
  header: number;
  /** Header label(s) per old column, "TW I / Pembilang" for a group. */
  labels: string[];
  /** Old column → plan column. */
  colMap: (number | undefined)[];
  idCol: number;
  /** Old column of the indicator name (to say where a moved value came from). */
  nameCol: number;
  firstId: number;
  lastId: number;
}

function oldTable(values: unknown[][], limit: number, plan: SheetPlan, idRows: Map<string, number>): OldTable {
  const columns = plan.table.columns;
  const top = new Set(columns.map((c) => keyOf(c.header[0])));
  const all = new Set(columns.flatMap((c) => c.header.map(keyOf)));
  let header = -1;
  let best = Math.max(3, Math.ceil(top.size / 2)) - 1;
  for (let r = 0; r < limit; r++) {
    const score = new Set((values[r] ?? []).map(keyOf).filter((k) => top.has(k))).size;
    if (score > best) [header, best] = [r, score];
  }
  const width = Math.max(0, ...values.map((row) => row.length));
  const labels: string[] = [];
  const colMap: (number | undefined)[] = [];
  let idCol = -1;
  let nameCol = -1;
  if (header >= 0) {
    const below = values[header + 1] ?? [];
    const twoRows = header + 1 < limit && below.filter((v) => all.has(keyOf(v))).length >= 2;
    const planPaths = new Map(columns.map((c, i) => [c.header.map(keyOf).join(" / "), i]));
    let group = "";
    for (let c = 0; c < width; c++) {
      let upper = text(values[header]?.[c]);
      const lower = twoRows ? text(below[c]) : "";
      if (!upper && lower) upper = group;
      group = lower ? upper : "";
      const label = [upper, lower].filter(Boolean).join(" / ");
      labels[c] = label;
      const pc = planPaths.get(label.toLowerCase());
      if (pc !== undefined && !colMap.includes(pc)) colMap[c] = pc;
      if (pc === plan.table.idColumn) idCol = c;
      if (pc !== undefined && columns[pc]?.key === "indikator") nameCol = c;
    }
  }
  if (idCol < 0) {
    // No labelled id column: the column holding most of the plan's ids.
    let hits = 0;
    for (let c = 0; c < width; c++) {
      const n = values.slice(header + 1, limit).filter((row) => idRows.has(text(row[c]))).length;
      if (n > hits) [idCol, hits] = [c, n];
    }
  }
  let firstId = -1;
  let lastId = -2;
  for (let r = header + 1; header >= 0 && idCol >= 0 && r < limit; r++) {
    if (idText(values[r]?.[idCol]) === "") continue;
    if (firstId < 0) firstId = r;
    lastId = r;
  }
  return { header, labels, colMap, idCol, nameCol, firstId, lastId };
}
