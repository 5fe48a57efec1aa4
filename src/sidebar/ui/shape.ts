import { clip } from "./errors";

/**
 * Small hand-written shape checks for the server's answers (zod would make the
 * sidebar bundle several times larger). A guard returns a fresh value built from
 * the fields it knows, reading own properties only, or throws a ShapeError that
 * names the path and what arrived, in Indonesian.
 */

export type Guard<T> = (value: unknown, path: string) => T;

export class ShapeError extends Error {
  override name = "ShapeError";
}

/** Own properties only: `constructor`, `toString`, `__proto__` of Object.prototype are never read as data. */
export function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: the sidebar may run in an older browser than Object.hasOwn (ES2022).
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** What arrived, in a few words; strings are quoted in at most 80 characters. */
export function whatArrived(value: unknown): string {
  if (value === undefined) return "tidak ada";
  if (value === null) return "null";
  if (Array.isArray(value)) return "daftar";
  if (typeof value === "string") return `teks "${clip(value)}"`;
  if (typeof value === "number") return `angka ${value}`;
  if (typeof value === "boolean") return String(value);
  return typeof value === "object" ? "objek" : "nilai tak dikenal";
}

export function fail(path: string, expected: string, value: unknown): never {
  throw new ShapeError(`${path} harus berupa ${expected}, diterima ${whatArrived(value)}`);
}

export const text: Guard<string> = (value, path) => (typeof value === "string" ? value : fail(path, "teks", value));

export const boolean: Guard<boolean> = (value, path) => (typeof value === "boolean" ? value : fail(path, "true atau false", value));

/** A whole number (a year). */
export const integer: Guard<number> = (value, path) =>
  typeof value === "number" && Number.isInteger(value) ? value : fail(path, "bilangan bulat", value);

/** A whole number ≥ 0 (a count). */
export const count: Guard<number> = (value, path) =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fail(path, "bilangan bulat ≥ 0", value);

export function list<T>(item: Guard<T>): Guard<T[]> {
  return (value, path) => (Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, "daftar", value));
}

export function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object with exactly the given fields (others are dropped). */
export function record<T>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (value, path) => {
    if (!isObject(value)) return fail(path, "objek", value);
    const out = {} as T;
    for (const key of keys) out[key] = fields[key](field(value, key), `${path}.${key}`);
    return out;
  };
}

/** An own property's value, or undefined. */
export function field(object: object, key: string): unknown {
  return hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * A field renamed in the contract from `old` to `key`: an older server's answer, which has
 * only `old`, is read as if it had `key` (this server sends both, for an older sidebar).
 */
export function renamed<T>(guard: Guard<T>, key: string, old: string): Guard<T> {
  return (value, path) =>
    guard(isObject(value) && !hasOwn(value, key) && hasOwn(value, old) ? { ...value, [key]: field(value, old) } : value, path);
}

/** A field an older server may leave out: missing means `fallback()`. */
export function optional<T>(guard: Guard<T>, fallback: () => T): Guard<T> {
  return (value, path) => (value === undefined ? fallback() : guard(value, path));
}
