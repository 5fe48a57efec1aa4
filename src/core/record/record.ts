/**
 * The record of what the add-on wrote on a sheet: a short hash (hash.ts) of every cell of
 * the plan it wrote, in the plan's rows and columns, with what it takes to find those cells
 * again after users insert, delete or sort rows and columns: the table's column keys, its id
 * column and rows, and what each row is (form header, table, signature …). Stored with the
 * sheet as text (developer metadata in Sheets, a hidden sheet in the .xlsx); read back with
 * every part checked, so a damaged record is no record (the carry-over then compares with
 * the fresh form, as before records existed) and never makes a typed value look written.
 */
import type { SheetPlan } from "../sheet/types";
import { cellHash, fnv1a, HASH_CHARS, isHash, short } from "./hash";

/** What a row of the plan is: k form header (title, jabatan, tugas, fungsi), h table header, t table body, s signature, r the rest. */
export type Region = "k" | "h" | "t" | "s" | "r";

export interface WrittenRecord {
  /** The table's column key per plan column ("" past the table). */
  keys: string[];
  idCol: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** One Region letter per row. */
  regions: string;
  /** Hash per row and column, "" where the add-on wrote nothing (or a typed value stayed). */
  cells: string[][];
}

const MAGIC = "IKI1";

/**
 * Google keeps 30,000 characters of developer metadata per sheet (keys and values counted, Sheets
 * API guide "Read & write developer metadata", size limits); the marker takes a few. A record longer
 * than this is not kept: the sheet then falls back to the comparison with the fresh form.
 */
export const RECORD_MAX_CHARS = 25_000;

/** What `plan` writes (`without` leaves out the cells where typed values stayed, which are the user's). */
export function recordOf(plan: SheetPlan): WrittenRecord {
  const t = plan.table;
  const sig = plan.signature;
  const region = (r: number): Region => {
    if (r >= t.headerRow && r < t.headerRow + t.headerRows) return "h";
    if (r >= t.firstRow && r <= t.lastRow) return "t";
    if (sig && r >= sig.row && r < sig.row + sig.rows) return "s";
    return r < t.headerRow ? "k" : "r";
  };
  return {
    keys: Array.from({ length: plan.width }, (_, c) => t.columns[c]?.key ?? ""),
    idCol: t.idColumn,
    headerRow: t.headerRow,
    firstRow: t.firstRow,
    lastRow: t.lastRow,
    regions: plan.cells.map((_, r) => region(r)).join(""),
    cells: plan.cells.map((row) => row.map((cell) => cellHash(cell.value, cell.formula))),
  };
}

/** The record as stored: fields joined by "|", rows by "/", a blank cell ".", a run of n blanks "~n.", a checksum last. */
export function encodeRecord(record: WrittenRecord): string {
  const rows = record.cells.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    let out = "";
    for (let c = 0; c < end; ) {
      if (row[c] !== "") {
        out += row[c++];
        continue;
      }
      let n = 0;
      while (c < end && row[c] === "") [n, c] = [n + 1, c + 1];
      out += n === 1 ? "." : `~${n}.`;
    }
    return out;
  });
  const body = [
    MAGIC,
    record.keys.join(","),
    record.idCol,
    record.headerRow,
    record.firstRow,
    record.lastRow,
    record.regions,
    rows.join("/"),
  ].join("|");
  return `${body}|${short(fnv1a(body))}`;
}

/** The stored text read back, or null when it is not a whole, unaltered record. */
export function decodeRecord(stored: unknown): WrittenRecord | null {
  if (typeof stored !== "string") return null;
  const cut = stored.lastIndexOf("|");
  if (cut < 0 || stored.slice(cut + 1) !== short(fnv1a(stored.slice(0, cut)))) return null;
  const parts = stored.slice(0, cut).split("|");
  if (parts.length !== 8 || parts[0] !== MAGIC) return null;
  const [, keys, idCol, headerRow, firstRow, lastRow, regions, payload] = parts as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const numbers = [idCol, headerRow, firstRow, lastRow].map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < -2) || !/^[khtsr]*$/.test(regions)) return null;
  const cells = payload === "" && regions === "" ? [] : payload.split("/").map(decodeRow);
  if (cells.length !== regions.length || cells.some((row) => row === null)) return null;
  const [i, h, f, l] = numbers as [number, number, number, number];
  const columns = keys.split(",");
  // Trailing blanks were left out when stored: every row as wide as the columns again.
  const rows = (cells as string[][]).map((row) =>
    row.length < columns.length ? [...row, ...Array<string>(columns.length - row.length).fill("")] : row,
  );
  return { keys: columns, idCol: i, headerRow: h, firstRow: f, lastRow: l, regions, cells: rows };
}

function decodeRow(text: string): string[] | null {
  const row: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === ".") {
      row.push("");
      i++;
    } else if (text[i] === "~") {
      const end = text.indexOf(".", i);
      const n = Number(text.slice(i + 1, end));
      if (end < 0 || !Number.isInteger(n) || n < 1 || n > 10_000) return null;
      for (let k = 0; k < n; k++) row.push("");
      i = end + 1;
    } else {
      const hash = text.slice(i, i + HASH_CHARS);
      if (!isHash(hash)) return null;
      row.push(hash);
      i += HASH_CHARS;
    }
  }
  return row;
}

/** The record with the cells at `except` ("row,col") left blank. */
export function without(record: WrittenRecord, except: ReadonlySet<string>): WrittenRecord {
  if (except.size === 0) return record;
  return { ...record, cells: record.cells.map((row, r) => row.map((h, c) => (except.has(`${r},${c}`) ? "" : h))) };
}

/** The record as stored, or null when it would pass the size Google allows (README, "After a catalog edit"). */
export function storable(record: WrittenRecord): string | null {
  const text = encodeRecord(record);
  return text.length <= RECORD_MAX_CHARS ? text : null;
}

/** The record to store for a plan written as it is. */
export const storedRecord = (plan: SheetPlan): string | null => storable(recordOf(plan));
