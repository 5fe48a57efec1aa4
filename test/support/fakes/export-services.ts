/**
 * In-memory fakes of the services the PDF export uses (src/adapters/export/services.ts),
 * written to the real Apps Script signatures and recording every call: UrlFetchApp,
 * ScriptApp, a clock whose `sleep` records the delay and moves time on instead of
 * waiting; the Advanced Drive service v3 fake is in export-drive.ts, the user's
 * properties in export-properties.ts, the Blob in export-blob.ts. SpreadsheetApp is
 * the main fake of spreadsheet-app/ (real cell state, tabs, visibility, call log, getAs).
 *
 *   const fakes = fakeExportServices();                 // the year 2027 made by the real scaffoldYear
 *   const fakes = fakeExportServices({ spreadsheetApp: yearSpreadsheet(2027, { after: ["Catatan"] }) });
 *   exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);
 *   fakes.urlFetch.calls, fakes.drive.folders(), fakes.clock.sleeps, fakes.spreadsheetApp.log.calls
 *   fakes.urlFetch.otherwise = 403;                     // every request refused (the token lacks a scope)
 *   fakeExportServices({ properties: shared })          // a second server call of the same user
 */
import { readSheetCatalog } from "../../../src/adapters/sheets/catalog";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { scaffoldYear } from "../../../src/server/scaffold-year";
import { FakeBlob } from "./export-blob";
import { FakeDriveFiles } from "./export-drive";
import { FakeProperties } from "./export-properties";
import { createFakeSpreadsheetApp, type FakeSpreadsheet, type FakeSpreadsheetApp } from "./spreadsheet-app";

export { FakeBlob } from "./export-blob";
export { FakeDriveFiles, parseQuery, type StoredFile } from "./export-drive";
export { FakeProperties } from "./export-properties";

import type { ExportHttpResponse, ExportServices, ExportUrlFetchApp, FetchOptions } from "../../../src/adapters/export/services";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

// ── Clock ────────────────────────────────────────────────────────────────────

export class FakeClock {
  t = 0;
  /** Every `sleep(ms)` asked for, in order (Utilities.sleep). */
  readonly sleeps: number[] = [];
  now(): number {
    return this.t;
  }
  sleep(ms: number): void {
    this.sleeps.push(ms);
    this.t += ms;
  }
}

// ── SpreadsheetApp: the main fake, with the year's sheets ────────────────────

/**
 * The main SpreadsheetApp fake holding the year's sheets, made by the real
 * scaffoldYear (the jabatan in catalog order, then REKAP: README "The sidebar: preparing a year"), with
 * sheets a user added `before` and `after` them; the log is cleared afterwards.
 * The user is on the last sheet added, as Sheets leaves them.
 */
export function yearSpreadsheet(
  tahun = 2027,
  options: { kode?: readonly string[]; before?: string[]; after?: string[] } = {},
): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  for (const name of options.before ?? []) fake.user.insertSheet(name);
  const made = scaffoldYear({ tahun, jabatan: [...(options.kode ?? KODE_JABATAN)] }, fake.services());
  if (!made.ok) throw new Error(`yearSpreadsheet: ${made.error}`);
  for (const name of options.after ?? []) fake.user.insertSheet(name);
  fake.log.clear();
  return fake;
}

/** The main fake holding empty sheets of these names, in this tab order (for a particular shape, e.g. tabs out of order). */
export function spreadsheetWith(...names: string[]): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  for (const name of names) fake.user.insertSheet(name);
  return fake;
}

// ── UrlFetchApp / ScriptApp ──────────────────────────────────────────────────

export class FakeHttpResponse implements ExportHttpResponse {
  constructor(
    readonly code: number,
    readonly blob: FakeBlob,
    readonly headers: Record<string, string> = {},
  ) {}
  getResponseCode(): number {
    return this.code;
  }
  getBlob(): FakeBlob {
    return this.blob;
  }
  getHeaders(): object {
    return { ...this.headers };
  }
}

/** A reply to one fetch: a status (200 gives a PDF, others an HTML error page), a response, an Error to throw, or a function of the URL. */
export type FetchReply = number | FakeHttpResponse | Error | ((url: string) => FakeHttpResponse | number);

