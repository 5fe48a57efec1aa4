/**
 * In-memory fakes of the services the PDF export uses (src/adapters/export/services.ts),
 * written to the real Apps Script signatures and recording every call:
 * SpreadsheetApp / Spreadsheet / Sheet (only the members the export needs),
 * UrlFetchApp, ScriptApp, a clock whose `sleep` records the delay and moves time
 * on instead of waiting; the Advanced Drive service v3 fake is in export-drive.ts.
 */
import { KODE_JABATAN, type KodeJabatan } from "../../src/core/catalog/schema";
import { MIME_PDF, namaSheetJabatan, namaSheetRekap } from "../../src/core/export/naming";
import { FakeDriveFiles } from "./export-drive";

export { FakeDriveFiles, parseQuery, type StoredFile } from "./export-drive";
import type {
  ExportHttpResponse,
  ExportServices,
  ExportSheet,
  ExportSpreadsheet,
  ExportSpreadsheetApp,
  ExportUrlFetchApp,
  FetchOptions,
  PdfBlob,
} from "../../src/adapters/export/services";

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

// ── SpreadsheetApp ───────────────────────────────────────────────────────────

export class FakeSheet implements ExportSheet {
  /** Method names that throw on their next call (to test restore paths). */
  readonly failing = new Set<string>();
  constructor(
    private readonly book: FakeSpreadsheet,
    readonly name: string,
    readonly id: number,
    public hidden = false,
  ) {}
  getName(): string {
    this.book.log(`Sheet.getName`);
    return this.name;
  }
  getSheetId(): number {
    this.book.log(`Sheet.getSheetId`);
    return this.id;
  }
  isSheetHidden(): boolean {
    this.book.log(`Sheet.isSheetHidden`);
    return this.hidden;
  }
  hideSheet(): FakeSheet {
    this.book.log(`Sheet.hideSheet ${this.name}`);
    this.maybeFail("hideSheet");
    if (!this.hidden && this.book.visibleNames().length === 1) {
      // What Sheets says when the last visible sheet would be hidden.
      throw new Error("Anda tidak dapat menyembunyikan semua sheet dalam dokumen.");
    }
    this.hidden = true;
    // Sheets moves the user to another visible sheet.
    if (this.book.active === this) this.book.active = this.book.sheets.find((s) => !s.hidden);
    return this;
  }
  showSheet(): FakeSheet {
    this.book.log(`Sheet.showSheet ${this.name}`);
    this.maybeFail("showSheet");
    this.hidden = false;
    return this;
  }
  private maybeFail(method: string): void {
    if (this.failing.delete(method)) throw new Error(`${method} gagal (palsu)`);
  }
}

