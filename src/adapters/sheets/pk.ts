/**
 * The Perjanjian Kinerja sheets in the spreadsheet (README "Perjanjian Kinerja"): written like the year's
 * sheets (one read phase, then writes; what a person typed carried over by the record of what the add-on
 * wrote; a user's sheet of that name renamed "(lama)"), except that a locked PK is never written again.
 * Locking protects the sheet for good: not warning-only, no editor but the owner.
 */
import { carryOver } from "../../core/carry/carry";
import { DOTS } from "../../core/pk/look";
import type { SheetPlan } from "../../core/sheet/types";
import type { PkStatus, RenamedSheet } from "../../shared/api";
import { applySheetPlan } from "./apply";
import { type Guarding, WARNING_GUARDING } from "./guard";
import { foreignSheet, isOwned, LOCK_KEY, PROTECTION_PREFIX } from "./ownership";
import { findSheets, readRowsIfShort, readSnapshot } from "./read";
import type { SheetApi, SheetsServices } from "./services";

export interface WrittenPk {
  name: string;
  kode: string;
  url: string;
  status: PkStatus;
  lembarLama: RenamedSheet | null;
}

type PkServices = Omit<SheetsServices, "lock">;

/** The description of a locked PK's protection. */
export const LOCKED_DESCRIPTION = `${PROTECTION_PREFIX}Perjanjian Kinerja terkunci (sudah ditandatangani); revisi dibuat sebagai PK Perubahan`;

/** Writes each plan into its sheet, or leaves it as it is when that PK is locked. One flush at the end. */
export function writePk(
  services: PkServices,
  plans: readonly { kode: string; plan: SheetPlan }[],
  guarding: Guarding = WARNING_GUARDING,
): WrittenPk[] {
  // Read phase.
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const urlOf = (sheet: SheetApi) => `${spreadsheetUrl}#gid=${sheet.getSheetId()}`;
  const found = findSheets(
    services,
    plans.map((p) => p.plan.name),
  );
  const reserved = new Set<string>();
  const jobs = plans.map(({ kode, plan }) => {
    const sheet = found.get(plan.name) ?? null;
    const read = sheet
      ? readSnapshot(services, sheet, { charts: false, areaProtections: guarding.accessOf(plan).mode === "restricted" })
      : null;
    const snapshot = read && isOwned(read) ? read : null;
    if (snapshot && isLocked(snapshot)) return { kode, plan, locked: snapshot.sheet } as const;
    const foreign = read && !snapshot ? foreignSheet(services, read.sheet, reserved, urlOf) : null;
    const carried = carryOver(plan, snapshot, snapshot?.record);
    return { kode, plan, carried, snapshot: snapshot && readRowsIfShort(snapshot, carried.plan), foreign, locked: null } as const;
  });

  // Write phase: the users' own sheets out of the way, then every PK that is not locked.
  for (const job of jobs) if (!job.locked) job.foreign?.sheet.setName(job.foreign.renamed.menjadi);
  const written = jobs.map((job): WrittenPk => {
    if (job.locked) return { name: job.locked.getName(), kode: job.kode, url: urlOf(job.locked), status: "terkunci", lembarLama: null };
    const applied = applySheetPlan(services, job.carried.plan, job.snapshot, job.carried.record, guarding);
    const url = `${spreadsheetUrl}#gid=${applied.sheetId}`;
    return { name: applied.name, kode: job.kode, url, status: applied.status, lembarLama: job.foreign?.renamed ?? null };
  });
  services.flush();
  return written;
}

/** Locked: the lock's metadata, or (should a copy have lost it) our protection saying so and not warning-only. */
function isLocked(snapshot: { locked: boolean; protection: { description: string } | null }): boolean {
  return snapshot.locked || snapshot.protection?.description === LOCKED_DESCRIPTION;
}

export type LockOutcome =
  | { kind: "dikunci" | "sudahTerkunci"; name: string; url: string }
  | { kind: "belumDiisi"; name: string; url: string }
  | { kind: "belumDibuat"; name: string };

/**
 * Locks each named PK sheet that is the add-on's, unlocked, and prints no placeholder. `now`: when, kept in
 * the lock's metadata. One read phase, then writes, one flush.
 */
export function lockPk(services: PkServices, names: readonly string[], now: Date): LockOutcome[] {
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const found = findSheets(services, names);
  const reads = names.map((asked) => {
    const sheet = found.get(asked) ?? null;
    const read = sheet ? readSnapshot(services, sheet, { charts: false }) : null;
    if (!read || !isOwned(read)) return { asked, read: null };
    const draft = read.values.some((row) => row.some((v) => typeof v === "string" && v.includes(DOTS)));
    return { asked, read, draft, name: read.sheet.getName(), url: `${spreadsheetUrl}#gid=${read.sheet.getSheetId()}` };
  });
  const outcomes = reads.map((r): LockOutcome => {
    if (!r.read) return { kind: "belumDibuat", name: r.asked };
    const { name, url } = r;
    if (isLocked(r.read)) return { kind: "sudahTerkunci", name, url };
    if (r.draft) return { kind: "belumDiisi", name, url };
    // The editors can only be read from the protection once it stands (a read after a write, once per PK locked).
    const protection = r.read.protection?.protection ?? r.read.sheet.protect();
    protection.setDescription(LOCKED_DESCRIPTION).setWarningOnly(false);
    // Editors listed are removed as Sheets hands them; the owner is never listed and always may edit.
    protection.removeEditors(protection.getEditors());
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    r.read.sheet.addDeveloperMetadata(LOCK_KEY, now.toISOString());
    return { kind: "dikunci", name, url };
  });
  services.flush();
  return outcomes;
}
