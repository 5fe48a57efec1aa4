/** The catalog as three sheets (KATALOG, JABATAN, PENGATURAN): writer, reader, layout. */

export { ID_PATTERN, newId, slug } from "./ids";
export {
  CATALOG_SHEETS,
  type CatalogSheetName,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
  PENGATURAN_COLUMNS,
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
