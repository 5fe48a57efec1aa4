/**
 * The fake Protection, as in Sheets: Range.protect() makes a RANGE protection over
 * its range; Sheet.protect() makes the sheet's one SHEET protection, which covers
 * the whole sheet except its unprotected ranges.
 */
import type { ProtectionApi, RangeApi } from "../../../../src/adapters/sheets/services";
import { type Box, within } from "./cells";
import { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";

export type ProtectionKind = "RANGE" | "SHEET";

/** The user the fake runs as (Session.getEffectiveUser), an editor of the file and of every protection it makes. */
export const FAKE_EDITOR = "sekretariat@dinsos.example.go.id";
/** The file's owner: may edit whatever the protections say, and is never in their lists. */
export const FAKE_OWNER = "pemilik@dinsos.example.go.id";

export class FakeProtection
  implements ProtectionApi, Pick<GoogleAppsScript.Spreadsheet.Protection, "getDescription" | "isWarningOnly" | "remove" | "canDomainEdit">
{
  description = "";
  warningOnly = false;
  /**
   * Who may edit besides the owner. As in Sheets, a new protection starts with the file's editors
   * (the fake's user among them); the owner always may, and is not in the list. The fake removes
   * whoever it is told to, the user running the script too: code that must keep them has to.
   */
  editors: string[];
  /** As the file is shared: true in a Workspace domain that may edit it (the fake's default), false elsewhere. */
  domainEdit: boolean;
  /** For a SHEET protection: the ranges left free of it. */
  unprotected: Box[] = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: ProtectionKind,
    /** The protected range of a RANGE protection; null for a SHEET protection (the whole sheet). */
    public range: Box | null,
  ) {
    this.editors = [...sheet.app.spreadsheet.editors];
    this.domainEdit = sheet.app.spreadsheet.domainEdit;
  }
  /** The area it covers: its range, or the whole sheet. */
  get box(): Box {
    return this.range ?? { row: 0, col: 0, rows: this.sheet.maxRows, cols: this.sheet.maxColumns };
  }
  /** Whether it guards this cell (0-based): inside its range, and for a SHEET protection outside its unprotected ranges. */
  covers(r: number, c: number): boolean {
    return within(this.box, r, c) && !this.unprotected.some((u) => within(u, r, c));
  }
  getDescription(): string {
    this.sheet.rec("getDescription", "read", "Protection");
    return this.description;
  }
  isWarningOnly(): boolean {
    this.sheet.rec("isWarningOnly", "read", "Protection");
    return this.warningOnly;
  }
  setDescription(description: string): FakeProtection {
    this.sheet.rec("setDescription", "write", "Protection");
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.sheet.rec("setWarningOnly", "write", "Protection");
    this.warningOnly = warningOnly;
    return this;
  }
  /** Protection.setUnprotectedRanges: only for a sheet protection, ranges of that sheet; replaces the earlier list. */
  setUnprotectedRanges(ranges: RangeApi[]): FakeProtection {
    this.sheet.rec("setUnprotectedRanges", "write", "Protection");
    if (this.type !== "SHEET") throw new Error("Unprotected ranges can only be set on a sheet protection.");
    const boxes = ranges.map((r) => {
      const range = r as FakeRange;
      if (range.sheet !== this.sheet) throw new Error("Unprotected ranges must be on the protected sheet.");
      return { ...range.box };
    });
    this.unprotected = boxes;
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    this.sheet.rec("getUnprotectedRanges", "read", "Protection");
    return this.unprotected.map((b) => new FakeRange(this.sheet, b));
  }
  getEditors(): { getEmail(): string }[] {
    this.sheet.rec("getEditors", "read", "Protection");
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  /** Users or addresses; addresses compared without case, as Google does. */
  removeEditors(users: { getEmail(): string }[] | string[]): FakeProtection {
    this.sheet.rec("removeEditors", "write", "Protection");
    const gone = new Set(users.map((u) => (typeof u === "string" ? u : u.getEmail()).toLowerCase()));
    this.editors = this.editors.filter((e) => !gone.has(e.toLowerCase()));
    return this;
  }
  /** Sheets lets only the file's editors (and its owner) into a protection: anyone else is refused. */
  addEditors(emailAddresses: string[]): FakeProtection {
    this.sheet.rec("addEditors", "write", "Protection");
    const file = this.sheet.app.spreadsheet;
    for (const email of emailAddresses) {
      const known = [...file.editors, file.owner].some((e) => e?.toLowerCase() === email.toLowerCase());
      if (!known) throw new Error(`Exception: ${email} bukan editor spreadsheet ini.`);
      if (!this.editors.some((e) => e.toLowerCase() === email.toLowerCase())) this.editors.push(email);
    }
    return this;
  }
  /** Whether this person may edit the cells it guards: warning-only, the owner, or listed. */
  lets(email: string): boolean {
    const owner = this.sheet.app.spreadsheet.owner;
    return (
      this.warningOnly || owner?.toLowerCase() === email.toLowerCase() || this.editors.some((e) => e.toLowerCase() === email.toLowerCase())
    );
  }
  canDomainEdit(): boolean {
    this.sheet.rec("canDomainEdit", "read", "Protection");
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.sheet.rec("setDomainEdit", "write", "Protection");
    // Sheets refuses it for a file outside a Workspace domain.
    if (!this.sheet.app.spreadsheet.domainEdit) throw new Error("Exception: spreadsheet ini tidak berada dalam domain Google Workspace.");
    this.domainEdit = editable;
    return this;
  }
  remove(): void {
    this.sheet.rec("remove", "write", "Protection");
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}
