/** How the Perjanjian Kinerja looks: its column grid, cell styles and the draft's dotted line (pk-sheet.ts, lampiran.ts). Pure. */
import type { CellStyle } from "../sheet/types";

/** Column widths (px): No · Sasaran · Indikator (two columns) · Target (two); the signatures take three each. */
export const PK_WIDTHS = [36, 170, 120, 110, 110, 104] as const;
export const WIDTH = PK_WIDTHS.length;
/** The columns of each signature block (PIHAK KEDUA left, PIHAK PERTAMA right). */
export const HALF = 3;
/** The width (px) of `cols` columns from `from`. */
export const px = (from: number, cols: number) => PK_WIDTHS.slice(from, from + cols).reduce((s, w) => s + w, 0);

/** The PK's cell looks: plain as a signed letter (black text, a light grey table header; a draft's placeholders brown). */
export const S = {
  title: { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle", wrap: true },
  subtitle: { bold: true, fontSize: 11, hAlign: "center", vAlign: "middle", wrap: true },
  para: { vAlign: "top", wrap: true },
  label: { vAlign: "top" },
  th: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, background: "#e8eaed" },
  td: { vAlign: "top", wrap: true },
  center: { vAlign: "top", hAlign: "center", wrap: true },
  right: { vAlign: "top", hAlign: "right", wrap: true },
  total: { bold: true, vAlign: "top", hAlign: "right", wrap: true },
  sign: { hAlign: "center", vAlign: "bottom", wrap: true },
  signName: { hAlign: "center", vAlign: "bottom", bold: true, wrap: true },
  placeholder: { hAlign: "center", vAlign: "bottom", italic: true, wrap: true, fontColor: "#7f6000" },
} satisfies Record<string, CellStyle>;

/** What stands where a blank field prints: a dotted line and the cell to fill. */
export const DOTS = "..............................";
