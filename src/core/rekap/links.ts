/**
 * Bukti Dukung: http(s) links, one per line. One pattern (RE2 and JavaScript read it alike) for the
 * Sheets validation and the checks here; the offline workbook's Excel rule can only check the start.
 */

/** A cell of links: each line one http(s) address without spaces; blank lines between are allowed. */
export const LINKS_PATTERN = String.raw`^\s*https?://\S+(\s*\n\s*https?://\S+)*\s*$`;

const LINKS = new RegExp(LINKS_PATTERN);

/** Whether the text is one or more links, one per line (blank: no evidence, not an error). */
export function isLinkList(text: string): boolean {
  return LINKS.test(text);
}

/** The Sheets custom-formula rule: the cell itself by INDIRECT, so one rule serves every cell. */
export const LINKS_FORMULA = `=REGEXMATCH(INDIRECT("RC",FALSE),"${LINKS_PATTERN}")`;

export const LINKS_HELP =
  "Tautan bukti dukung (http:// atau https://), satu tautan per baris (Ctrl+Enter untuk baris baru); misalnya folder Google Drive berisi dokumen.";
