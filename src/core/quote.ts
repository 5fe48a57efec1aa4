/**
 * What a user sent, quoted in a message: at most `max` characters of it, then "…"
 * (every message that quotes input). Built within that bound, so a 50 MB request never becomes a
 * 50 MB string on the way. Used by the server's request errors and the offline command.
 */
export const QUOTE_MAX = 80;

/** Text cut to at most `max` characters, "…" added when cut; never splits a two-unit character (emoji). */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A value for a message: text in double quotes, anything else as JSON (NaN, Infinity, undefined by name), cut to `max`. */
export function quote(v: unknown, max = QUOTE_MAX): string {
  if (typeof v === "string") return `"${clip(v, max)}"`;
  return clip(boundedJson(v, max + 1), max);
}

/** JSON-like text of `v`, at most `limit` characters: stops walking once that many are written (a cycle ends too). */
function boundedJson(v: unknown, limit: number): string {
  let s = "";
  const full = () => s.length >= limit;
  const put = (t: string) => {
    s += t.slice(0, limit - s.length);
  };
  const walk = (x: unknown): void => {
    if (full()) return;
    if (typeof x === "string") put(JSON.stringify(x.slice(0, limit)));
    else if (x === null || typeof x !== "object") put(String(x));
    else if (x instanceof Date) put(JSON.stringify(x));
    else if (Array.isArray(x)) {
      put("[");
      for (let i = 0; i < x.length && !full(); i++) {
        if (i) put(",");
        walk(x[i]);
      }
      put("]");
    } else {
      put("{");
      let first = true;
      for (const key in x) {
        if (full()) break;
        // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; this runs wherever Code.js is loaded.
        if (!Object.prototype.hasOwnProperty.call(x, key)) continue;
        put(`${first ? "" : ","}${JSON.stringify(key.slice(0, limit))}:`);
        first = false;
        walk((x as Record<string, unknown>)[key]);
      }
      put("}");
    }
  };
  walk(v);
  return s;
}
