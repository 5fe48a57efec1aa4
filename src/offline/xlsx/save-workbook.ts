/**
 * Writing a rendered (possibly filled-in) workbook to disk as .xlsx (Node only),
 * with Arial 10, Sheets' default, as its Normal font.
 */
import type ExcelJS from "exceljs";

/** Writes a rendered (possibly filled-in) workbook as .xlsx, Arial 10 as its Normal font (Node only). */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  const { writeFile } = require("node:fs/promises") as typeof import("node:fs/promises");
  await writeFile(path, await withArialNormalFont(new Uint8Array(buffer as ArrayBuffer)));
}

/** ExcelJS's first font, the "Normal" style's: Calibri 11, always. */
const EXCELJS_NORMAL_FONT = /<font>(?:(?!<\/font>).)*<name val="Calibri"\/><\/font>/;
const ARIAL_NORMAL_FONT = '<font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>';

/**
 * Makes Arial 10 (Sheets' default) the Normal font of a written .xlsx. Column
 * widths are counted in digits of the Normal font: with Calibri, LibreOffice on a
 * computer without Calibri's metric twin (Carlito) measures a wider fallback font
 * and widens every column by a quarter, which shrinks the printed page. Arial 10
 * and Calibri 11 have the same digit width in Excel, so Excel sees no change.
 */
export async function withArialNormalFont(xlsx: Uint8Array): Promise<Uint8Array> {
  const { createRequire } = require("node:module") as typeof import("node:module");
  // ExcelJS's own zip library (a dependency of exceljs, resolved from there).
  const JSZip = createRequire(require.resolve("exceljs"))("jszip") as JsZipStatic;
  const zip = await JSZip.loadAsync(xlsx);
  const styles = zip.file("xl/styles.xml");
  if (!styles) return xlsx;
  const xml = await styles.async("string");
  if (!EXCELJS_NORMAL_FONT.test(xml)) return xlsx;
  zip.file("xl/styles.xml", xml.replace(EXCELJS_NORMAL_FONT, ARIAL_NORMAL_FONT));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface JsZipStatic {
  loadAsync(data: Uint8Array): Promise<{
    file(name: string): { async(type: "string"): Promise<string> } | null;
    file(name: string, data: string): unknown;
    generateAsync(options: { type: "uint8array"; compression: "DEFLATE" }): Promise<Uint8Array>;
  }>;
}
