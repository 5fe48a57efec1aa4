/**
 * In-memory fake of the Advanced Drive service v3 (`Drive.Files`: list, create,
 * update) with the real signatures, recording every call. Like the real service
 * under the drive.file scope, it lists only what the add-on created.
 */

import type { DriveFile, DriveFileList, DriveFilesApi, PdfBlob } from "../../../src/adapters/export/services";
import { MIME_FOLDER, MIME_PDF } from "../../../src/core/export/drive-query";
import type { FakeBlob } from "./export-blob";

export interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** PDF content (the fake blob's text). */
  content?: string;
  /** 1 on create, +1 on every update with new content. */
  version: number;
  /** With drive.file the add-on only sees what it created; files made by hand are invisible to it. */
  byApp: boolean;
}

type DriveMethod = "list" | "create" | "update";

export class FakeDriveFiles implements DriveFilesApi {
  readonly files: StoredFile[] = [];
  readonly calls: { method: DriveMethod; args: unknown[] }[] = [];
  /** Errors thrown by the next call of a method. */
  readonly failNext: Partial<Record<DriveMethod, Error>> = {};
  private nextId = 1;

  /** A file or folder present before the test, made by the add-on (visible) or by hand (invisible to it). */
  seed(file: Partial<StoredFile> & { name: string; mimeType: string }): StoredFile {
    const stored: StoredFile = { id: `seed-${this.nextId++}`, parents: [], trashed: false, version: 1, byApp: true, ...file };
    this.files.push(stored);
    return stored;
  }
  folders(): StoredFile[] {
    return this.files.filter((f) => f.mimeType === MIME_FOLDER && !f.trashed);
  }
  pdfsIn(folderId: string): StoredFile[] {
    return this.files.filter((f) => f.mimeType === MIME_PDF && !f.trashed && f.parents.includes(folderId));
  }

  list(optionalArgs: Record<string, unknown>): DriveFileList {
    this.record("list", [optionalArgs]);
    const match = parseQuery(String(optionalArgs.q ?? ""));
    const all = this.files.filter((f) => f.byApp && match(f));
    const size = Number(optionalArgs.pageSize ?? 100);
    const offset = Number(optionalArgs.pageToken ?? 0);
    const page = all.slice(offset, offset + size);
    const next = offset + size < all.length ? String(offset + size) : undefined;
    return { files: page.map((f) => ({ id: f.id, name: f.name })), ...(next ? { nextPageToken: next } : {}) };
  }
  create(resource: DriveFile, mediaData?: PdfBlob, optionalArgs?: Record<string, unknown>): DriveFile {
    this.record("create", [resource, mediaData, optionalArgs]);
    if (!resource.name || !resource.mimeType) throw new Error("create: name and mimeType expected");
    const folder = resource.mimeType === MIME_FOLDER;
    const stored: StoredFile = {
      id: `${folder ? "folder" : "file"}-${this.nextId++}`,
      name: resource.name,
      mimeType: resource.mimeType,
      parents: resource.parents ?? ["root"],
      trashed: false,
      version: 1,
      byApp: true,
      ...(mediaData ? { content: (mediaData as FakeBlob).content } : {}),
    };
    this.files.push(stored);
    return { id: stored.id, name: stored.name, mimeType: stored.mimeType, kind: "drive#file" };
  }
  update(resource: DriveFile, fileId: string, mediaData?: PdfBlob, optionalArgs?: Record<string, unknown>): DriveFile {
    this.record("update", [resource, fileId, mediaData, optionalArgs]);
    const stored = this.files.find((f) => f.id === fileId && f.byApp);
    if (!stored)
      throw new Error(`GoogleJsonResponseException: API call to drive.files.update failed with error: File not found: ${fileId}`);
    if (resource.name) stored.name = resource.name;
    if (resource.mimeType) stored.mimeType = resource.mimeType;
    if (mediaData) {
      stored.content = (mediaData as FakeBlob).content;
      stored.version += 1;
    }
    return { id: stored.id, name: stored.name, mimeType: stored.mimeType, kind: "drive#file" };
  }
  private record(method: DriveMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const error = this.failNext[method];
    if (error) {
      delete this.failNext[method];
      throw error;
    }
  }
}

/**
 * The part of Drive's query language the export writes: clauses joined by `and`,
 * each `name = '…'`, `mimeType = '…'`, `'…' in parents` or `trashed = true|false`.
 * Anything else throws, so a malformed query fails the test instead of matching all.
 */
export function parseQuery(q: string): (f: StoredFile) => boolean {
  const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
  const clause = new RegExp(
    String.raw`^\s*(?:(name|mimeType)\s*=\s*${literal}|${literal}\s+in\s+parents|trashed\s*=\s*(true|false))\s*(?:and\b|$)`,
  );
  const unescaped = (s: string) => s.replace(/\\(.)/g, "$1");
  const tests: ((f: StoredFile) => boolean)[] = [];
  let rest = q;
  while (rest.trim()) {
    const m = clause.exec(rest);
    if (!m) throw new Error(`Invalid Value: q = ${q}`);
    const [whole, field, value, parent, trashed] = m;
    if (field === "name") tests.push((f) => f.name === unescaped(value!));
    else if (field === "mimeType") tests.push((f) => f.mimeType === unescaped(value!));
    else if (parent !== undefined) tests.push((f) => f.parents.includes(unescaped(parent)));
    else tests.push((f) => f.trashed === (trashed === "true"));
    rest = rest.slice(whole.length);
  }
  return (f) => tests.every((t) => t(f));
}
