import type { KodeJabatan } from "../catalog/schema";
import { sheetName } from "../plan/jabatan-sheet";
import { REKAP } from "../plan/rekap-sheet";

/**
 * Names the export reads and writes: the year's sheets (PRODUCT.md §6), the Drive
 * folder and the PDF files, and the Drive search queries that find them again.
 */

export const MIME_FOLDER = "application/vnd.google-apps.folder";
export const MIME_PDF = "application/pdf";

/** `2027 KABID REHSOS`: the name the sheet plans give (core/plan), so both sides agree. */
export function namaSheetJabatan(tahun: number, kode: KodeJabatan): string {
  return sheetName(tahun, kode);
}

/** `2027 REKAP` */
export function namaSheetRekap(tahun: number): string {
  return sheetName(tahun, REKAP);
}

/** `IKI 2027`: one Drive folder per year. */
export function namaFolder(tahun: number): string {
  return `IKI ${tahun}`;
}

/** `IKI 2027 - KABID REHSOS.pdf` */
export function namaFilePdf(tahun: number, kode: KodeJabatan): string {
  return `IKI ${tahun} - ${kode}.pdf`;
}

/** `IKI 2027 - Bundel.pdf` */
export function namaFileBundel(tahun: number): string {
  return `IKI ${tahun} - Bundel.pdf`;
}

/** A string literal inside a Drive `q` query: backslash and single quote escaped. */
export function driveQueryLiteral(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** Folders of this name that are not in the trash (with drive.file: only those this add-on created). */
export function queryFolder(name: string): string {
  return `name = ${driveQueryLiteral(name)} and mimeType = ${driveQueryLiteral(MIME_FOLDER)} and trashed = false`;
}

/** PDF files directly inside the folder, not in the trash: one listing finds every file a re-export replaces. */
export function queryPdfsInFolder(folderId: string): string {
  return `${driveQueryLiteral(folderId)} in parents and mimeType = ${driveQueryLiteral(MIME_PDF)} and trashed = false`;
}
