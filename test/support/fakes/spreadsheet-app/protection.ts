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

/** The user the fake runs as, an editor of every protection it makes. */
export const FAKE_EDITOR = "sekretariat@dinsos.example.go.id";

export class FakeProtection
  implements ProtectionApi, Pick<GoogleAppsScript.Spreadsheet.Protection, "getDescription" | "isWarningOnly" | "remove" | "canDomainEdit">
{
  description = "";
  warningOnly = false;
  /**
   * Who may edit besides the owner: as in Sheets, whoever made the protection (the fake's user). The
   * owner always may, and is not in the list; removing the user running the script is refused by Sheets
   * only when it would lock them out of a protection they need, which the fake does not model.
   */
  editors: string[] = [FAKE_EDITOR];
  domainEdit = true;
  /** For a SHEET protection: the ranges left free of it. */
  unprotected: Box[] = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: ProtectionKind,
    /** The protected range of a RANGE protection; null for a SHEET protection (the whole sheet). */
    public range: Box | null,
  ) {}
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
  removeEditors(users: { getEmail(): string }[]): FakeProtection {
    this.sheet.rec("removeEditors", "write", "Protection");
    const gone = new Set(users.map((u) => u.getEmail()));
    this.editors = this.editors.filter((e) => !gone.has(e));
    return this;
  }
  canDomainEdit(): boolean {
    this.sheet.rec("canDomainEdit", "read", "Protection");
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.sheet.rec("setDomainEdit", "write", "Protection");
    this.domainEdit = editable;
    return this;
  }
  remove(): void {
    this.sheet.rec("remove", "write", "Protection");
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}
