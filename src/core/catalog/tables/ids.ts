/**
 * Indicator ids: stable keys that match typed values across re-runs. A new row's
 * blank ID gets one made from its kode and indicator text — deterministic, so
 * reading the same sheet twice proposes the same id — and unique in the catalog.
 */

/** Ids the add-on makes, and any an office types: letters, digits, ".", "-", "_". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const ID_MAX = 100;
/** Length of the indicator part of a new id: readable, and short enough for the hidden id column. */
const SLUG_MAX = 48;

/** "Persentase PMKS yang …" → "persentase-pmks-yang-…", at most `max` characters, cut at a word. */
export function slug(text: string, max = SLUG_MAX): string {
  const full = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const atWord = cut.lastIndexOf("-");
  return (atWord > 0 ? cut.slice(0, atWord) : full.slice(0, max)).replace(/-+$/, "");
}

/** A fresh id for `kode` and `indikator`, not in `taken` (which it joins): "kabid-rehsos.persentase-…", then "-2", "-3"… */
export function newId(kode: string, indikator: string, taken: Set<string>): string {
  const base = `${slug(kode, 24) || "jabatan"}.${slug(indikator) || "indikator"}`;
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}
