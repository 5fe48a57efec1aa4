/**
 * What the export asks Drive: the MIME types of the year's folder and its PDFs, and
 * the search queries that find them again (their names: core/naming.ts).
 */

export const MIME_FOLDER = "application/vnd.google-apps.folder";
export const MIME_PDF = "application/pdf";

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
