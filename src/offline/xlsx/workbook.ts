import ExcelJS from "exceljs";
import { PRINT, pageOf, printedRows, repeatRows, XLSX_PAPER_SIZE } from "../../core/print/print";
import { a1, a1Range, columnLetter } from "../../core/sheet/a1";
import type { Area, CellPlan, CellStyle, ConditionalTextRule, SheetPlan, ValidationPlan, YearPlan } from "../../core/sheet/types";
import { printLayout } from "./pages";
import { markPrintCopy } from "./print-copy";
import { saveWorkbook } from "./save-workbook";

export { saveWorkbook, withArialNormalFont } from "./save-workbook";

/**
 * The offline workbook: renders the same sheet plans the add-on applies, as an
 * .xlsx written with ExcelJS. The renderer knows nothing of the form's layout;
 * every cell, merge, width and print setting comes from the plan.
 *
 * Not rendered, on purpose:
 * - Protection. Sheets protects computed ranges with a warning only; an .xlsx
 *   has no warning-only protection, and locking the sheet would also lock the
 *   layout for an office that adapts its copy. Computed cells stay unlocked.
 * - Charts (REKAP). ExcelJS cannot write charts; the REKAP table stays complete.
 *
 * `renderWorkbook` is pure; only `writeWorkbook`/`saveWorkbook` use Node (the disk, zip).
 */

/** Sheets' default font; plan widths in pixels were laid out for it. */
const FONT_NAME = "Arial";
const FONT_SIZE = 10;
/**
 * Page number, centred as PRINT.pageNumbers says, small. Each sheet counts from 1 (pageSetupOf:
 * firstPageNumber), a form is signed per jabatan. No "dari &N": LibreOffice's &N counts the
 * whole workbook's pages, not the sheet's.
 */
const FOOTER = '&C&"Arial,Regular"&8Halaman &P';
/** Functions newer than Excel 2007 must be written with the _xlfn. prefix in OOXML. */
const XLFN = ["IFS", "SWITCH", "MAXIFS", "MINIFS", "TEXTJOIN", "CONCAT", "XLOOKUP", "IFNA", "FILTER", "SORT", "UNIQUE"];
const XLFN_RE = new RegExp(`(^|[^A-Za-z0-9_.])(${XLFN.join("|")})\\(`, "g");

export function renderWorkbook(plan: YearPlan): ExcelJS.Workbook {
  const workbook = emptyWorkbook(plan.tahun);
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  return workbook;
}

