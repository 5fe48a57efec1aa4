/**
 * The fake Blob of the PDF export: what UrlFetchApp's response and Spreadsheet.getAs
 * hand back (the members the export calls: getContentType, setName, with the real
 * signatures), holding its content as text so tests can read which request or which
 * visible sheets made it. Its own file, so the SpreadsheetApp fake and the export
 * fakes can both use it without importing each other.
 */

import type { ExportBlob } from "../../../src/adapters/export/services";
import { MIME_PDF } from "../../../src/core/export/drive-query";

export class FakeBlob implements ExportBlob, Pick<GoogleAppsScript.Base.Blob, "getContentType" | "getName"> {
  /** Every setName(name) asked for, in order. */
  readonly names: string[] = [];
  constructor(
    readonly content: string,
    readonly contentType: string | null = MIME_PDF,
    public name: string | null = null,
  ) {}
  getContentType(): string | null {
    return this.contentType;
  }
  getName(): string | null {
    return this.name;
  }
  /** Blob.setName(name): returns the blob, as Apps Script does. */
  setName(name: string): FakeBlob {
    this.names.push(name);
    this.name = name;
    return this;
  }
}
