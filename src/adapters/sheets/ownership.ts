/**
 * Whose sheet is it? A sheet with the name the year needs is the add-on's when it
 * carries the add-on's marker (sheet-level developer metadata, which survives
 * deleted columns and removed protections), or, for sheets made before the marker,
 * the add-on's protection or its id column's header. Any other sheet is the user's
 * own (README, "Pressing the button again"): it is renamed "<name> (lama)" and left as it is.
 */
import { lamaName, sheetKey } from "../../core/naming";
import { columnIndex, tableColumns } from "../../core/plan/columns";
import type { SheetApi, SheetsServices } from "./services";

/** The marker's key. Stored in users' spreadsheets: changing it makes every existing sheet look foreign. */
export const MARKER_KEY = "iki-sheets";
/** Our protections carry this prefix, so a re-run finds its own and leaves the users' own alone. */
export const PROTECTION_PREFIX = "IKI Sheets: ";

const norm = (v: unknown): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : "");

/**
 * The id column's label and three labels always left of it in the table header row,
 * the same on jabatan sheets of either periode and on the REKAP.
 */
const HEADER = (() => {
  const columns = tableColumns("tahunan");
  const label = (key: string) => norm(columns[columnIndex(columns, key)]?.header[0]);
  return { id: label("id"), left: ["no", "sasaran", "indikator"].map(label) };
})();

/** Whether some row holds the add-on's id column header right of "No", "Sasaran / Kinerja Utama" and "Indikator Kinerja". */
export function hasIdHeader(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => {
    const labels = row.map(norm);
    const id = labels.lastIndexOf(HEADER.id);
    return (
      id > 0 &&
      HEADER.left.every((label) => {
        const at = labels.indexOf(label);
        return at >= 0 && at < id;
      })
    );
  });
}

/** The add-on's marker on the sheet: one document read (the finder's steps are local). */
export function hasMarker(sheet: SheetApi): boolean {
  return sheet.createDeveloperMetadataFinder().withKey(MARKER_KEY).find().length > 0;
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

/**
 * The first "(lama)" name no sheet has (Sheets compares names without regard to
 * case, as getSheetByName does) and no other rename of this run takes. Read phase.
 */
export function freeLamaName(services: Pick<SheetsServices, "spreadsheet">, name: string, reserved: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = lamaName(name, n);
    if (reserved.has(sheetKey(candidate)) || services.spreadsheet.getSheetByName(candidate)) continue;
    reserved.add(sheetKey(candidate));
    return candidate;
  }
}
