/**
 * The fake DeveloperMetadata and DeveloperMetadataFinder of a sheet: key/value pairs
 * on the sheet itself (Sheet.addDeveloperMetadata), which Sheets keeps with the
 * sheet whatever happens to its cells, rows or columns, and finds by key or value.
 */
import type { DeveloperMetadataApi, DeveloperMetadataFinderApi } from "../../../../src/adapters/sheets/services";
import type { FakeSheet } from "./sheet";

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export class FakeDeveloperMetadata
  implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, "getId" | "getKey" | "getValue" | "remove">, DeveloperMetadataApi
{
  constructor(
    readonly sheet: FakeSheet,
    readonly id: number,
    readonly key: string,
    public value: string | null,
    /** DOCUMENT unless given (the real default). */
    readonly visibility: Visibility | "DOCUMENT",
  ) {}
  getId(): number {
    this.sheet.rec("getId", "handle", "DeveloperMetadata");
    return this.id;
  }
  getKey(): string {
    this.sheet.rec("getKey", "read", "DeveloperMetadata");
    return this.key;
  }
  getValue(): string | null {
    this.sheet.rec("getValue", "read", "DeveloperMetadata");
    return this.value;
  }
  setValue(value: string): FakeDeveloperMetadata {
    this.sheet.rec("setValue", "write", "DeveloperMetadata");
    checkMetadataSize(this.sheet, value.length - (this.value?.length ?? 0));
    this.value = value;
    return this;
  }
  remove(): void {
    this.sheet.rec("remove", "write", "DeveloperMetadata");
    this.sheet.metadata = this.sheet.metadata.filter((m) => m !== this);
  }
}

/**
 * Google keeps at most 30,000 characters of developer metadata per sheet, keys and values counted
 * (Sheets API guide, "Read & write developer metadata", size limits). The real error's wording is
 * not documented; the fake throws one of its own so a test sees the limit hit.
 */
export const METADATA_CHARS_PER_SHEET = 30_000;

export function checkMetadataSize(sheet: FakeSheet, adding: number): void {
  const used = sheet.metadata.reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
  if (used + adding > METADATA_CHARS_PER_SHEET)
    throw new Error(`fake: developer metadata of sheet ${sheet.name} over ${METADATA_CHARS_PER_SHEET} characters`);
}

/** Sheet.createDeveloperMetadataFinder(): filters are local builder steps; find() asks the document. */
/** Same signatures as the real finder (its chainable steps return the fake, so they are not a `Pick` of it). */
export class FakeDeveloperMetadataFinder implements DeveloperMetadataFinderApi {
  private key: string | undefined;
  private value: string | undefined;
  constructor(private readonly sheet: FakeSheet) {}
  withKey(key: string): FakeDeveloperMetadataFinder {
    this.sheet.rec("withKey", "builder", "DeveloperMetadataFinder");
    this.key = key;
    return this;
  }
  withValue(value: string): FakeDeveloperMetadataFinder {
    this.sheet.rec("withValue", "builder", "DeveloperMetadataFinder");
    this.value = value;
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    this.sheet.rec("find", "read", "DeveloperMetadataFinder");
    return this.sheet.metadata.filter(
      (m) => (this.key === undefined || m.key === this.key) && (this.value === undefined || m.value === this.value),
    );
  }
}
