/**
 * Whose sheet is it? A sheet with the name the year needs is the add-on's when it
 * carries the add-on's marker (sheet-level developer metadata, which survives
 * deleted columns and removed protections), or, for sheets made before the marker,
 * the add-on's protection or its id column's header. Any other sheet is the user's
 * own (README, "Pressing the button again"): it is renamed "<name> (lama)" and left as it is.
 */

import { hasIdHeader } from "../../core/match/id-header";
import { firstLamaName, sheetKey } from "../../core/naming";
import type { DeveloperMetadataApi, SheetApi, SheetsServices } from "./services";

export { hasIdHeader };

/** The marker's key. Stored in users' spreadsheets: changing it makes every existing sheet look foreign. */
export const MARKER_KEY = "iki-sheets";
/**
 * The record of what the add-on wrote on the sheet (src/core/record), as developer metadata beside the
 * marker. Stored in users' spreadsheets: changing the key makes every sheet fall back to the comparison.
 */
export const RECORD_KEY = "iki-sheets-catatan";
/**
 * A Perjanjian Kinerja locked once signed (its value: when): no later press changes the sheet. Stored in
 * users' spreadsheets: changing the key would unlock every signed PK.
 */
export const LOCK_KEY = "iki-sheets-terkunci";
/** Our protections carry this prefix, so a re-run finds its own and leaves the users' own alone. */
export const PROTECTION_PREFIX = "IKI Sheets: ";
/**
 * Ends the description of a sheet protection restricted by the catalog's roles: the inputs then have
 * protections of their own, which the next run reads and replaces. Stored in users' spreadsheets.
 */
export const ROLES_SUFFIX = " (dikunci per peran)";

/** The add-on's marker on the sheet: one document read (the finder's steps are local). */
export function hasMarker(sheet: SheetApi): boolean {
  return sheet.createDeveloperMetadataFinder().withKey(MARKER_KEY).find().length > 0;
}

/** The marker, the lock and the record's metadata, from one read of the sheet's developer metadata. */
export function sheetMetadata(sheet: SheetApi): { marked: boolean; locked: boolean; records: DeveloperMetadataApi[] } {
  const all = sheet.getDeveloperMetadata().map((m) => ({ m, key: m.getKey() }));
  return {
    marked: all.some((x) => x.key === MARKER_KEY),
    locked: all.some((x) => x.key === LOCK_KEY),
    records: all.flatMap((x) => (x.key === RECORD_KEY ? [x.m] : [])),
  };
}

/** What the read phase learnt about a sheet, enough to tell whose it is. */
export interface OwnershipFacts {
  marked: boolean;
  /** The add-on's own protection, or null. */
  protection: unknown;
  values: readonly (readonly unknown[])[];
}

export function isOwned(facts: OwnershipFacts): boolean {
  return facts.marked || facts.protection !== null || hasIdHeader(facts.values);
}

/** Whose a sheet the run does not write is, cheapest evidence first (for the REKAP: only the add-on's jabatan sheets count). */
export function readOwned(services: Pick<SheetsServices, "sheetProtection">, sheet: SheetApi): boolean {
  if (hasMarker(sheet)) return true;
  if (sheet.getProtections(services.sheetProtection).some((p) => p.getDescription().startsWith(PROTECTION_PREFIX))) return true;
  return hasIdHeader(sheet.getDataRange().getValues());
}

/** A sheet that is not the add-on's: its name now, the free "(lama)" name it gets, its link (read phase). */
export function foreignSheet(
  services: Pick<SheetsServices, "spreadsheet">,
  sheet: SheetApi,
  reserved: Set<string>,
  urlOf: (sheet: SheetApi) => string,
) {
  const semula = sheet.getName();
  return { sheet, renamed: { semula, menjadi: freeLamaName(services, semula, reserved), url: urlOf(sheet) } };
}

/**
 * The first "(lama)" name no sheet has (Sheets compares names without regard to
 * case, as getSheetByName does) and no other rename of this run takes. Read phase.
 */
export function freeLamaName(services: Pick<SheetsServices, "spreadsheet">, name: string, reserved: Set<string>): string {
  const taken = (candidate: string) => reserved.has(sheetKey(candidate)) || Boolean(services.spreadsheet.getSheetByName(candidate));
  const free = firstLamaName(name, taken);
  reserved.add(sheetKey(free));
  return free;
}
