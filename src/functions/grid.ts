import { ArgumentError, type CellValue, toArgumentError } from "./cells";

/** A custom-function argument seen as a grid; a single value is 1×1 and broadcasts. */
export interface Grid {
  rows: number;
  cols: number;
  single: boolean;
  matrix: readonly (readonly CellValue[])[];
}

export function toGrid(value: unknown, fn: string, argument: string): Grid {
  if (!Array.isArray(value)) return { rows: 1, cols: 1, single: true, matrix: [[value]] };
  // Sheets passes 2-D arrays; a 1-D array is taken as one row.
  const matrix: unknown[][] = value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value];
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0] as unknown[]).length;
  if (rows === 0 || cols === 0) throw new ArgumentError(fn, argument, "adalah rentang kosong");
  for (const row of matrix) {
    if (row.length !== cols) throw new ArgumentError(fn, argument, "adalah rentang yang barisnya tidak sama panjang");
    for (const cell of row) if (Array.isArray(cell)) throw new ArgumentError(fn, argument, "berisi rentang bersarang");
  }
  return { rows, cols, single: rows === 1 && cols === 1, matrix };
}

/** One argument of an element-wise function: its name, what Sheets passed, and how to read one cell of it. */
export interface Arg<V> {
  name: string;
  value: unknown;
  read: (cell: CellValue, name: string) => V;
}

export const arg = <V>(name: string, value: unknown, read: (cell: CellValue, name: string) => V): Arg<V> => ({ name, value, read });

/**
 * Applies `compute` cell by cell over arguments that are single values or ranges
 * of one shape (single values and 1×1 ranges broadcast, and are read once). All
 * single values give a single result; otherwise a 2-D array of the shared shape,
 * so one call fills a column. This is the hot path: no allocation per cell but the result.
 */
export function elementwise<T>(fn: string, args: readonly Arg<unknown>[], compute: (values: unknown[]) => T): T | T[][] {
  const grids = args.map((a) => toGrid(a.value, fn, a.name));
  let shape: { grid: Grid; name: string } | null = null;
  grids.forEach((g, i) => {
    if (g.single) return;
    const name = (args[i] as Arg<unknown>).name;
    if (!shape) shape = { grid: g, name };
    else if (shape.grid.rows !== g.rows || shape.grid.cols !== g.cols) {
      const s = shape.grid;
      throw new ArgumentError(fn, name, `berukuran ${g.rows}×${g.cols}, tidak sama dengan argumen ${shape.name} (${s.rows}×${s.cols})`);
    }
  });
  const scalar = args.every((a) => !Array.isArray(a.value));
  const values: unknown[] = new Array(args.length);
  const ranged: number[] = [];
  try {
    grids.forEach((g, i) => {
      const a = args[i] as Arg<unknown>;
      if (g.single) values[i] = a.read((g.matrix[0] as CellValue[])[0], a.name);
      else ranged.push(i);
    });
  } catch (e) {
    throw toArgumentError(fn, e, null);
  }
  if (scalar) {
    try {
      return compute(values);
    } catch (e) {
      throw toArgumentError(fn, e, null);
    }
  }
  const found = shape as { grid: Grid } | null;
  const rows = found ? found.grid.rows : 1;
  const cols = found ? found.grid.cols : 1;
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      try {
        for (const i of ranged) {
          const a = args[i] as Arg<unknown>;
          values[i] = a.read(((grids[i] as Grid).matrix[r] as CellValue[])[c], a.name);
        }
        line[c] = compute(values);
      } catch (e) {
        throw toArgumentError(fn, e, { row: r + 1, col: c + 1 });
      }
    }
    out[r] = line;
  }
  return out;
}
