/**
 * The spreadsheet export URL that prints a sheet (or every visible sheet) to PDF,
 * laid out like the official IKI form (PRODUCT.md §8), and the Drive links the
 * sidebar shows. Pure: no Apps Script globals.
 *
 * The export endpoint's parameters are not an official API; these are the ones
 * Sheets' own "Download → PDF" dialog sends, as used widely in Apps Script code.
 */

export const EXPORT_BASE = "https://docs.google.com/spreadsheets/d/";

/** Page margins in inches (the unit the endpoint reads). */
export const MARGIN_INCH = {
  /** 1.5 cm above the title. */
  top: 0.6,
  /** 1.5 cm below: room for the page number under the signature block. */
  bottom: 0.6,
  /** 1.27 cm left and right: the wide table keeps a readable scale when fitted to the width. */
  left: 0.5,
  right: 0.5,
} as const;

/** Every parameter of a PDF export, in the order written into the URL (gid last, when given). */
export const PDF_EXPORT_PARAMS: readonly (readonly [string, string])[] = [
  ["format", "pdf"],
  ["size", "A4"],
  ["portrait", "false"], // landscape
  ["fitw", "true"], // fit to the page width
  ["gridlines", "false"],
  ["printtitle", "false"], // no spreadsheet title on top
  ["sheetnames", "false"], // no sheet name on top
  ["pagenum", "CENTER"], // page numbers, bottom centre
  ["printnotes", "false"], // the input help notes stay on screen
  ["fzr", "true"], // frozen header rows repeated on every page
  ["fzc", "false"],
  ["horizontal_alignment", "CENTER"],
  ["vertical_alignment", "TOP"],
  ["top_margin", String(MARGIN_INCH.top)],
  ["bottom_margin", String(MARGIN_INCH.bottom)],
  ["left_margin", String(MARGIN_INCH.left)],
  ["right_margin", String(MARGIN_INCH.right)],
  ["attachment", "false"],
];

export interface PdfExportTarget {
  spreadsheetId: string;
  /** One sheet (its gid, `Sheet.getSheetId()`); left out, every visible sheet is printed in tab order. */
  gid?: number;
}

/** `https://docs.google.com/spreadsheets/d/<id>/export?format=pdf&…[&gid=<gid>]`, every part encoded. */
export function buildPdfExportUrl(target: PdfExportTarget): string {
  const { spreadsheetId, gid } = target;
  if (!spreadsheetId) throw new Error("ID spreadsheet kosong: URL ekspor PDF tidak dapat dibuat.");
  if (gid !== undefined && !(Number.isInteger(gid) && gid >= 0)) {
    throw new Error(`gid sheet tidak sah (${String(gid)}): harus bilangan bulat ≥ 0.`);
  }
  const params: (readonly [string, string])[] = [...PDF_EXPORT_PARAMS];
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