export class FakeUrlFetchApp implements ExportUrlFetchApp {
  readonly calls: { url: string; params: FetchOptions }[] = [];
  private readonly queue: FetchReply[] = [];
  /** The reply once the queued ones are used up. */
  otherwise: FetchReply = 200;
  /** How many PDFs were served so far (their content says which). */
  private served = 0;
  constructor(
    private readonly clock?: FakeClock,
    /** Time one request takes on the fake clock. */
    public latencyMs = 0,
  ) {}

  /** Replies for the next calls, in order; once they are used up every call gets `otherwise` (a 200 PDF unless set). */
  reply(...replies: FetchReply[]): this {
    this.queue.push(...replies);
    return this;
  }
  fetch(url: string, params: FetchOptions): FakeHttpResponse {
    this.calls.push({ url, params });
    if (this.clock) this.clock.t += this.latencyMs;
    let reply: FetchReply = this.queue.shift() ?? this.otherwise;
    if (typeof reply === "function") reply = reply(url);
    if (reply instanceof Error) throw reply;
    if (typeof reply === "number") return this.response(reply, url);
    return reply;
  }
  private response(status: number, url: string): FakeHttpResponse {
    if (status >= 200 && status < 300) {
      this.served += 1;
      return new FakeHttpResponse(status, new FakeBlob(`%PDF-1.4 #${this.served} ${url}`));
    }
    return new FakeHttpResponse(status, new FakeBlob(`<html>Error ${status}</html>`, "text/html; charset=utf-8"));
  }
}

/** What the export address answers a token that does not open the file: 200 with Google's sign-in page. */
export function signInPage(): FakeHttpResponse {
  return new FakeHttpResponse(200, new FakeBlob("<html><title>Login - Google Akun</title></html>", "text/html; charset=utf-8"));
}

export class FakeScriptApp {
  calls = 0;
  constructor(readonly token = "ya29.token-palsu") {}
  getOAuthToken(): string {
    this.calls += 1;
    return this.token;
  }
}

// ── All together ─────────────────────────────────────────────────────────────

export interface ExportFakes {
  services: ExportServices;
  /** The main SpreadsheetApp fake: services.spreadsheetApp itself (log, user, flushes). */
  spreadsheetApp: FakeSpreadsheetApp;
  /** Its spreadsheet (tabs, visibility, active sheet). */
  spreadsheet: FakeSpreadsheet;
  urlFetch: FakeUrlFetchApp;
  scriptApp: FakeScriptApp;
  drive: FakeDriveFiles;
  properties: FakeProperties;
  clock: FakeClock;
}

/** Fresh fakes wired as ExportServices; random is 0.5 unless given (so every backoff is 3/4 of its ceiling). */
export function fakeExportServices(
  options: {
    spreadsheetApp?: FakeSpreadsheetApp;
    drive?: FakeDriveFiles;
    properties?: FakeProperties;
    clock?: FakeClock;
    random?: () => number;
    latencyMs?: number;
  } = {},
): ExportFakes {
  const clock = options.clock ?? new FakeClock();
  const spreadsheetApp = options.spreadsheetApp ?? yearSpreadsheet();
  const urlFetch = new FakeUrlFetchApp(clock, options.latencyMs ?? 0);
  const scriptApp = new FakeScriptApp();
  const drive = options.drive ?? new FakeDriveFiles();
  const properties = options.properties ?? new FakeProperties();
  const random = options.random ?? (() => 0.5);
  const services: ExportServices = {
    spreadsheetApp,
    urlFetchApp: urlFetch,
    scriptApp,
    driveFiles: drive,
    userProperties: properties,
    sleep: (ms) => clock.sleep(ms),
    random,
    now: () => clock.now(),
    readCatalog: () => readSheetCatalog({ spreadsheet: spreadsheetApp.spreadsheet }),
  };
  return { services, spreadsheetApp, spreadsheet: spreadsheetApp.spreadsheet, urlFetch, scriptApp, drive, properties, clock };
}

/** The gid in an export URL, or undefined for a whole-spreadsheet export. */
export function gidOf(url: string): number | undefined {
  const gid = new URL(url).searchParams.get("gid");
  return gid === null ? undefined : Number(gid);
}
