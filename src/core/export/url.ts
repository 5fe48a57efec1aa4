/**
 * The spreadsheet export URL that prints a sheet (or every visible sheet) to PDF,
 * laid out like the official IKI form, or the Perjanjian Kinerja (README, "PDF export"),
 * and the Drive links the sidebar shows. Pure: no Apps Script globals.
 *
 * The export endpoint's parameters are not an official API; these are the ones
 * Sheets' own "Download → PDF" dialog sends, as used widely in Apps Script code.
 * The page itself (paper, orientation, margins, …) is core/print/print.ts's, shared
 * with the offline .xlsx.
 */
import { PRINT, pageOf } from "../print/print";
import type { SheetPlan } from "../sheet/types";
import type { PrintRange } from "./print-range";

export const EXPORT_BASE = "https://docs.google.com/spreadsheets/d/";

/** How a sheet prints (SheetPlan.orientation): the IKI's sheets landscape, the Perjanjian Kinerja portrait. */
export type Orientation = NonNullable<SheetPlan["orientation"]>;

/**
 * Every parameter of a PDF export, in the order written into the URL (then the range and the gid, when given).
 * Only the orientation and the margins depend on it (pageOf: the PK's are a letter's).
 */
export function pdfExportParams(orientation: Orientation): readonly (readonly [string, string])[] {
  const margins = pageOf({ orientation }).margins;
  return [
    ["format", "pdf"],
    ["size", PRINT.paper],
    ["portrait", String(orientation !== "landscape")],
    ["fitw", String(PRINT.fitToWidth)], // fit to the page width
    ["gridlines", String(PRINT.gridlines)],
    ["printtitle", "false"], // no spreadsheet title on top
    ["sheetnames", "false"], // no sheet name on top
    ["pagenum", PRINT.pageNumbers.toUpperCase()], // page numbers, bottom
    ["printnotes", "false"], // the input help notes stay on screen
    // Sheets repeats frozen rows only: the sheets that freeze their table header get it on every page.
    ["fzr", "true"],
    ["fzc", "false"],
    ["horizontal_alignment", PRINT.centerHorizontally ? "CENTER" : "LEFT"],
    ["vertical_alignment", PRINT.centerVertically ? "MIDDLE" : "TOP"],
    ["top_margin", String(margins.top)], // inches, the unit the endpoint reads
    ["bottom_margin", String(margins.bottom)],
    ["left_margin", String(margins.left)],
    ["right_margin", String(margins.right)],
    ["attachment", "false"],
  ];
}

/** The parameters of the IKI's sheets (A4 landscape). */
export const PDF_EXPORT_PARAMS = pdfExportParams(PRINT.orientation);

export interface PdfExportTarget {
  spreadsheetId: string;
  /** One sheet (its gid, `Sheet.getSheetId()`); left out, every visible sheet is printed in tab order. */
  gid?: number;
  /**
   * Only rows 0 … rows-1 and columns 0 … cols-1 of that sheet (print-range.ts: above the colour
   * legend). Needs the gid: the address takes one range, for one sheet.
   */
  range?: PrintRange;
  /** Left out: landscape, the IKI's. */
  orientation?: Orientation;
}

/**
 * The range parameters as Apps Script code that prints a selection commonly sends them (not
 * documented by Google): r1/c1 the first row and column, 0-based, r2/c2 one past the last;
 * ir/ic "false" beside them.
 */
function rangeParams({ rows, cols }: PrintRange): [string, string][] {
  return [
    ["ir", "false"],
    ["ic", "false"],
    ["r1", "0"],
    ["c1", "0"],
    ["r2", String(rows)],
    ["c2", String(cols)],
  ];
}

/** `https://docs.google.com/spreadsheets/d/<id>/export?format=pdf&…[&r1=…&c2=…][&gid=<gid>]`, every part encoded. */
export function buildPdfExportUrl(target: PdfExportTarget): string {
  const { spreadsheetId, gid, range, orientation = PRINT.orientation } = target;
  if (!spreadsheetId) throw new Error("ID spreadsheet kosong: URL ekspor PDF tidak dapat dibuat.");
  if (gid !== undefined && !(Number.isInteger(gid) && gid >= 0)) {
    throw new Error(`gid sheet tidak sah (${String(gid)}): harus bilangan bulat ≥ 0.`);
  }
  if (range && (gid === undefined || !(Number.isInteger(range.rows) && range.rows > 0 && Number.isInteger(range.cols) && range.cols > 0))) {
    throw new Error(`Rentang cetak tidak sah (${JSON.stringify(range)}): perlu gid dan baris/kolom bilangan bulat ≥ 1.`);
  }
  const params: (readonly [string, string])[] = [...pdfExportParams(orientation)];
  if (range) params.push(...rangeParams(range));
  if (gid !== undefined) params.push(["gid", String(gid)]);
  const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  return `${EXPORT_BASE}${encodeURIComponent(spreadsheetId)}/export?${query}`;
}

/** The link that opens a Drive file in the viewer. */
export function driveFileUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${encodeURIComponent(fileId)}/view`;
}

/** The link that opens a Drive folder. */
export function driveFolderUrl(folderId: string): string {
  return `https://drive.google.com/drive/folders/${encodeURIComponent(folderId)}`;
}
