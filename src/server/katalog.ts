/**
 * Sidebar calls for the catalog (KATALOG, JABATAN, PENGATURAN; core/catalog/tables/layout.ts):
 * `periksaKatalog()` reads it and lists every problem with a link to its cell;
 * `buatKatalog({ isi })` writes the three sheets on first use, from the built-in
 * example or empty for another OPD, and never over an existing KATALOG.
 */
import { EMPTY_CATALOG, EXAMPLE_CATALOG } from "../core/catalog/example";
import type { Catalog } from "../core/catalog/model";
import { CATALOG_SHEETS, type CatalogSheetName } from "../core/catalog/tables";
import { clip } from "../core/quote";
import { tahunJakarta } from "../core/tahun";
import { loadSheetCatalog, type CatalogSheets, type SheetCatalog } from "../adapters/sheets/catalog";
import { writeCatalogSheets } from "../adapters/sheets/catalog-write";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import type { KatalogInfo, ServerResponse } from "../shared/api";
import { BuatKatalogRequestSchema } from "../shared/requests";
import { katalogInfo, type SheetUrls } from "./katalog-info";
import { parseRequest } from "./request";
import { LOCK_WAIT_MS } from "./scaffold-year";

/** `Target <tahun>` columns of a new KATALOG: this year and the four after it (a Renstra period). */
export const TARGET_YEARS = 5;

const errorText = (e: unknown) => clip(e instanceof Error ? e.message : String(e));

export function periksaKatalog(services?: SheetsServices): ServerResponse<KatalogInfo> {
  try {
    const s = services ?? defaultServices();
    const catalog = loadSheetCatalog(s);
    return { ok: true, data: infoOf(s, catalog) };
  } catch (e) {
    console.error("periksaKatalog", e);
    return { ok: false, error: `Katalog tidak dapat diperiksa: ${errorText(e)}. Coba lagi.` };
  }
}

/** KatalogInfo of a catalog read from the spreadsheet; the address is asked for only when there is a sheet to link. */
export function infoOf(services: Pick<SheetsServices, "spreadsheet">, catalog: SheetCatalog, spreadsheetUrl?: string): KatalogInfo {
  return katalogInfo(catalog.ada, catalog.read, catalog.values, sheetUrls(services, catalog.sheets, spreadsheetUrl));
}

function sheetUrls(services: Pick<SheetsServices, "spreadsheet">, sheets: CatalogSheets, spreadsheetUrl?: string): SheetUrls {
  const present = CATALOG_SHEETS.filter((name) => sheets[name] !== null);
  if (!present.length) return {};
  const base = spreadsheetUrl ?? services.spreadsheet.getUrl();
  const urls: SheetUrls = {};
  for (const name of present) urls[name] = `${base}#gid=${(sheets[name] as NonNullable<CatalogSheets[CatalogSheetName]>).getSheetId()}`;
  return urls;
}

export function buatKatalog(request: unknown, services?: SheetsServices, now: Date = new Date()): ServerResponse<KatalogInfo> {
  const parsed = parseRequest(BuatKatalogRequestSchema, request, "Permintaan katalog", "{ isi }");
  if (!parsed.ok) return parsed;
  let locked = false;
  let s: SheetsServices | undefined;
  try {
    s = services ?? defaultServices();
    locked = s.lock.tryLock(LOCK_WAIT_MS);
    if (!locked)
      return {
        ok: false,
        error: "Spreadsheet ini sedang diubah oleh editor lain (katalog atau lembar IKI). Tunggu sampai selesai, lalu coba lagi.",
      };
    const tahun = tahunJakarta(now);
    const years = Array.from({ length: TARGET_YEARS }, (_, i) => tahun + i);
    const written = writeCatalogSheets(s, parsed.data.isi === "contoh" ? EXAMPLE_CATALOG : EMPTY_CATALOG, years);
    if (!written.written) return { ok: false, error: refusal(written.sheets) };
    return { ok: true, data: katalogInfo(true, written.read, written.values, written.urls) };
  } catch (e) {
    console.error("buatKatalog", e);
    return {
      ok: false,
      error: `Katalog gagal dibuat: ${errorText(e)}. Lembar yang sudah ada tidak diubah; periksa katalog lalu coba lagi.`,
    };
  } finally {
    if (locked) s?.lock.releaseLock();
  }
}

/** Problems quoted in full in a refusal; the rest are counted (the sidebar's Periksa katalog lists them all). */
const PROBLEMS_QUOTED = 3;

/**
 * For the calls that build from the catalog (scaffoldYear, exportPdf): the catalog read in
 * their read phase, or the Indonesian refusal when a sheet is missing or it has problems
 * (nothing is created from such a catalog, and the built-in example never stands in).
 */
export function usableCatalog(catalog: SheetCatalog): { ok: true; catalog: Catalog } | { ok: false; error: string } {
  const { problems } = catalog.read;
  if (catalog.read.catalog && problems.length === 0) return { ok: true, catalog: catalog.read.catalog };
  if (!catalog.sheets.KATALOG) {
    return {
      ok: false,
      error:
        "Katalog belum ada di spreadsheet ini (lembar KATALOG tidak ada). Buat dulu lewat bagian Katalog di sidebar, dari contoh bawaan atau kosong; bila nama lembarnya diganti, kembalikan namanya.",
    };
  }
  const shown = problems.slice(0, PROBLEMS_QUOTED).map((p) => (p.cell ? `${p.cell}: ${p.message}` : p.message));
  const more = problems.length > PROBLEMS_QUOTED ? ` (dan ${problems.length - PROBLEMS_QUOTED} masalah lain)` : "";
  return {
    ok: false,
    error: `Katalog punya ${problems.length} masalah, jadi belum ada lembar yang dibuat. ${shown.join(" ")}${more} Perbaiki, lalu tekan Periksa katalog di sidebar untuk melihat semuanya dengan tautan ke selnya.`,
  };
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
