/**
 * Sidebar call `getSidebarData()`: the jabatan of the catalog read from the
 * spreadsheet (none while it is missing or has problems: the catalog section says
 * why), the years to offer (last year to two years ahead of this year in
 * Asia/Jakarta), the years that already have sheets, where the catalog is, and what evidence the
 * BUKTI sheet still misses.
 * Reads only: blank IDs are filled by the calls that write (checkCatalog, scaffoldYear).
 */

import { readSheetCatalog } from "../adapters/sheets/catalog";
import type { SheetApi, SheetsServices } from "../adapters/sheets/services";
import { buktiSheetName, parseSheetName, sheetKey } from "../core/naming";
import { anyDue } from "../core/rekap/bukti-missing";
import { PERIODE } from "../core/sheet/types";
import { tahunJakarta, tahunPilihan } from "../core/tahun";
import type { ServerResponse, SidebarData } from "../shared/api";
import { buktiBelumAda } from "./bukti-answer";
import { infoOf } from "./catalog-info";
import { serve } from "./endpoint";

export type SidebarServices = Pick<SheetsServices, "spreadsheet">;

/**
 * Years that have a "<tahun> <kode>" sheet of one of `kodes`, or a "<tahun> REKAP" (in any
 * case, as Sheets matches names), ascending. Without a readable catalog only REKAP sheets tell.
 */
export function tahunAda(sheetNames: readonly string[], kodes: readonly string[]): number[] {
  const years = sheetNames.flatMap((name) => parseSheetName(name, kodes)?.tahun ?? []);
  return [...new Set(years)].sort((a, b) => a - b);
}

function defaultSidebarServices(): SidebarServices {
  return { spreadsheet: SpreadsheetApp.getActiveSpreadsheet() };
}

/**
 * What evidence is missing, from this year's BUKTI sheet, or last year's while nothing of this year has
 * ended (in January, last year's TW IV and Tahunan are the latest due). One read of the sheet found.
 */
function buktiOf(
  s: SidebarServices,
  named: readonly { sheet: SheetApi; name: string }[],
  tahun: number,
  now: Date,
): Pick<SidebarData, "buktiBelumAda"> {
  for (const year of [tahun, tahun - 1]) {
    const sheet = named.find((n) => sheetKey(n.name) === sheetKey(buktiSheetName(year)))?.sheet;
    if (!sheet) continue;
    const values = sheet.getDataRange().getValues();
    if (!anyDue(values, year, now)) continue;
    const url = `${s.spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`;
    return { buktiBelumAda: { tahun: year, daftar: buktiBelumAda(url, values, year, now) } };
  }
  return {};
}

export function getSidebarData(services?: SidebarServices, now: Date = new Date()): ServerResponse<SidebarData> {
  return serve({ failed: (detail) => `Data sidebar tidak dapat dimuat: ${detail}. Tutup lalu buka lagi sidebar.` }, () => {
    const s = services ?? defaultSidebarServices();
    // Every name is read for tahunAda anyway; the catalog sheets are found among them without another call.
    const named = s.spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    const catalog = readSheetCatalog(s, named);
    const jabatan = catalog.read.catalog?.jabatan ?? [];
    const tahun = tahunJakarta(now);
    return {
      jabatan: jabatan.map((j) => ({ kode: j.kode, nama: j.nama })),
      tahunPilihan: tahunPilihan(tahun),
      tahunDefault: tahun,
      tahunAda: tahunAda(
        named.map((n) => n.name),
        jabatan.map((j) => j.kode),
      ),
      periode: PERIODE,
      katalog: infoOf(s, catalog),
      ...buktiOf(s, named, tahun, now),
    };
  });
}
