/**
 * Write phase: what an earlier version's catalog lacks (core/catalog/tables/upgrade.ts) added at the end
 * of the user's sheets: JABATAN's newer header cells with their notes, PENGATURAN's newer rows, an empty
 * PROGRAM sheet. Only for a catalog that reads without problems: a broken one is left for the user.
 */
import { catalogTables } from "../../core/catalog/tables";
import { type CatalogUpgrade, catalogUpgrade, isUpToDate } from "../../core/catalog/tables/upgrade";
import { applySheetPlan } from "./apply";
import type { SheetCatalog } from "./catalog";
import type { SheetsServices } from "./services";

/** Adds what is missing; returns what was added (nothing: every list empty). */
export function upgradeCatalogSheets(services: Omit<SheetsServices, "lock">, catalog: SheetCatalog): CatalogUpgrade {
  const upgrade = catalogUpgrade(catalog.values);
  if (!catalog.read.catalog || catalog.read.problems.length > 0 || isUpToDate(upgrade)) {
    return { columns: [], settings: [], program: false };
  }
  const jabatan = catalog.sheets.JABATAN;
  for (const c of upgrade.columns) {
    const cell = jabatan?.getRange(c.row + 1, c.col + 1, 1, 1);
    cell?.setValues([[c.label]]);
    cell?.setNotes([[c.note]]);
  }
  const pengaturan = catalog.sheets.PENGATURAN;
  for (const s of upgrade.settings) {
    pengaturan?.getRange(s.row + 1, s.labelCol + 1, 1, 1).setValues([[s.label]]);
    if (s.keteranganCol !== undefined) pengaturan?.getRange(s.row + 1, s.keteranganCol + 1, 1, 1).setValues([[s.keterangan]]);
  }
  if (upgrade.program) applySheetPlan(services, catalogTables(catalog.read.catalog).PROGRAM.plan, null);
  return upgrade;
}
