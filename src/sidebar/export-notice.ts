import { type Child, h } from "./ui/dom";
import { clip } from "./ui/errors";

/** The longest notice shown: the server's own text, bounded so a runaway answer cannot flood the panel. */
const NOTICE_MAX = 800;

/**
 * The server's notice that PDFs were made with Google's default page layout
 * (ExportResult.catatanTataLetak), each distinct text once: the sidebar exports one
 * jabatan per call and every call repeats it. Text only, never HTML.
 */
export function layoutNoticeView(notices: readonly (string | undefined)[]): Child {
  const distinct = [...new Set(notices.filter((n): n is string => typeof n === "string" && n.trim() !== ""))];
  if (distinct.length === 0) return null;
  return h("div", { className: "notice", attrs: { role: "note" } }, ...distinct.map((n) => h("p", {}, clip(n, NOTICE_MAX))));
}
