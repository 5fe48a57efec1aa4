/**
 * The Apps Script services the PDF export uses, as interfaces listing exactly the
 * members it calls, so tests pass in-memory fakes (test/support/fakes/spreadsheet-app/ and test/support/fakes/export-services.ts).
 * The real services are assignable to them; `defaultExportServices()` reads the
 * globals only when called, and each member only when it is used.
 */

import { ExportProblem } from "../../core/export/problem";
import { readSheetCatalog, type SheetCatalog } from "../sheets/catalog";

/** Drive v3 resource types, from @types/google-apps-script (apis/drive_v3.d.ts). */
export type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
export type DriveFileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
export type FetchOptions = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

export interface ExportSheet {
  getName(): string;
  getSheetId(): number;
  /** Read for the print range (core/export/print-range.ts). */
  getDataRange(): { getValues(): unknown[][] };
  isSheetHidden(): boolean;
  /** A triwulan sheet's working columns are hidden while it prints (core/plan/columns.ts), then shown again. */
  hideColumns(columnIndex: number, numColumns: number): void;
  showColumns(columnIndex: number, numColumns: number): void;
  isColumnHiddenByUser(columnPosition: number): boolean;
  hideSheet(): unknown;
  showSheet(): unknown;
}

export interface ExportSpreadsheet {
  getId(): string;
  /** Every sheet, in tab order. */
  getSheets(): ExportSheet[];
  getActiveSheet(): ExportSheet;
  setActiveSheet(sheet: ExportSheet): unknown;
  /** Moves the active sheet to this 1-based position. */
  moveActiveSheet(pos: number): void;
  /**
   * Spreadsheet.getAs("application/pdf"): every VISIBLE sheet in tab order, with Google's
   * default page layout (the fallback when the export address refuses the token).
   */
  getAs(contentType: string): ExportBlob;
}

export interface ExportSpreadsheetApp {
  flush(): void;
  getActiveSpreadsheet(): ExportSpreadsheet;
}

/** The response body: the PDF. */
export interface PdfBlob {
  getContentType(): string | null;
}

/** What Spreadsheet.getAs gives (a Blob): named like the file before it is saved. */
export interface ExportBlob extends PdfBlob {
  setName(name: string): unknown;
}

export interface ExportHttpResponse {
  getResponseCode(): number;
  getBlob(): PdfBlob;
  /** Header names as sent (case varies): only Retry-After is read. */
  getHeaders(): object;
}

export interface ExportUrlFetchApp {
  fetch(url: string, params: FetchOptions): ExportHttpResponse;
}

export interface ExportScriptApp {
  getOAuthToken(): string;
}

/** The members of the Advanced Drive service v3 (`Drive.Files`) the export uses, with their real signatures. */
export interface DriveFilesApi {
  list(optionalArgs: Record<string, unknown>): DriveFileList;
  create(resource: DriveFile, mediaData?: PdfBlob, optionalArgs?: Record<string, unknown>): DriveFile;
  update(resource: DriveFile, fileId: string, mediaData?: PdfBlob, optionalArgs?: Record<string, unknown>): DriveFile;
}

/** `PropertiesService.getUserProperties()`: the members the export's memory of a refused address uses. */
export interface ExportProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

export interface ExportServices {
  spreadsheetApp: ExportSpreadsheetApp;
  urlFetchApp: ExportUrlFetchApp;
  scriptApp: ExportScriptApp;
  driveFiles: DriveFilesApi;
  /** This user's properties of this script: which way of exporting worked (core/export/route-memory). */
  userProperties: ExportProperties;
  /** Utilities.sleep */
  sleep(ms: number): void;
  /** Math.random: the jitter of the backoff. */
  random(): number;
  /** Date.now: the retry budget and the call's deadline. */
  now(): number;
  /** The spreadsheet's catalog sheets, read: the jabatan to export and their order come from there. */
  readCatalog(): SheetCatalog;
}

/** The Advanced Drive service, or a clear error when the manifest does not enable it. */
function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive) {
    throw new ExportProblem(
      'Layanan lanjutan "Drive" (v3) belum aktif di proyek Apps Script ini, sehingga PDF tidak dapat disimpan. ' +
        "Aktifkan di appsscript.json (dependencies.enabledAdvancedServices) lalu pasang ulang add-on.",
    );
  }
  return Drive;
}

export function defaultExportServices(): ExportServices {
  const files = (): DriveFilesApi => drive().Files;
  return {
    spreadsheetApp: {
      flush: () => SpreadsheetApp.flush(),
      getActiveSpreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    },
    urlFetchApp: { fetch: (url, params) => UrlFetchApp.fetch(url, params) },
    scriptApp: { getOAuthToken: () => ScriptApp.getOAuthToken() },
    driveFiles: {
      list: (args) => files().list(args),
      create: (resource, media, args) => files().create(resource, media, args),
      update: (resource, id, media, args) => files().update(resource, id, media, args),
    },
    // Read at every use: no store is touched until the export asks, and a failure there never stops it (route-store).
    userProperties: {
      getProperty: (key) => PropertiesService.getUserProperties().getProperty(key),
      setProperty: (key, value) => PropertiesService.getUserProperties().setProperty(key, value),
    },
    sleep: (ms) => Utilities.sleep(ms),
    random: () => Math.random(),
    now: () => Date.now(),
    // Only the spreadsheet: reading the catalog needs no lock or builders.
    readCatalog: () => readSheetCatalog({ spreadsheet: SpreadsheetApp.getActiveSpreadsheet() }),
  };
}
