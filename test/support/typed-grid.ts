/**
 * A user's sheet as a grid for property tests of "nothing typed is ever lost":
 * the cells (values and formulas), which of them the user typed, and the edits a
 * user makes in Sheets (type, insert, delete and sort rows, delete a column), each
 * keeping track of the typed cells. Plus the accounting: the multiset of typed
 * values before a re-run, and what a re-run's sheet holds beyond the fresh form.
 */
import fc from "fast-check";
import { ASIDE_HEADER, ASIDE_NOTE, ASIDE_TITLE, type OldSheet } from "../../src/core/carry/carry";
import type { SheetPlan } from "../../src/core/sheet/types";

export interface TypedGrid extends OldSheet {
  typed: boolean[][];
}

export type Typed = string | number | boolean;

/** Values users type, many of them looking like the form's own text and numbers. */
export const typedValue: fc.Arbitrary<Typed> = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.constantFrom(
    "No",
    "Target",
    "Realisasi",
    "Satuan",
    "Keterangan",
    "%",
    "indeks",
    "TAHUN 2027",
    "INDIKATOR KINERJA INDIVIDU (IKI)",
    "1. JABATAN",
    "TW I",
  ),
  fc.constantFrom("=", "+62 812", "-", "@mention", "Baik", "Sangat Baik", "Nindya", "catatan"),
  // Numbers as text too ("0", "1/2": kept in text-formatted cells); no formulas, no leading apostrophe (Sheets drops it).
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !s.trim().startsWith("=") && !s.startsWith("'")),
  fc.constantFrom("0", "0812 345", "1/2", "TRUE", "007"),
  fc.boolean(),
);

/** Where a value is typed: an input cell, a computed cell, or any empty cell (a hand-made note). */
export type Spot = "input" | "formula" | "empty";

export type Edit =
  | { kind: "type"; spot: Spot; pick: number; value: Typed }
  | { kind: "insertRow"; pick: number }
  | { kind: "deleteRow"; pick: number }
  | { kind: "sortBody"; seed: number }
  | { kind: "deleteIdColumn" };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      spot: fc.constantFrom<Spot>("input", "input", "formula", "empty"),
      pick: fc.nat(),
      value: typedValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("insertRow" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("sortBody" as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "deleteIdColumn" as const }) },
);

/** A grid of `rows` × `cols` from an old sheet, padded, nothing typed yet. */
export function gridOf(old: OldSheet, rows: number, cols: number): TypedGrid {
  const r = Math.max(rows, old.values.length);
  const c = Math.max(cols, ...old.values.map((row) => row.length));
  return {
    values: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => old.values[i]?.[j] ?? "")),
    formulas: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => old.formulas[i]?.[j] ?? "")),
    typed: Array.from({ length: r }, () => Array.from({ length: c }, () => false)),
  };
}

const blank = (g: TypedGrid, r: number, c: number) => !g.formulas[r]?.[c] && String(g.values[r]?.[c] ?? "").trim() === "";

/**
 * Applies one edit. `inputs` are the input cells of the sheet as the add-on wrote it; `idColumn` its id
 * column; `body` its table rows — all as they stand now (the caller keeps them up to date through `moved`).
 */
export function applyEdit(
  g: TypedGrid,
  e: Edit,
  at: { inputs: [number, number][]; idColumn: number | null; body: [number, number] },
): void {
  const rows = g.values.length;
  const cols = g.values[0]?.length ?? 0;
  const mark = (r: number, c: number, value: Typed) => {
    (g.values[r] as unknown[])[c] = value;
    (g.formulas[r] as string[])[c] = "";
    (g.typed[r] as boolean[])[c] = true;
  };
  switch (e.kind) {
    case "type": {
      const spots: [number, number][] = [];
      if (e.spot === "input") spots.push(...at.inputs.filter(([r, c]) => r < rows && !g.typed[r]?.[c]));
      for (let r = 0; e.spot !== "input" && r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (c === at.idColumn) continue;
          if (e.spot === "formula" ? g.formulas[r]?.[c] : blank(g, r, c) && !at.inputs.some(([ir, ic]) => ir === r && ic === c))
            spots.push([r, c]);
        }
      }
      const spot = spots[e.pick % Math.max(1, spots.length)];
      if (spot) mark(spot[0], spot[1], e.value);
      return;
    }
    case "insertRow": {
      const r = e.pick % (rows + 1);
      g.values.splice(
        r,
        0,
        Array.from({ length: cols }, () => ""),
      );
      g.formulas.splice(
        r,
        0,
        Array.from({ length: cols }, () => ""),
      );
      g.typed.splice(
        r,
        0,
        Array.from({ length: cols }, () => false),
      );
      shiftRows(at, r, 1);
      return;
    }
    case "deleteRow": {
      if (rows < 2) return;
      const r = e.pick % rows;
      g.values.splice(r, 1);
      g.formulas.splice(r, 1);
      g.typed.splice(r, 1);
      at.inputs = at.inputs.filter(([ir]) => ir !== r);
      shiftRows(at, r + 1, -1);
      return;
    }
    case "sortBody": {
      const [first, last] = at.body;
      if (last <= first) return;
      const order = Array.from({ length: last - first + 1 }, (_, i) => i);
      // A seeded shuffle: the rows in another order, as a sort by any column gives.
      let s = e.seed + 1;
      for (let i = order.length - 1; i > 0; i--) {
        s = (s * 48271) % 2147483647;
        const j = s % (i + 1);
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      const take = <T>(xs: T[]) => order.map((i) => xs[first + i] as T);
      const [v, f, t] = [take(g.values), take(g.formulas), take(g.typed)];
      v.forEach((row, i) => (g.values[first + i] = row));
      f.forEach((row, i) => (g.formulas[first + i] = row));
      t.forEach((row, i) => (g.typed[first + i] = row));
      at.inputs = at.inputs.map(([r, c]) => (r >= first && r <= last ? [first + order.indexOf(r - first), c] : [r, c]));
      return;
    }
    case "deleteIdColumn": {
      const c = at.idColumn;
      if (c === null) return;
      for (const xs of [g.values, g.formulas, g.typed] as unknown[][][]) xs.forEach((row) => row.splice(c, 1));
      at.inputs = at.inputs.filter(([, ic]) => ic !== c).map(([r, ic]) => [r, ic > c ? ic - 1 : ic]);
      at.idColumn = null;
      return;
    }
  }
}

