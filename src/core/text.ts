/**
 * How a label typed in a sheet (a header cell, a setting's name) is compared with the one the
 * add-on writes: by the catalog reader, the id-header ownership test and the offline catalog
 * sheets alike. Other comparisons differ on purpose:
 * - `keyOf` (sheet/old-sheet.ts) compares cells of any type, so a number or a date has its text there;
 *   here only text is a label.
 * - `sheetKey` (naming.ts) ignores case only, as Sheets does for sheet names: "2027  KADIS" is another sheet.
 */

/** A label as compared: case, surrounding and repeated white space (line breaks too) do not matter; not text is "". */
export function normLabel(v: unknown): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : "";
}
