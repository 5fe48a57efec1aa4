/** The catalog as three sheets (KATALOG, JABATAN, PENGATURAN): writer, reader, layout. */
export {
  catalogTables,
  sheetValues,
  type CatalogSheet,
  type CatalogSheetPlan,
  type CatalogTables,
  type CatalogTablesOptions,
  type RangeListPlan,
} from "./write";
export { readCatalog, type CatalogRead, type CatalogTableValues, type NewId } from "./read";
export type { CatalogProblem } from "./problems";
export {
  CATALOG_SHEETS,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
  PENGATURAN_COLUMNS,
  SETTINGS,
  TARGET_HEADER,
  targetLabel,
  type CatalogSheetName,
} from "./layout";
export { ID_PATTERN, newId, slug } from "./ids";
