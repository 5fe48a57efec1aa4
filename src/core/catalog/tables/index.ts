/** The catalog as sheets (KATALOG, JABATAN, PENGATURAN; PROGRAM optional): writer, reader, layout. */

export { ID_PATTERN, newId, slug } from "./ids";
export {
  ALL_CATALOG_SHEETS,
  ANGGARAN_HEADER,
  CATALOG_SHEETS,
  type CatalogSheetName,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
  PENGATURAN_COLUMNS,
  PROGRAM_COLUMNS,
  PROGRAM_SHEET,
  SETTINGS,
  TARGET_HEADER,
  targetLabel,
} from "./layout";
export type { CatalogProblem } from "./problems";
export { type CatalogRead, type CatalogTableValues, type NewId, readCatalog } from "./read";
export {
  type CatalogSheet,
  type CatalogSheetPlan,
  type CatalogTables,
  type CatalogTablesOptions,
  catalogTables,
  type RangeListPlan,
  sheetValues,
} from "./write";
