/**
 * The fake SpreadsheetApp and LockService's document lock: the entry points that
 * hand out the spreadsheet, the builders and the lock, as services for the adapter
 * (services()), as SpreadsheetApp for the PDF export (flush, getActiveSpreadsheet),
 * or as Apps Script globals for code loaded in a vm context (globals()).
 */
import type { ExportSpreadsheetApp } from "../../../../src/adapters/export/services";
import type { LockApi, SheetsServices } from "../../../../src/adapters/sheets/services";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeTextStyleBuilder } from "./builders";
import { CallLog } from "./log";
import { FAKE_OWNER } from "./protection";
import { FakeSpreadsheet } from "./spreadsheet";
import { FakeUser } from "./user";

export const PROTECTION_TYPE = { RANGE: "RANGE", SHEET: "SHEET" } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export class FakeLock implements LockApi, Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock" | "hasLock"> {
  held = false;
  constructor(private readonly app: FakeSpreadsheetApp) {}
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    this.app.log.record("Lock", "tryLock", "lock");
    if (this.app.lockHeldElsewhere) return false;
    this.held = true;
    return true;
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.app.log.record("Lock", "releaseLock", "lock");
    this.held = false;
  }
}

export class FakeSpreadsheetApp implements ExportSpreadsheetApp, Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "flush"> {
  readonly log = new CallLog();
  readonly spreadsheet: FakeSpreadsheet;
  readonly lock: FakeLock;
  readonly user: FakeUser;
  lockHeldElsewhere = false;
  /**
   * Who presses the button (Session.getEffectiveUser().getEmail()); "" when Google does not say. The
   * owner by default, who may always press (a catalog's pengelola need not list them).
   */
  caller: string = FAKE_OWNER;
  flushes = 0;
  constructor() {
    this.spreadsheet = new FakeSpreadsheet(this);
    this.lock = new FakeLock(this);
    this.user = new FakeUser(this);
  }
  /** SpreadsheetApp.flush(). */
  flush(): void {
    this.log.record("SpreadsheetApp", "flush", "flush");
    this.flushes++;
  }
  /** SpreadsheetApp.getActiveSpreadsheet(): the spreadsheet the script is bound to (no round trip). */
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.log.record("SpreadsheetApp", "getActiveSpreadsheet", "handle");
    return this.spreadsheet;
  }
  /** SpreadsheetApp.getActive(): the same as getActiveSpreadsheet(). */
  getActive(): FakeSpreadsheet {
    this.log.record("SpreadsheetApp", "getActive", "handle");
    return this.spreadsheet;
  }
  services(): SheetsServices {
    return {
      spreadsheet: this.spreadsheet,
      sharing: this.spreadsheet,
      lock: this.lock,
      newDataValidation: () => {
        this.log.record("SpreadsheetApp", "newDataValidation", "builder");
        return new FakeDataValidationBuilder(this);
      },
      newConditionalFormatRule: () => {
        this.log.record("SpreadsheetApp", "newConditionalFormatRule", "builder");
        return new FakeConditionalFormatRuleBuilder(this);
      },
      newTextStyle: () => {
        this.log.record("SpreadsheetApp", "newTextStyle", "builder");
        return new FakeTextStyleBuilder(this);
      },
      flush: () => this.flush(),
      sheetProtection: PROTECTION_TYPE.SHEET,
      rangeProtection: PROTECTION_TYPE.RANGE,
      callerEmail: () => {
        this.log.record("Session", "getEffectiveUser", "read");
        return this.caller;
      },
    };
  }
  /** Globals as Apps Script has them, for code loaded in a vm context (dist/Code.js). */
  globals(): { SpreadsheetApp: object; LockService: object; Session: object } {
    const s = this.services();
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => this.getActiveSpreadsheet(),
        getActive: () => this.getActive(),
        flush: () => this.flush(),
        newDataValidation: s.newDataValidation,
        newConditionalFormatRule: s.newConditionalFormatRule,
        newTextStyle: s.newTextStyle,
        ProtectionType: PROTECTION_TYPE,
      },
      LockService: { getDocumentLock: () => this.lock },
      Session: { getEffectiveUser: () => ({ getEmail: s.callerEmail }) },
    };
  }
}
