import type { Num } from "../core/rules/blank";
import { PROBLEM_TEXT, type ProblemCode, RuleProblem } from "../core/rules/problem";

/** What Sheets passes for one cell. */
export type CellValue = unknown;

/** Where a value sits: 1-based row and column inside the argument's range. */
export interface Position {
  row: number;
  col: number;
}

/** The error a custom function throws: Sheets shows its message on the cell. */
export class ArgumentError extends Error {
  constructor(
    fn: string,
    argument: string,
    problem: string,
    position?: Position | null,
    /** The rule's problem code, when a rule refused the value (the formula twins show the same). */
    readonly code?: ProblemCode,
  ) {
    const where = position ? ` (baris ${position.row}, kolom ${position.col} rentang)` : "";
    super(`${fn}: argumen ${argument}${where} ${problem}.`);
    this.name = "ArgumentError";
  }
}

/** Reads a number: "" / null / undefined are blank; anything that is not a finite number is refused. */
export function readNumber(value: CellValue, argument: string): Num {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new RuleProblem("BUKAN_ANGKA", argument, `bernilai ${describe(value)}, ${PROBLEM_TEXT.BUKAN_ANGKA}`);
}

/** Reads one of a fixed set of words (case and surrounding spaces ignored); blank gives the default. */
export function readChoice<T extends string>(value: CellValue, choices: readonly T[], fallback: T, argument: string): T {
  if (value === "" || value === null || value === undefined) return fallback;
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  const match = choices.find((c) => c === word);
  if (match) return match;
  const list = choices.map((c) => `"${c}"`).join(" atau ");
  throw new RuleProblem("PILIHAN_TIDAK_DIKENAL", argument, `bernilai ${describe(value)}; pilih ${list}`);
}

/** A result Sheets can show: never NaN or ±Infinity. */
export function finite<T>(result: T, argument: string): T {
  if (typeof result === "number" && !Number.isFinite(result)) throw new RuleProblem("HASIL_TIDAK_TERHINGGA", argument);
  return result;
}

/** Turns any failure inside a function into its Indonesian error; programming errors pass through. */
export function toArgumentError(fn: string, error: unknown, position: Position | null): unknown {
  return error instanceof RuleProblem ? new ArgumentError(fn, error.argument, error.message, position, error.code) : error;
}

export function describe(value: CellValue): string {
  if (typeof value === "string") return `teks "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE (logika)" : "FALSE (logika)";
  if (value instanceof Date) return "sebuah tanggal";
  if (typeof value === "number") return String(value);
  return typeof value;
}
