/**
 * First use: the three catalog sheets written from a catalog (the built-in example, or
 * the empty one for another OPD) through the same renderer as the year's sheets, plus
 * KATALOG's Kode Jabatan dropdown fed from JABATAN's Kode column, which a SheetPlan
 * cannot express. Existing catalog sheets are never overwritten: with KATALOG present
 * nothing is written; a JABATAN or PENGATURAN without KATALOG is a leftover (or a
 * hand-made sheet) and is renamed "<name> (lama)", untouched.
 */
import type { Catalog } from "../../core/catalog/model";
import {
  ALL_CATALOG_SHEETS,
  type CatalogRead,
  type CatalogSheetName,
  type CatalogTables,
  type CatalogTableValues,
  catalogTables,
  readCatalog,
  sheetValues,
} from "../../core/catalog/tables";
import type { RenamedSheet } from "../../shared/api";
import { applySheetPlan } from "./apply";
import { type CatalogSheets, findCatalogSheets } from "./catalog";
import { freeLamaName } from "./ownership";
import type { SheetApi, SheetsServices, SpreadsheetApi } from "./services";

export type CatalogWriteServices = Omit<SheetsServices, "lock">;

export type WriteCatalogResult =
  /** KATALOG is there: nothing was written. */
  | { written: false; sheets: CatalogSheets }
  | {
      written: true;
      /** Link of each sheet written. */
      urls: Record<CatalogSheetName, string>;
      /** Sheets that had a catalog sheet's name and were moved aside. */
      renamed: RenamedSheet[];
      /** The written sheets' values and what the reader makes of them: a read of the spreadsheet now, without reading it. */
      values: CatalogTableValues;
      read: CatalogRead;
    };

/**
 * Writes KATALOG, JABATAN, PENGATURAN and PROGRAM from `catalog`, with `Target <tahun>` columns for
 * `targetYears`. One read phase (which sheets exist, free "(lama)" names, the address),
 * then writes only, and one flush.
 */
export function writeCatalogSheets(services: CatalogWriteServices, catalog: Catalog, targetYears: readonly number[]): WriteCatalogResult {
  // Read phase.
  const found = findCatalogSheets(services);
  if (found.KATALOG) return { written: false, sheets: found };
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const reserved = new Set<string>();
  const leftovers = ALL_CATALOG_SHEETS.flatMap((name) => {
    const sheet = found[name];
    if (!sheet) return [];
    const semula = sheet.getName();
    return [
      { sheet, renamed: { semula, menjadi: freeLamaName(services, semula, reserved), url: `${spreadsheetUrl}#gid=${sheet.getSheetId()}` } },
    ];
  });
  const tables = catalogTables(catalog, { targetYears });

  // Write phase: leftovers out of the way, the three sheets, then the dropdown that refers across sheets.
  for (const leftover of leftovers) leftover.sheet.setName(leftover.renamed.menjadi);
  const inserted = new Map<string, SheetApi>();
  const writer = { ...services, spreadsheet: capturingInserts(services.spreadsheet, inserted) };
  const urls = {} as Record<CatalogSheetName, string>;
  for (const name of ALL_CATALOG_SHEETS) {
    // A catalog plan is a SheetPlan without the year's parts (CatalogSheetPlan); the renderer reads none of them.
    const applied = applySheetPlan(writer, tables[name].plan, null);
    urls[name] = `${spreadsheetUrl}#gid=${applied.sheetId}`;
  }
  writeRangeLists(services, tables, inserted);
  services.flush();

  const values = Object.fromEntries(ALL_CATALOG_SHEETS.map((name) => [name, sheetValues(tables[name])]));
  return { written: true, urls, renamed: leftovers.map((l) => l.renamed), values, read: readCatalog(values) };
}

/**
 * Dropdowns whose values are a range of another sheet (KATALOG's Kode Jabatan ← JABATAN's
 * Kode): the list follows JABATAN as the secretariat edits it. Replaces the fixed list the
 * plan put there for renderers that cannot refer to a range. Input is refused, not warned.
 */
function writeRangeLists(services: CatalogWriteServices, tables: CatalogTables, sheets: Map<string, SheetApi>): void {
  for (const name of ALL_CATALOG_SHEETS) {
    for (const list of tables[name].rangeLists) {
      const target = sheets.get(name);
      const source = sheets.get(list.source.sheet);
      if (!target || !source) throw new Error(`lembar ${target ? list.source.sheet : name} tidak dibuat`);
      const values = source.getRange(list.source.row + 1, list.source.col + 1, list.source.rows, list.source.cols);
      const rule = services.newDataValidation().requireValueInRange(values, true).setHelpText(list.help).setAllowInvalid(false).build();
      target.getRange(list.area.row + 1, list.area.col + 1, list.area.rows, list.area.cols).setDataValidation(rule);
    }
  }
}

/**
 * The spreadsheet, its insertSheet noted in `inserted` by name: the renderer hands back
 * only the new sheet's id, and asking the document for the sheet again would be a read
 * after the writes began. Every member is forwarded explicitly (a real Spreadsheet is no
 * plain object to spread).
 */
function capturingInserts(spreadsheet: SpreadsheetApi, inserted: Map<string, SheetApi>): SpreadsheetApi {
  return {
    getUrl: () => spreadsheet.getUrl(),
    getSheetByName: (name) => spreadsheet.getSheetByName(name),
    getSheets: () => spreadsheet.getSheets(),
    insertSheet: (name) => {
      const sheet = spreadsheet.insertSheet(name);
      inserted.set(name, sheet);
      return sheet;
    },
  };
}
