import type { CellStyle } from "../sheet/types";

/** The form's look: one place for colours, so Sheets and the .xlsx match. */
export const COLOR = {
  headerFill: "#1f4e78",
  headerText: "#ffffff",
  numberingFill: "#d9e2f3",
  inputFill: "#fff8dc",
  computedFill: "#f2f2f2",
  unusedFill: "#d9d9d9",
  sectionFill: "#e2efda",
} as const;

/** Predikat colours, best band first (same order as PREDIKAT_LABEL). */
export const PREDIKAT_COLORS: readonly { background: string; fontColor: string }[] = [
  { background: "#b6d7a8", fontColor: "#274e13" },
  { background: "#d9ead3", fontColor: "#38761d" },
  { background: "#fff2cc", fontColor: "#7f6000" },
  { background: "#fce5cd", fontColor: "#b45f06" },
  { background: "#f4cccc", fontColor: "#990000" },
];

export const STYLE = {
  title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" },
  subtitle: { bold: true, fontSize: 11, hAlign: "center", vAlign: "middle" },
  label: { bold: true, vAlign: "top" },
  text: { vAlign: "top", wrap: true },
  header: { bold: true, background: COLOR.headerFill, fontColor: COLOR.headerText, hAlign: "center", vAlign: "middle", wrap: true },
  numbering: { italic: true, fontSize: 8, background: COLOR.numberingFill, hAlign: "center", vAlign: "middle" },
  body: { vAlign: "top", wrap: true },
  center: { vAlign: "top", hAlign: "center", wrap: true },
  input: { background: COLOR.inputFill, vAlign: "top", hAlign: "right" },
  inputText: { background: COLOR.inputFill, vAlign: "top", wrap: true },
  computed: { background: COLOR.computedFill, vAlign: "top", hAlign: "right", numberFormat: "#,##0.00" },
  computedText: { background: COLOR.computedFill, vAlign: "top", hAlign: "center", wrap: true },
  unused: { background: COLOR.unusedFill },
  signature: { hAlign: "center", vAlign: "bottom" },
  signatureName: { hAlign: "center", vAlign: "bottom", bold: true },
} satisfies Record<string, CellStyle>;
