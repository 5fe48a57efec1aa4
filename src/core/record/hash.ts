/**
 * A cell's content as a short hash: 24 bits of FNV-1a, four base64url characters. Enough to tell
 * "still exactly what the add-on wrote" from "changed" (a changed cell looks unchanged once in
 * 16.7 million), and four characters whatever the text's length, so a sheet's record stays small.
 * Values compare as text with spaces folded (Sheets hands back 7 for "7"); formulas by their shape,
 * since Sheets moves their references when rows or columns are inserted.
 */
import { formulaShape, text } from "../sheet/old-sheet";

export const HASH_CHARS = 4;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** FNV-1a over UTF-16 code units, 32 bits. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The low 24 bits of a 32-bit number as four base64url characters. */
export function short(n: number): string {
  let out = "";
  for (let i = 3; i >= 0; i--) out += ALPHABET[(n >>> (6 * i)) & 63];
  return out;
}

/** "" for a blank cell; else the hash of "f:<shape>" or "v:<text>". */
export function cellHash(value: unknown, formula?: string): string {
  const f = text(formula);
  if (f) return hashOf(`f:${formulaShape(f)}`);
  const v = text(value);
  return v === "" ? "" : hashOf(`v:${v}`);
}

/** Hashes already computed: the same long texts (tugas, fungsi, indicators) recur on every sheet and run. */
const hashes = new Map<string, string>();
function hashOf(s: string): string {
  let hash = hashes.get(s);
  if (hash === undefined) {
    if (hashes.size > 20_000) hashes.clear();
    hash = short(fnv1a(s));
    hashes.set(s, hash);
  }
  return hash;
}

export const isHash = (s: string): boolean => s.length === HASH_CHARS && [...s].every((ch) => ALPHABET.includes(ch));
