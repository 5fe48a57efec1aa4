import { h } from "./dom";

/**
 * Links from the server are rendered only when they are plainly safe: an https
 * address (Drive files and folders, the spreadsheet) or a sheet anchor `#gid=…`.
 * Anything else (`javascript:`, `data:`, relative paths, spaces before the
 * scheme) is shown as text.
 */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== "string") return null;
  // Browsers strip tabs and newlines out of URLs; refuse them rather than reason about it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here.
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return null;
  if (/^https:\/\/[^/]/.test(url)) return url;
  if (/^#gid=[0-9]+/.test(url)) return url;
  return null;
}

export type LinkTarget = "_top" | "_blank";

/**
 * A link with the given text, or a plain span with the text when the URL is not
 * safe. `_top` opens in the spreadsheet's window (sheets), `_blank` in a new tab
 * (Drive files).
 */
export function link(text: string, url: unknown, target: LinkTarget): HTMLElement {
  const href = safeUrl(url);
  if (href === null) return h("span", { className: "no-link", attrs: { title: "Tautan tidak valid" } }, text);
  const a = h("a", { attrs: { target } }, text);
  if (target === "_blank") a.rel = "noopener noreferrer";
  a.setAttribute("href", href);
  return a;
}
