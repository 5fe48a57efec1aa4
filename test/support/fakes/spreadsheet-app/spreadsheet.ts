/**
 * The fake Spreadsheet: its sheets in tab order, the active sheet, and the members
 * the Sheets adapter (SpreadsheetApi) and the PDF export (ExportSpreadsheet) call.
 */
import type { ExportSheet, ExportSpreadsheet } from "../../../../src/adapters/export/services";
import type { SharingApi, SpreadsheetApi } from "../../../../src/adapters/sheets/services";
import { MIME_PDF } from "../../../../src/core/export/drive-query";
import { FakeBlob } from "../export-blob";
import type { FakeSpreadsheetApp } from "./app";
import { checkSheetName } from "./cells";
import { FAKE_EDITOR, FAKE_OWNER } from "./protection";
import { FakeSheet } from "./sheet";

/** What the fake's Spreadsheet.getId() answers. */
export const FAKE_SPREADSHEET_ID = "fake-spreadsheet";
/** What the fake's Spreadsheet.getUrl() answers. */
export const FAKE_SPREADSHEET_URL = `https://docs.google.com/spreadsheets/d/${FAKE_SPREADSHEET_ID}/edit`;

export class FakeSpreadsheet
  implements
    SpreadsheetApi,
    SharingApi,
    ExportSpreadsheet,
    Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, "getId" | "getUrl" | "moveActiveSheet">
{
  /** Every sheet, in tab order. */
  readonly sheets: FakeSheet[] = [];
  /** The sheet the user is on: the last one inserted, as in Sheets, until another is activated. */
  active: FakeSheet | undefined;
  /** The file's editors (Spreadsheet.getEditors) and owner (getOwner; null: a shared drive). */
  editors: string[] = [FAKE_EDITOR];
  owner: string | null = FAKE_OWNER;
  /** Whether everyone in the owner's Workspace domain may edit (a new protection starts so); false: a personal account's file. */
  domainEdit = true;
  /** Errors the next getAs() calls throw, in order (a conversion that fails in Google). */
  readonly getAsFailures: Error[] = [];
  private nextId = 100;
  private nextMetadataId = 1;
  constructor(readonly app: FakeSpreadsheetApp) {}
  getId(): string {
    this.app.log.record("Spreadsheet", "getId", "handle");
    return FAKE_SPREADSHEET_ID;
  }
  getUrl(): string {
    this.app.log.record("Spreadsheet", "getUrl", "read");
    return FAKE_SPREADSHEET_URL;
  }
  /** Sheet names are matched without regard to case, as in Sheets. */
  getSheetByName(name: string): FakeSheet | null {
    this.app.log.record("Spreadsheet", "getSheetByName", "read", name);
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getEditors(): { getEmail(): string }[] {
    this.app.log.record("Spreadsheet", "getEditors", "read");
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  getOwner(): { getEmail(): string } | null {
    this.app.log.record("Spreadsheet", "getOwner", "read");
    const owner = this.owner;
    return owner === null ? null : { getEmail: () => owner };
  }
  getSheets(): FakeSheet[] {
    this.app.log.record("Spreadsheet", "getSheets", "read");
    return [...this.sheets];
  }
  /** Spreadsheet.insertSheet(sheetName): a new sheet at the end of the tabs; it becomes the active sheet. */
  insertSheet(sheetName: string): FakeSheet {
    this.app.log.record("Spreadsheet", "insertSheet", "write", sheetName);
    return this.add(sheetName);
  }
  getActiveSheet(): FakeSheet {
    this.app.log.record("Spreadsheet", "getActiveSheet", "read");
    if (!this.active) throw new Error("fake: the spreadsheet has no sheets");
    return this.active;
  }
  /** Spreadsheet.setActiveSheet(sheet, restoreSelection?): one of this spreadsheet's sheets becomes the active one. */
  setActiveSheet(sheet: ExportSheet, restoreSelection?: boolean): FakeSheet {
    void restoreSelection;
    const found = this.sheets.find((s) => s === sheet);
    this.app.log.record("Spreadsheet", "setActiveSheet", "write", found?.name);
    if (!found) throw new Error("fake: setActiveSheet with a sheet of another spreadsheet");
    this.active = found;
    return found;
  }
  /** Spreadsheet.moveActiveSheet(pos): the active sheet to this 1-based tab position. */
  moveActiveSheet(pos: number): void {
    this.app.log.record("Spreadsheet", "moveActiveSheet", "write", this.active?.name);
    if (!this.active || !Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) {
      throw new Error(`fake: moveActiveSheet(${pos}): no such tab position`);
    }
    this.sheets.splice(this.sheets.indexOf(this.active), 1);
    this.sheets.splice(pos - 1, 0, this.active);
  }

  /**
   * Spreadsheet.getAs(contentType): as in Sheets, a PDF of the VISIBLE sheets in tab order
   * (its content names them, so tests see what was printed); any other type is refused.
   */
  getAs(contentType: string): FakeBlob {
    this.app.log.record("Spreadsheet", "getAs", "read");
    const failure = this.getAsFailures.shift();
    if (failure) throw failure;
    if (contentType !== MIME_PDF) {
      throw new Error(`Exception: Converting from application/vnd.google-apps.spreadsheet to ${contentType} is not supported.`);
    }
    return new FakeBlob(`%PDF-1.4 getAs: ${this.visibleNames().join(" | ")}`, MIME_PDF, "Spreadsheet palsu.pdf");
  }

  /** Adds a sheet at the end of the tabs and makes it active (insertSheet, or a user adding one), unlogged. */
  add(name: string): FakeSheet {
    checkSheetName(name, this.names());
    const sheet = new FakeSheet(this.app, name, this.nextId++);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet;
  }
  /** Developer metadata ids are unique in a spreadsheet. */
  newMetadataId(): number {
    return this.nextMetadataId++;
  }
  /** The sheet by name, unlogged (for assertions). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  /** Sheet names in tab order, unlogged (for assertions). */
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }
  /** Names of the visible sheets, in tab order, unlogged. */
  visibleNames(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }
  /** Names of the hidden sheets, in tab order, unlogged. */
  hiddenNames(): string[] {
    return this.sheets.filter((s) => s.hidden).map((s) => s.name);
  }
}