export function emptyWorkbook(tahun: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "IKI Sheets";
  workbook.title = `Indikator Kinerja Individu ${tahun}`;
  workbook.created = new Date();
  // No cached results are written: spreadsheet programs compute every formula on open.
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

/** Renders and writes the workbook (Node only). */
export async function writeWorkbook(plan: YearPlan, path: string): Promise<ExcelJS.Workbook> {
  const workbook = renderWorkbook(plan);
  await saveWorkbook(workbook, path);
  return workbook;
}

export function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const { plan, heights, pageBreaks, continued, boxes } = printLayout(sheet, pageOf(sheet));
  const ws = workbook.addWorksheet(plan.name, {
    properties: { defaultRowHeight: 15 },
    views: [viewOf(plan)],
  });
  plan.columnWidths.forEach((px, c) => {
    ws.getColumn(c + 1).width = columnWidth(px);
  });
  for (const c of plan.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  // Explicit heights everywhere: Excel and LibreOffice do not grow rows for wrapped text on open.
  heights.forEach((pt, r) => (ws.getRow(r + 1).height = pt));

  plan.cells.forEach((row, r) => row.forEach((cell, c) => renderCell(ws.getCell(r + 1, c + 1), cell)));
  for (const [r, c] of continued) markPrintCopy(ws.getCell(r + 1, c + 1));
  for (const area of plan.borders) eachCell(area, (r, c) => (ws.getCell(r + 1, c + 1).border = THIN_BOX));
  // After values and styles: ExcelJS gives the merged cells the top-left cell's style.
  for (const m of plan.merges) {
    if (m.rows < 2 && m.cols < 2) continue;
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    outlineOnly(ws, m);
  }
  for (const box of boxes) outlineOnly(ws, box);
  for (const input of plan.inputs) {
    const validation = validationOf(input.validation, a1(input.row, input.col));
    // One entry per area, as Excel writes it: ExcelJS would otherwise compare every cell's copy when it saves.
    validations(ws).add(a1Range(input.row, input.col, input.rows, input.cols), validation);
  }
  plan.conditionalRules.forEach((rule, i) => ws.addConditionalFormatting(conditionalOf(rule, i + 1)));
  // No break: the whole sheet fits on one page, shrunk if need be (pages.ts onePageScale).
  ws.pageSetup = pageSetupOf(plan, pageBreaks.length === 0);
  ws.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
  for (const row of pageBreaks) ws.getRow(row).addPageBreak(); // after that row (1-based) = before the 0-based one
  return ws;
}

function viewOf(plan: SheetPlan): Partial<ExcelJS.WorksheetView> {
  if (plan.frozenRows <= 0) return { state: "normal", showGridLines: true };
  return { state: "frozen", xSplit: 0, ySplit: plan.frozenRows, topLeftCell: `A${plan.frozenRows + 1}`, showGridLines: true };
}

/** Pixels (Sheets) → Excel character widths: a digit is 7 px wide, plus 5 px of padding. */
export function columnWidth(px: number): number {
  return Math.max(0.5, Math.round(((px - 5) / 7) * 100) / 100);
}

/** `onePage`: the whole sheet on one page; else fitted to the width only. */
function pageSetupOf(plan: SheetPlan, onePage: boolean): Partial<ExcelJS.PageSetup> {
  const { first, last } = repeatRows(plan);
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: XLSX_PAPER_SIZE,
    orientation: plan.orientation ?? PRINT.orientation,
    fitToPage: PRINT.fitToWidth,
    fitToWidth: 1,
    fitToHeight: onePage ? 1 : 0, // else as many pages tall as needed
    margins: { ...pageOf(plan).margins, header: PRINT.headerInch, footer: PRINT.footerInch },
    horizontalCentered: PRINT.centerHorizontally,
    verticalCentered: PRINT.centerVertically,
    showGridLines: PRINT.gridlines,
    blackAndWhite: false,
    // Without it LibreOffice numbers on through the workbook (KABID REHSOS began at "Halaman 5").
    firstPageNumber: 1,
  };
  if (last >= first && first >= 0) setup.printTitlesRow = `${first + 1}:${last + 1}`;
  // The colour legend is for the screen: the print area ends above it. ExcelJS only puts "$"
  // before each corner, and LibreOffice ignores "$A1:$N23": the rows are made absolute here.
  if (plan.legend) setup.printArea = `${columnLetter(0)}$1:${columnLetter(plan.width - 1)}$${printedRows(plan)}`;
  return setup;
}

function renderCell(cell: ExcelJS.Cell, plan: CellPlan): void {
  if (plan.formula !== undefined) {
    cell.value = { formula: toXlsxFormula(plan.formula) } as ExcelJS.CellFormulaValue;
  } else if (plan.value !== undefined && plan.value !== "") {
    cell.value = plan.value;
  }
  const style = plan.style ?? {};
  cell.font = fontOf(style);
  const alignment = alignmentOf(style);
  if (alignment) cell.alignment = alignment;
  if (style.background) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.background) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (plan.note) cell.note = plan.note;
}

/** "=SUM(A1,B1)" → "SUM(A1,B1)", with _xlfn. where OOXML needs it. */
export function toXlsxFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Leave string literals alone: split on quotes, rewrite only the code parts.
  return body
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(XLFN_RE, "$1_xlfn.$2(") : part))
    .join('"');
}

function fontOf(style: CellStyle): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: FONT_NAME, size: style.fontSize ?? FONT_SIZE };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  return font;
}

function alignmentOf(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  if (!style.hAlign && !style.vAlign && !style.wrap) return undefined;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  return alignment;
}

