/**
 * Cell values as Sheets getValues() (or an xlsx reader) gives them — strings, numbers,
 * booleans, Dates, "" for blank — turned into the catalog's text, years, numbers and
 * lists. Each reader returns the value or why it is not one; the caller words the problem.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; why: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(why: string): Read<T> => ({ ok: false, why });

/** Years a catalog may name: an IKI is yearly, a typo such as 20277 is not a year. */
export const TAHUN_MIN = 1900;
export const TAHUN_MAX = 2100;

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === "" || (typeof v === "string" && v.trim() === "");
}

/** Text of a cell, trimmed, line breaks as "\n". A date is not text: Sheets turned what was typed into a date. */
export function readText(v: unknown): Read<string> {
  if (isBlank(v)) return ok("");
  if (typeof v === "string") return ok(v.replace(/\r\n?/g, "\n").trim());
  if (typeof v === "number") return Number.isFinite(v) ? ok(String(v)) : no("bukan teks");
  if (typeof v === "boolean") return ok(v ? "TRUE" : "FALSE");
  if (v instanceof Date) return no("terbaca sebagai tanggal; ketik sebagai teks (format teks biasa)");
  return no("bukan teks");
}

/** Lines of a multi-line cell, each trimmed, empty lines dropped. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** "a. ", "b) " … at the start of each line in order: the letters the add-on prints itself, not doubled. */
export function withoutLetters(items: string[]): string[] {
  if (items.length === 0 || items.length > 26) return items;
  const lettered = items.map((item, i) => new RegExp(`^${String.fromCharCode(97 + i)}[.)]\\s*(\\S[\\s\\S]*)$`, "i").exec(item));
  if (lettered.some((m) => m === null)) return items;
  return lettered.map((m) => (m as RegExpExecArray)[1] as string);
}

/** A number, also typed as text ("75", "75,5"); Indonesian decimal comma accepted. */
export function readNumber(v: unknown): Read<number> {
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : no("bukan angka");
  if (typeof v === "string") {
    const s = v.trim();
    if (/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) return ok(Number(s.replace(",", ".")));
    return no("bukan angka");
  }
  if (v instanceof Date) return no("terbaca sebagai tanggal, bukan angka");
  return no("bukan angka");
}

/** A year (2027 or "2027"); a date is refused, it is not a year even when it falls in one. */
export function readYear(v: unknown): Read<number> {
  if (v instanceof Date) return no("terbaca sebagai tanggal; isi tahunnya saja, mis. 2027");
  const n = readNumber(v);
  if (!n.ok || !Number.isInteger(n.value) || n.value < TAHUN_MIN || n.value > TAHUN_MAX) {
    return no(`bukan tahun; isi tahun empat angka ${TAHUN_MIN}–${TAHUN_MAX}, mis. 2027`);
  }
  return n;
}

/** One of `values`, whatever its case; blank is `fallback` when there is one. */
export function readChoice<T extends string>(v: unknown, values: readonly T[], fallback?: T): Read<T> | null {
  const text = readText(v);
  if (!text.ok) return no(text.why);
  if (text.value === "") return fallback === undefined ? null : ok(fallback);
  const wanted = text.value.replace(/\s+/g, " ").toLowerCase();
  const found = values.find((value) => value.toLowerCase() === wanted);
  return found === undefined ? no("tidak dikenal") : ok(found);
}
