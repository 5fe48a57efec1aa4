import type { Area, CellPlan, CellStyle, InputArea, SheetPlan, ValidationPlan } from "../sheet/types";

/** Mutable scratch pad for one sheet; `finish` returns the plain SheetPlan. */
export class SheetBuilder {
  readonly cells: CellPlan[][] = [];
  readonly merges: Area[] = [];
  readonly borders: Area[] = [];
  readonly rowHeights: (number | null)[] = [];
  private readonly inputCells: { row: number; col: number; validation: ValidationPlan; pengisi?: string }[] = [];
  private readonly computedCells: { row: number; col: number }[] = [];

  constructor(readonly width: number) {}

  /** Makes sure `row` exists, with `width` empty cells. */
  ensureRow(row: number): void {
    while (this.cells.length <= row) {
      this.cells.push(Array.from({ length: this.width }, () => ({})));
      this.rowHeights.push(null);
    }
  }

  set(row: number, col: number, cell: CellPlan): void {
    this.ensureRow(row);
    (this.cells[row] as CellPlan[])[col] = cell;
  }

  /** Applies a style to every cell of an area without touching values. */
  style(area: Area, style: CellStyle): void {
    for (let r = area.row; r < area.row + area.rows; r++) {
      this.ensureRow(r);
      for (let c = area.col; c < area.col + area.cols; c++) {
        const row = this.cells[r] as CellPlan[];
        const cell = row[c] as CellPlan;
        row[c] = { ...cell, style: { ...cell.style, ...style } };
      }
    }
  }

  merge(area: Area): void {
    if (area.rows > 1 || area.cols > 1) this.merges.push(area);
  }

  /** `pengisi`: the jabatan whose pengisi fill the cell, on a sheet that is not one jabatan's (InputArea). */
  input(row: number, col: number, validation: ValidationPlan, cell: CellPlan, pengisi?: string): void {
    this.set(row, col, cell);
    this.inputCells.push({ row, col, validation, ...(pengisi !== undefined && { pengisi }) });
  }

  computed(row: number, col: number, cell: CellPlan): void {
    this.set(row, col, cell);
    this.computedCells.push({ row, col });
  }

  /** Input cells grouped into vertical runs that share a validation and a pengisi. */
  inputAreas(): InputArea[] {
    const same = (a: (typeof this.inputCells)[0], b: (typeof this.inputCells)[0]) =>
      a.pengisi === b.pengisi && JSON.stringify(a.validation) === JSON.stringify(b.validation);
    return runs(this.inputCells, same).map((run) => ({
      row: run[0]!.row,
      col: run[0]!.col,
      rows: run.length,
      cols: 1,
      validation: run[0]!.validation,
      ...(run[0]!.pengisi !== undefined && { pengisi: run[0]!.pengisi }),
    }));
  }

  /** Computed cells grouped into vertical runs, then side-by-side runs joined into rectangles. */
  computedAreas(): Area[] {
    const vertical = runs(this.computedCells, () => true).map((run) => ({ row: run[0]!.row, col: run[0]!.col, rows: run.length, cols: 1 }));
    const joined: Area[] = [];
    for (const area of vertical.sort((a, b) => a.row - b.row || a.col - b.col)) {
      const left = joined.find((j) => j.row === area.row && j.rows === area.rows && j.col + j.cols === area.col);
      if (left) left.cols += 1;
      else joined.push({ ...area });
    }
    return joined;
  }

  finish(rest: Omit<SheetPlan, "cells" | "width" | "merges" | "borders" | "rowHeights" | "inputs">): SheetPlan {
    return {
      ...rest,
      cells: this.cells,
      width: this.width,
      merges: this.merges,
      borders: this.borders,
      rowHeights: this.rowHeights,
      inputs: this.inputAreas(),
    };
  }
}

/** Splits cells into runs of consecutive rows in one column where `same` holds. */
function runs<T extends { row: number; col: number }>(cells: T[], same: (a: T, b: T) => boolean): T[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: T[][] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.col === cell.col && prev.row + 1 === cell.row && same(prev, cell)) last.push(cell);
    else out.push([cell]);
  }
  return out;
}