function shiftRows(at: { inputs: [number, number][]; body: [number, number] }, from: number, by: number): void {
  at.inputs = at.inputs.map(([r, c]) => [r >= from ? r + by : r, c]);
  const [first, last] = at.body;
  at.body = [first >= from ? first + by : first, last >= from ? last + by : last];
}

/** Input cells of a plan, [row, col]. */
export function inputCells(plan: SheetPlan): [number, number][] {
  return plan.inputs.flatMap((a) =>
    Array.from({ length: a.rows * a.cols }, (_, i) => [a.row + Math.floor(i / a.cols), a.col + (i % a.cols)] as [number, number]),
  );
}

/** A value as a multiset key: its type and text, so 7 and "7" stay apart. */
export const valueKey = (v: unknown): string => `${typeof v}:${String(v)}`;

export function multiset(values: Iterable<unknown>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(valueKey(v), (m.get(valueKey(v)) ?? 0) + 1);
  return m;
}

/** The typed values still in the grid. */
export function typedValues(g: TypedGrid): unknown[] {
  return g.values.flatMap((row, r) => row.filter((_, c) => g.typed[r]?.[c]));
}

/**
 * A sheet's values (no formulas) outside the moved-aside section's own labels: its title, note,
 * header, and the Asal / ID / Kolom / Keterangan of each entry. The entries' "Nilai sebelumnya" count.
 */
export function sheetValues(values: unknown[][]): unknown[] {
  const title = values.findIndex((row) => row.includes(ASIDE_TITLE));
  const header = title < 0 ? -1 : values.findIndex((row, r) => r > title && row.includes(ASIDE_HEADER[2]));
  const nilai = header < 0 ? -1 : (values[header] ?? []).indexOf(ASIDE_HEADER[2]);
  return values.flatMap((row, r) =>
    row.filter((v, c) => {
      if (v === "" || v === null || v === undefined) return false;
      if (title < 0 || r < title) return true;
      if (r === title || r === header || v === ASIDE_NOTE) return false;
      return r > header && c === nilai;
    }),
  );
}

/** a − b as multisets, keeping positive counts. */
export function minus(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of a) if (n - (b.get(k) ?? 0) > 0) out.set(k, n - (b.get(k) ?? 0));
  return out;
}

/** Where a user's edits land on a sheet the add-on wrote from `plan`: its input cells, id column and table rows. */
export function editTargets(plan: SheetPlan): { inputs: [number, number][]; idColumn: number | null; body: [number, number] } {
  return { inputs: inputCells(plan), idColumn: plan.table.idColumn, body: [plan.table.firstRow, plan.table.lastRow] };
}

/** The "Nilai sebelumnya" of each entry of a sheet's moved-aside section. */
export function asideValues(values: unknown[][]): unknown[] {
  const title = values.findIndex((row) => row.includes(ASIDE_TITLE));
  if (title < 0) return [];
  const header = values.findIndex((row, r) => r > title && row.includes(ASIDE_HEADER[2]));
  const col = (values[header] ?? []).indexOf(ASIDE_HEADER[2]);
  return values.slice(header + 1).flatMap((row) => (row[col] === "" || row[col] === undefined ? [] : [row[col]]));
}
