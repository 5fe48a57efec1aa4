/**
 * Saving the PDFs in Drive through the Advanced Drive service v3, so the
 * non-sensitive `drive.file` scope is the only Drive scope the add-on needs.
 *
 * With `drive.file` the add-on sees only the files and folders it created itself:
 * the folder "IKI <tahun>" is the one it made on the first export (found again by
 * name, wherever the user moved it), and a folder of the same name the user made
 * by hand is invisible to it. That is intended.
 */
import { MIME_FOLDER, MIME_PDF, queryFolder, queryPdfsInFolder } from "../../core/export/drive-query";
import { ExportProblem, errorText } from "../../core/export/problem";
import type { DriveFilesApi, PdfBlob } from "./services";

export interface DriveFolder {
  id: string;
  name: string;
  created: boolean;
}

export interface SavedPdf {
  id: string;
  name: string;
  /** True when an earlier file of the same name was replaced (same id, same link). */
  replaced: boolean;
}

/** The year's folder: the oldest one of that name the add-on can see, or a new one in My Drive. */
export function findOrCreateFolder(files: DriveFilesApi, name: string): DriveFolder {
  const found = driveCall(`Mencari folder "${name}"`, () =>
    files.list({ q: queryFolder(name), fields: "files(id,name)", orderBy: "createdTime", pageSize: 10 }),
  );
  const existing = found.files?.find((f) => f.id);
  if (existing?.id) return { id: existing.id, name, created: false };
  const folder = driveCall(`Membuat folder "${name}"`, () => files.create({ name, mimeType: MIME_FOLDER }));
  if (!folder.id) throw new ExportProblem(`Membuat folder "${name}" di Google Drive gagal: Drive tidak mengembalikan ID folder.`);
  return { id: folder.id, name, created: true };
}

/** Name → id of the PDFs already in the folder (one listing, paged); a new folder is known to be empty. */
export function existingPdfs(files: DriveFilesApi, folder: DriveFolder): Map<string, string> {
  const byName = new Map<string, string>();
  if (folder.created) return byName;
  let pageToken: string | undefined;
  do {
    const page = driveCall(`Membaca isi folder "${folder.name}"`, () =>
      files.list({
        q: queryPdfsInFolder(folder.id),
        fields: "nextPageToken,files(id,name)",
        orderBy: "createdTime",
        pageSize: 100,
        ...(pageToken ? { pageToken } : {}),
      }),
    );
    for (const f of page.files ?? []) {
      if (f.id && f.name && !byName.has(f.name)) byName.set(f.name, f.id);
    }
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return byName;
}

/**
 * Saves one PDF in the folder. A second export REPLACES the file of the same name
 * (Drive.Files.update with the new content) instead of adding "… (1).pdf"
 * duplicates: the file keeps its id and its link, so links shared earlier open
 * the latest PDF, and Drive keeps the previous content in the file's version
 * history ("Kelola versi") for a while.
 */
export function savePdf(files: DriveFilesApi, folder: DriveFolder, existing: Map<string, string>, name: string, blob: PdfBlob): SavedPdf {
  const oldId = existing.get(name);
  if (oldId) {
    const updated = driveCall(`Mengganti "${name}" di folder "${folder.name}"`, () => files.update({ mimeType: MIME_PDF }, oldId, blob));
    return { id: updated.id || oldId, name, replaced: true };
  }
  const created = driveCall(`Menyimpan "${name}" ke folder "${folder.name}"`, () =>
    files.create({ name, mimeType: MIME_PDF, parents: [folder.id] }, blob),
  );
  if (!created.id) throw new ExportProblem(`Menyimpan "${name}" di Google Drive gagal: Drive tidak mengembalikan ID file.`);
  existing.set(name, created.id);
  return { id: created.id, name, replaced: false };
}

/** Runs a Drive call; its failure becomes an Indonesian error saying what was being done where. */
function driveCall<T>(what: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof ExportProblem) throw e;
    throw new ExportProblem(`${what} di Google Drive gagal: ${errorText(e)}`);
  }
}
