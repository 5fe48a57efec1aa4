/**
 * What an existing sheet holds, as the Sheets adapter and the offline reader
 * hand it to carry-over (getDataRange values and formulas), and how its cells
 * compare: spaces folded, case ignored, formulas by shape.
 */
import type { CellPlan } from "./types";

export interface OldSheet {
  values: unknown[][];
  formulas: string[][];
}

/** A cell as comparable text: spaces folded, dates as ISO; keyOf also ignores case. */
export function text(v: unknown): string {
  // Called for every cell, often more than once: blanks, numbers and single words skip the regex.
  if (v == null || v === "") return "";
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return v.toISOString();
  const s = String(v);
  let folded = foldedTexts.get(s);
  if (folded === undefined) {
    if (foldedTexts.size > 20_000) foldedTexts.clear();
    folded = /\s/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
    foldedTexts.set(s, folded);
  }
  return folded;
}
/** Texts already folded: a long tugas or fungsi text is compared and hashed many times per sheet. */
const foldedTexts = new Map<string, string>();
/** Not normLabel (core/text.ts): a cell of any type compares here, a number or a date by its text. */
export const keyOf = (v: unknown): string => text(v).toLowerCase();

/** A value read from Sheets (number, text, boolean or Date) as a plan value; setValues writes it back as it came. */
export const asValue = (v: unknown): CellPlan["value"] => v as CellPlan["value"];

/** Shapes already computed: carry-over asks for the same formulas many times (five regexes each). */
const shapes = new Map<string, string>();

/** A formula with its references and text literals blanked: equal shapes mean "made by a plan". */
export function formulaShape(formula: string): string {
  let shape = shapes.get(formula);
  if (shape === undefined) {
    if (shapes.size > 20_000) shapes.clear();
    shape = computeShape(formula);
    shapes.set(formula, shape);
  }
  return shape;
}

function computeShape(formula: string): string {
  return formula
    .replace(/"(?:[^"]|"")*"/g, "S")
    .replace(/(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!/g, "")
    .replace(/\$?[A-Za-z]{1,3}\$?\d+/g, "R")
    .replace(/\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}/g, "R:R")
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** The old cell at (r, c): its value and its formula text ("" when none). */
export function oldCell(old: OldSheet, r: number, c: number): { v: unknown; f: string } {
  return { v: old.values[r]?.[c], f: text(old.formulas[r]?.[c]) };
}

export function isBlank(old: OldSheet, r: number, c: number): boolean {
  const v = old.values[r]?.[c];
  const f = old.formulas[r]?.[c];
  return (f == null || f === "" || text(f) === "") && (v == null || v === "" || text(v) === "");
}

/** Columns of the widest row. */
export function widthOf(old: OldSheet): number {
  return Math.max(0, ...old.values.map((row) => row.length), ...old.formulas.map((row) => row.length));
}

/**
 * Text that Sheets would read as something else when written back with setValues (a number, a date,
 * a formula, TRUE): it is written with the text format "@" so it stays exactly what the user had.
 */
export function needsTextFormat(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const s = v.trim();
  return /^[=+\-@']/.test(s) || /^[\d\s.,:/%$()-]+$/.test(s) || /^(true|false)$/i.test(s);
}
