/**
 * Sidebar calls for the catalog (KATALOG, JABATAN, PENGATURAN; core/catalog/tables/layout.ts):
 * `checkCatalog()` reads it and lists every problem with a link to its cell;
 * `createCatalog({ isi })` writes the three sheets on first use, from the built-in
 * example or empty for another OPD, and never over an existing KATALOG. (Their old
 * names, periksaKatalog and buatKatalog, still answer an older sidebar: src/entries/registry.ts.)
 */

import { type CatalogSheets, readSheetCatalog, writeNewIds } from "../adapters/sheets/catalog";
import { writeCatalogSheets } from "../adapters/sheets/catalog-write";
import { readRoles } from "../adapters/sheets/roles";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import { EMPTY_CATALOG, EXAMPLE_CATALOG } from "../core/catalog/example";
import { CATALOG_SHEETS } from "../core/catalog/tables";
import type { CatalogInfo, ServerResponse } from "../shared/api";
import { CreateCatalogRequestSchema } from "../shared/requests";
import { catalogInfo, infoOf, targetYearsFrom } from "./catalog-info";
import { serve } from "./endpoint";

export function checkCatalog(services?: SheetsServices): ServerResponse<CatalogInfo> {
  return serve({ failed: (detail) => `Katalog tidak dapat diperiksa: ${detail}. Coba lagi.` }, () => {
    const s = services ?? defaultServices();
    const catalog = readSheetCatalog(s);
    // Blank IDs are filled here without the lock: an ID is derived from its row's kode and text, so two runs
    // write the same one. Not by someone the roles keep out of the catalog sheets (a pengisi): they only read.
    const known = catalog.read.catalog;
    const role = known ? readRoles(s, known).role.kind : "free";
    if (role === "free" || role === "pengelola") writeNewIds(catalog);
    return infoOf(s, catalog);
  });
}

export function createCatalog(request: unknown, services?: SheetsServices, now: Date = new Date()): ServerResponse<CatalogInfo> {
  const failed = (detail: string) => `Katalog gagal dibuat: ${detail}. Lembar yang sudah ada tidak diubah; periksa katalog lalu coba lagi.`;
  return serve({ failed }, (call) => {
    const { isi } = call.parse(CreateCatalogRequestSchema, request, "Permintaan katalog", "{ isi }");
    const s = services ?? defaultServices();
    call.lock(s.lock, "Spreadsheet ini sedang diubah oleh editor lain (katalog atau lembar IKI). Tunggu sampai selesai, lalu coba lagi.");
    const written = writeCatalogSheets(s, isi === "contoh" ? EXAMPLE_CATALOG : EMPTY_CATALOG, targetYearsFrom(now));
    if (!written.written) return call.refuse(refusal(written.sheets));
    return catalogInfo(true, written.read, written.values, written.urls);
  });
}

/** KATALOG is there: it is never overwritten. Says which sheet is missing, if one is, and how to start afresh. */
function refusal(sheets: CatalogSheets): string {
  const missing = CATALOG_SHEETS.filter((name) => !sheets[name]);
  const restore = missing.length
    ? ` Lembar ${missing.join(" dan ")} tidak ada: kembalikan namanya bila diganti.`
    : " Ubah katalog langsung di lembar KATALOG, JABATAN, dan PENGATURAN, lalu tekan Periksa katalog.";
  return (
    "Katalog tidak dibuat: lembar KATALOG sudah ada dan tidak akan ditimpa." +
    restore +
    ' Untuk mulai dari awal, ganti dulu nama lembar KATALOG (mis. "KATALOG lama"), lalu buat katalog lagi.'
  );
}