export class FakeSpreadsheet implements ExportSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | undefined;
  /** Shared with the FakeSpreadsheetApp: every SpreadsheetApp/Spreadsheet/Sheet call. */
  calls: string[] = [];
  constructor(readonly id = "spreadsheet-id-1") {}

  log(call: string): void {
    this.calls.push(call);
  }
  addSheet(name: string, hidden = false): FakeSheet {
    const sheet = new FakeSheet(this, name, 1000 + this.sheets.length, hidden);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  /** Tab order, as a user sees it. */
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }
  visibleNames(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }
  hiddenNames(): string[] {
    return this.sheets.filter((s) => s.hidden).map((s) => s.name);
  }
  byName(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  getId(): string {
    this.log("Spreadsheet.getId");
    return this.id;
  }
  getSheets(): FakeSheet[] {
    this.log("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getActiveSheet(): FakeSheet {
    this.log("Spreadsheet.getActiveSheet");
    if (!this.active) throw new Error("no sheets");
    return this.active;
  }
  setActiveSheet(sheet: ExportSheet): FakeSheet {
    const found = this.sheets.find((s) => s === sheet);
    this.log(`Spreadsheet.setActiveSheet ${found?.name}`);
    if (!found) throw new Error("unknown sheet");
    this.active = found;
    return found;
  }
  moveActiveSheet(pos: number): void {
    this.log(`Spreadsheet.moveActiveSheet ${pos}`);
    if (!this.active || !Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) throw new Error(`posisi ${pos} tidak sah`);
    this.sheets.splice(this.sheets.indexOf(this.active), 1);
    this.sheets.splice(pos - 1, 0, this.active);
  }
}

export class FakeSpreadsheetApp implements ExportSpreadsheetApp {
  constructor(readonly spreadsheet: FakeSpreadsheet) {}
  get calls(): string[] {
    return this.spreadsheet.calls;
  }
  flush(): void {
    this.spreadsheet.log("SpreadsheetApp.flush");
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.spreadsheet.log("SpreadsheetApp.getActiveSpreadsheet");
    return this.spreadsheet;
  }
}

/** A spreadsheet holding the year's sheets: the jabatan in catalog order, then REKAP (PRODUCT.md §6). */
export function yearSpreadsheet(
  tahun = 2027,
  options: { kode?: readonly KodeJabatan[]; rekap?: boolean; before?: string[]; after?: string[] } = {},
): FakeSpreadsheet {
  const book = new FakeSpreadsheet();
  for (const name of options.before ?? []) book.addSheet(name);
  for (const kode of options.kode ?? KODE_JABATAN) book.addSheet(namaSheetJabatan(tahun, kode));
  if (options.rekap ?? true) book.addSheet(namaSheetRekap(tahun));
  for (const name of options.after ?? []) book.addSheet(name);
  book.calls = [];
  return book;
}

// ── UrlFetchApp / ScriptApp ──────────────────────────────────────────────────

export class FakeBlob implements PdfBlob {
  constructor(
    readonly content: string,
    readonly contentType: string | null = MIME_PDF,
  ) {}
  getContentType(): string | null {
    return this.contentType;
  }
}

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
  /** How many PDFs were served so far (their content says which). */
  private served = 0;
  constructor(
    private readonly clock?: FakeClock,
    /** Time one request takes on the fake clock. */
    public latencyMs = 0,
  ) {}

  /** Replies for the next calls, in order; once they are used up every call gets a 200 PDF. */
  reply(...replies: FetchReply[]): this {
    this.queue.push(...replies);
    return this;
  }
  fetch(url: string, params: FetchOptions): FakeHttpResponse {
    this.calls.push({ url, params });
    if (this.clock) this.clock.t += this.latencyMs;
    let reply: FetchReply = this.queue.shift() ?? 200;
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
  spreadsheet: FakeSpreadsheet;
  spreadsheetApp: FakeSpreadsheetApp;
  urlFetch: FakeUrlFetchApp;
  scriptApp: FakeScriptApp;
  drive: FakeDriveFiles;
  clock: FakeClock;
}

/** Fresh fakes wired as ExportServices; random is 0.5 unless given (so every backoff is 3/4 of its ceiling). */
export function fakeExportServices(
  options: { spreadsheet?: FakeSpreadsheet; drive?: FakeDriveFiles; random?: () => number; latencyMs?: number } = {},
): ExportFakes {
  const clock = new FakeClock();
  const spreadsheet = options.spreadsheet ?? yearSpreadsheet();
  const spreadsheetApp = new FakeSpreadsheetApp(spreadsheet);
  const urlFetch = new FakeUrlFetchApp(clock, options.latencyMs ?? 0);
  const scriptApp = new FakeScriptApp();
  const drive = options.drive ?? new FakeDriveFiles();
  const random = options.random ?? (() => 0.5);
  const services: ExportServices = {
    spreadsheetApp,
    urlFetchApp: urlFetch,
    scriptApp,
    driveFiles: drive,
    sleep: (ms) => clock.sleep(ms),
    random,
    now: () => clock.now(),
  };
  return { services, spreadsheet, spreadsheetApp, urlFetch, scriptApp, drive, clock };
}

/** The gid in an export URL, or undefined for a whole-spreadsheet export. */
export function gidOf(url: string): number | undefined {
  const gid = new URL(url).searchParams.get("gid");
  return gid === null ? undefined : Number(gid);
}
