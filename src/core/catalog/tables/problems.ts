/**
 * What is wrong with a catalog as the sheets hold it: one problem per cell, in
 * Indonesian, saying what is wrong and what is allowed (the rules: cells.ts, read-*.ts). Collected,
 * never thrown, so a read reports all of them at once.
 */

import { quote } from "../../quote";
import { a1 } from "../../sheet/a1";
import { ALL_CATALOG_SHEETS, type CatalogSheetName } from "./layout";

export interface CatalogProblem {
  sheet: CatalogSheetName;
  /** "KATALOG!I5"; absent when the sheet itself is missing. */
  cell?: string;
  message: string;
}

/** Problems in sheet order (KATALOG, JABATAN, PENGATURAN, PROGRAM), then by cell. */
export class Problems {
  private readonly list: { order: [number, number, number, number]; problem: CatalogProblem }[] = [];

  sheet(sheet: CatalogSheetName, message: string): void {
    this.list.push({ order: [ALL_CATALOG_SHEETS.indexOf(sheet), -1, -1, this.list.length], problem: { sheet, message } });
  }

  /** A problem at a 0-based row and column of the sheet's values. */
  at(sheet: CatalogSheetName, row: number, col: number, message: string): void {
    const problem = { sheet, cell: cellRef(sheet, row, col), message };
    this.list.push({ order: [ALL_CATALOG_SHEETS.indexOf(sheet), row, col, this.list.length], problem });
  }

  get count(): number {
    return this.list.length;
  }

  sorted(): CatalogProblem[] {
    const cmp = (a: readonly number[], b: readonly number[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
      return 0;
    };
    return [...this.list].sort((a, b) => cmp(a.order, b.order)).map((p) => p.problem);
  }
}

/** "KATALOG!I5" from 0-based row and column. Catalog sheet names need no quotes. */
export function cellRef(sheet: CatalogSheetName, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/**
 * What a cell holds, for a message: at most 80 characters (core/quote.ts). A date as the date
 * the user saw: Sheets hands dates over at midnight in the script's time zone, so local parts.
 */
export function shown(v: unknown): string {
  if (!(v instanceof Date)) return quote(v);
  if (Number.isNaN(v.getTime())) return "tanggal tidak sah";
  const two = (n: number) => String(n).padStart(2, "0");
  return `tanggal ${v.getFullYear()}-${two(v.getMonth() + 1)}-${two(v.getDate())}`;
}

/** "a, b atau c". */
export function either(values: readonly string[]): string {
  const shownValues = values.map((v) => (v === "" ? "(kosong)" : v));
  if (shownValues.length <= 1) return shownValues.join("");
  return `${shownValues.slice(0, -1).join(", ")} atau ${shownValues[shownValues.length - 1]}`;
}