/** "#1a73e8" / "#fff" / "1A73E8" → "FF1A73E8". */
export function argb(color: string): string {
  let hex = color.trim().replace(/^#/, "");
  if (hex.length === 3) hex = [...hex].map((ch) => ch + ch).join("");
  if (!/^[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(hex)) throw new Error(`Warna tidak dikenal: "${color}"`);
  return hex.length === 8 ? hex.toUpperCase() : `FF${hex.toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const THIN_BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Lines round a merged area (or a box of cells shown as one) and none inside: LibreOffice
 * draws the inner ones of a merge at the top of a page. Only where the area has lines.
 */
function outlineOnly(ws: ExcelJS.Worksheet, area: Area): void {
  const last = (at: number, from: number, n: number) => at === from + n - 1;
  eachCell(area, (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    if (!cell.border?.top) return;
    const border = {
      top: r === area.row ? THIN : {},
      bottom: last(r, area.row, area.rows) ? THIN : {},
      left: c === area.col ? THIN : {},
      right: last(c, area.col, area.cols) ? THIN : {},
    };
    // A style object of its own: the merged cells share the top-left cell's.
    cell.style = { ...cell.style, border };
  });
}

/** ExcelJS keeps validations by address (a cell or a range) but leaves them out of its type declarations. */
function validations(ws: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function eachCell(area: Area, fn: (row: number, col: number) => void): void {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) fn(r, c);
  }
}

/** Titles of every validation the renderer writes; a re-run tells its own sheets by them (ownership.ts). */
export const VALIDATION_TITLES = { prompt: "Petunjuk", error: "Isian tidak sah" } as const;

/** Data validation that rejects bad input, with the plan's help as prompt and an Indonesian error. */
/** `topLeft`: the area's first cell, which a custom rule's formula names (Excel applies it relative to there). */
export function validationOf(plan: ValidationPlan, topLeft = "A1"): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: VALIDATION_TITLES.prompt,
    prompt: clip(plan.help, 255),
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: VALIDATION_TITLES.error,
  };
  switch (plan.kind) {
    case "number": {
      const { min, max } = plan;
      const [operator, formulae, error] =
        max === undefined
          ? (["greaterThanOrEqual", [min], `Isi dengan angka paling kecil ${min}.`] as const)
          : (["between", [min, max], `Isi dengan angka dari ${min} sampai ${max}.`] as const);
      return { ...common, type: "decimal", operator, formulae: [...formulae], error: clip(`${error} ${plan.help}`, 255) };
    }
    case "list":
      return {
        ...common,
        type: "list",
        // An inline list: quoted, comma-separated (the labels hold no commas).
        formulae: [`"${plan.values.join(",")}"`],
        error: clip(`Pilih salah satu: ${plan.values.join(", ")}.`, 255),
      };
    case "links":
      // Excel has no regular expressions: every line is checked in Sheets; here the first must be a link.
      return {
        ...common,
        type: "custom",
        formulae: [`OR(LEFT(TRIM(${topLeft}),7)="http://",LEFT(TRIM(${topLeft}),8)="https://")`],
        error: "Isi dengan tautan yang diawali http:// atau https://, satu tautan per baris.",
      };
    case "text":
      return {
        ...common,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [5000],
        error: "Teks terlalu panjang (paling banyak 5000 karakter).",
      };
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Whole-cell text match, e.g. L12="Sangat Baik", relative to the area's top-left cell. */
function conditionalOf(rule: ConditionalTextRule, priority: number): ExcelJS.ConditionalFormattingOptions {
  const { row, col, rows, cols } = rule.area;
  const topLeft = a1(row, col);
  const ref = a1Range(row, col, rows, cols);
  const text = rule.text.replace(/"/g, '""');
  const fill = argb(rule.background);
  return {
    ref,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [`${topLeft}="${text}"`],
        style: {
          // Differential fills take the colour of a solid pattern as bgColor.
          fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
          font: { color: { argb: argb(rule.fontColor) } },
        },
      },
    ],
  };
}
