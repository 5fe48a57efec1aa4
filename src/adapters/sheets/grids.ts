/**
 * A sheet plan as the 2-D arrays of the range-wide setters: one array per
 * property over the whole plan area, so each property is one call. Pure.
 * A property left at the sheet's default everywhere is `null`: the adapter
 * skips that setter (the sheet is new, or was cleared first).
 */
import type { CellPlan, CellStyle, HAlign, SheetPlan, VAlign, ValidationPlan } from "../../core/sheet/types";

/** Sheets' default number format. */
export const GENERAL = "General";

export interface TextStyleKey {
  bold: boolean;
  italic: boolean;
  fontSize?: number;
  fontColor?: string;
}

export interface SheetGrids {
  rows: number;
  cols: number;
  /** Values with formulas inlined ("=…"); text that would read as a formula ("=", "+", "-", "@") is quoted with "'". */
  values: unknown[][];
  numberFormats: string[][] | null;
  backgrounds: (string | null)[][] | null;
  /** Index into `textStyles` per cell (0 is the default style). */
  textStyleIndex: number[][] | null;
  textStyles: TextStyleKey[];
  hAligns: (HAlign | null)[][] | null;
  vAligns: (VAlign | null)[][] | null;
  wraps: boolean[][] | null;
  notes: (string | null)[][] | null;
  /** Index into `validations` per cell, -1 for none. */
  validationIndex: number[][] | null;
  validations: ValidationPlan[];
}

/**
 * A plain value for setValues. setValues reads a string as a user's typing: "=…" becomes a formula,
 * "+…" and "-…" are parsed as one too ("- butir" gives #ERROR!), "@…" is a Lotus-style formula
 * prefix, and a leading "'" is eaten. In a General cell a leading "'" keeps any of them text (Sheets
 * does not show it). A cell with the text format "@" (formats are set before values) takes the string
 * as it is and gets no "'": whether Sheets would show one there is not documented, and none is needed.
 */
export function cellValue(cell: CellPlan): unknown {
  if (cell.formula) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  const value: unknown = cell.value;
  if (value === undefined || value === null) return "";
  if (typeof value === "string" && cell.style?.numberFormat !== "@" && /^[='+\-@]/.test(value)) return `'${value}`;
  return value;
}

function grid<T>(plan: SheetPlan, read: (cell: CellPlan, style: CellStyle) => T, isDefault: (v: T) => boolean): T[][] | null {
  let used = false;
  const out = plan.cells.map((row) =>
    row.map((cell) => {
      const v = read(cell, cell.style ?? {});
      if (!isDefault(v)) used = true;
      return v;
    }),
  );
  return used ? out : null;
}

export function sheetGrids(plan: SheetPlan): SheetGrids {
  const rows = plan.cells.length;
  const cols = plan.width;
  const textStyles: TextStyleKey[] = [{ bold: false, italic: false }];
  const styleIndex = new Map<string, number>([[JSON.stringify(textStyles[0]), 0]]);
  const textStyleIndex = grid(
    plan,
    (_, s) => {
      const key: TextStyleKey = { bold: !!s.bold, italic: !!s.italic };
      if (s.fontSize !== undefined) key.fontSize = s.fontSize;
      if (s.fontColor !== undefined) key.fontColor = s.fontColor;
      const id = JSON.stringify(key);
      let index = styleIndex.get(id);
      if (index === undefined) {
        index = textStyles.push(key) - 1;
        styleIndex.set(id, index);
      }
      return index;
    },
    (i) => i === 0,
  );

  const validations: ValidationPlan[] = [];
  const byCell: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  for (const input of plan.inputs) {
    const index = validations.push(input.validation) - 1;
    for (let r = input.row; r < input.row + input.rows && r < rows; r++) {
      for (let c = input.col; c < input.col + input.cols && c < cols; c++) (byCell[r] as number[])[c] = index;
    }
  }

  return {
    rows,
    cols,
    values: plan.cells.map((row) => row.map(cellValue)),
    numberFormats: grid(
      plan,
      (_, s) => s.numberFormat ?? GENERAL,
      (v) => v === GENERAL,
    ),
    backgrounds: grid(
      plan,
      (_, s) => s.background ?? null,
      (v) => v === null,
    ),
    textStyleIndex,
    textStyles,
    hAligns: grid(
      plan,
      (_, s) => s.hAlign ?? null,
      (v) => v === null,
    ),
    vAligns: grid(
      plan,
      (_, s) => s.vAlign ?? null,
      (v) => v === null,
    ),
    wraps: grid(
      plan,
      (_, s) => !!s.wrap,
      (v) => !v,
    ),
    notes: grid(
      plan,
      (cell) => cell.note ?? null,
      (v) => v === null,
    ),
    validationIndex: validations.length ? byCell : null,
    validations,
  };
}
