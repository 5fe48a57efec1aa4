/**
 * The catalog the server calls work from. TODO(issue 9, in progress): read from the
 * spreadsheet's KATALOG, JABATAN and PENGATURAN sheets; until the Sheets side lands,
 * the built-in example.
 */
import { EXAMPLE_CATALOG, type Catalog } from "../core/catalog";

export function currentCatalog(): Catalog {
  return EXAMPLE_CATALOG;
}
