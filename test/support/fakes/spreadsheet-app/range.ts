/**
 * The fake Range and RangeList: views of a box of a FakeSheet whose reads and
 * writes act on the sheet's cell state, logged under the sheet's name.
 */

import type { BuiltTextStyle, BuiltValidation, RangeApi, RangeListApi } from "../../../../src/adapters/sheets/services";
import { a1Range } from "../../../../src/core/sheet/a1";
import type { FakeDataValidation, FakeTextStyle } from "./builders";
import { type Box, type CellState, inside, overlaps, sortRows, writeValue } from "./cells";
import type { CallKind } from "./log";
import { FakeProtection } from "./protection";
import type { FakeSheet } from "./sheet";

export class FakeRange
  implements RangeApi, Pick<GoogleAppsScript.Spreadsheet.Range, "getA1Notation" | "getRow" | "getColumn" | "getNumRows" | "getNumColumns">
{
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}
  private rec(method: string, kind: CallKind): void {
    this.sheet.rec(method, kind, "Range");
  }
  private each(fn: (cell: CellState, r: number, c: number) => void): void {
    for (let r = 0; r < this.box.rows; r++)
      for (let c = 0; c < this.box.cols; c++) fn(this.sheet.at(this.box.row + r, this.box.col + c), r, c);
  }
  private grid<T>(method: string, data: T[][], put: (cell: CellState, v: T) => void): FakeRange {
    this.rec(method, "write");
    if (data.length !== this.box.rows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.box.rows}.`,
      );
    data.forEach((row, _r) => {
      if (row.length !== this.box.cols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.box.cols}.`,
        );
    });
    this.each((cell, r, c) => put(cell, (data[r] as T[])[c] as T));
    return this;
  }
  getA1Notation(): string {
    this.rec("getA1Notation", "handle");
    return a1Range(this.box.row, this.box.col, this.box.rows, this.box.cols);
  }
  getRow(): number {
    return this.box.row + 1;
  }
  getColumn(): number {
    return this.box.col + 1;
  }
  getNumRows(): number {
    return this.box.rows;
  }
  getNumColumns(): number {
    return this.box.cols;
  }
  getValues(): unknown[][] {
    this.rec("getValues", "read");
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) => {
        const cell = this.sheet.peek(this.box.row + r, this.box.col + c);
        return !cell || cell.formula ? "" : cell.value;
      }),
    );
  }
  getFormulas(): string[][] {
    this.rec("getFormulas", "read");
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) => this.sheet.peek(this.box.row + r, this.box.col + c)?.formula ?? ""),
    );
  }
  setValues(values: unknown[][]): FakeRange {
    return this.grid("setValues", values, (cell, v) => writeValue(cell, v));
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.grid("setNumberFormats", numberFormats, (cell, v) => (cell.numberFormat = v));
  }
  setBackgrounds(color: (string | null)[][]): FakeRange {
    return this.grid("setBackgrounds", color, (cell, v) => (cell.background = v));
  }
  setTextStyles(styles: BuiltTextStyle[][]): FakeRange {
    return this.grid("setTextStyles", styles, (cell, v) => (cell.textStyle = v as FakeTextStyle));
  }
  setHorizontalAlignments(alignments: ("left" | "center" | "normal" | "right" | null)[][]): FakeRange {
    return this.grid("setHorizontalAlignments", alignments, (cell, v) => (cell.hAlign = v));
  }
  setVerticalAlignments(alignments: ("top" | "middle" | "bottom" | null)[][]): FakeRange {
    return this.grid("setVerticalAlignments", alignments, (cell, v) => (cell.vAlign = v));
  }
  setWraps(isWrapEnabled: boolean[][]): FakeRange {
    return this.grid("setWraps", isWrapEnabled, (cell, v) => (cell.wrap = v));
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    return this.grid("setNotes", notes, (cell, v) => (cell.note = v ?? ""));
  }
  setDataValidations(rules: (BuiltValidation | null)[][]): FakeRange {
    return this.grid("setDataValidations", rules, (cell, v) => (cell.validation = v as FakeDataValidation | null));
  }
  /** Range.setDataValidation(rule): one rule (or none) on every cell of the range. */
  setDataValidation(rule: BuiltValidation | null): FakeRange {
    this.rec("setDataValidation", "write");
    this.each((cell) => (cell.validation = rule as FakeDataValidation | null));
    return this;
  }
  clearDataValidations(): FakeRange {
    this.rec("clearDataValidations", "write");
    // The cells that exist only: one not made yet has no validation. Making every cell of the
    // whole-sheet range a re-run clears (1000 × 26) slowed every later call on that sheet.
    const { row, col, rows, cols } = this.box;
    for (const [key, cell] of this.sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r >= row && r < row + rows && c >= col && c < col + cols) cell.validation = null;
    }
    return this;
  }
  breakApart(): FakeRange {
    this.rec("breakApart", "write");
    if (this.sheet.merges.some((m) => overlaps(m, this.box) && !inside(m, this.box))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !inside(m, this.box));
    return this;
  }
  merge(): FakeRange {
    this.rec("merge", "write");
    this.addMerge(this.box);
    return this;
  }
  mergeAcross(): FakeRange {
    this.rec("mergeAcross", "write");
    if (this.box.cols > 1) for (let r = 0; r < this.box.rows; r++) this.addMerge({ ...this.box, row: this.box.row + r, rows: 1 });
    return this;
  }
  mergeVertically(): FakeRange {
    this.rec("mergeVertically", "write");
    if (this.box.rows > 1) for (let c = 0; c < this.box.cols; c++) this.addMerge({ ...this.box, col: this.box.col + c, cols: 1 });
    return this;
  }
  /** Range.protect(): a RANGE protection over this range (users' own; the adapter's for a plan that protects areas). */
  protect(): FakeProtection {
    this.rec("protect", "write");
    const p = new FakeProtection(this.sheet, "RANGE", { ...this.box });
    this.sheet.protections.push(p);
    return p;
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): FakeRange {
    this.rec("setBorder", "write");
    if ([top, left, bottom, right, vertical, horizontal].some(Boolean)) this.sheet.borders.push({ ...this.box });
    return this;
  }
  /** Range.sort: by a 1-based sheet column, or { column, ascending }; formulas move with their rows. */
  sort(sortSpecObj: number | { column: number; ascending?: boolean }): FakeRange {
    this.rec("sort", "write");
    sortRows(this.sheet, this.box, sortSpecObj);
    return this;
  }
  private addMerge(box: Box): void {
    if (this.sheet.merges.some((m) => overlaps(m, box)))
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) if (r !== box.row || c !== box.col) writeValue(this.sheet.at(r, c), "");
    }
    this.sheet.merges.push(box);
  }
}

export class FakeRangeList implements RangeListApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    this.sheet.rec("getRanges", "handle", "RangeList");
    return [...this.ranges];
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): FakeRangeList {
    this.sheet.rec("setBorder", "write", "RangeList");
    if ([top, left, bottom, right, vertical, horizontal].some(Boolean)) this.sheet.borders.push(...this.ranges.map((r) => ({ ...r.box })));
    return this;
  }
}
