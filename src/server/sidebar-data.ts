/**
 * Sidebar call `getSidebarData()`: the jabatan list, the years to offer (last
 * year to two years ahead of this year in Asia/Jakarta) and the years that
 * already have sheets in this spreadsheet.
 */
import { kodeJabatan } from "../core/catalog";
import { currentCatalog } from "./catalog-source";
import { parseSheetName } from "../core/naming";
import { PERIODE } from "../core/plan/types";
import { tahunJakarta, tahunPilihan } from "../core/tahun";
import type { SidebarData, ServerResponse } from "../shared/api";

export interface SidebarServices {
  spreadsheet: { getSheets(): { getName(): string }[] };
}

/** Years that have a "<tahun> <kode>" or "<tahun> REKAP" sheet (in any case, as Sheets matches names), ascending. */
export function tahunAda(sheetNames: readonly string[], kodes: readonly string[]): number[] {
  const years = sheetNames.flatMap((name) => parseSheetName(name, kodes)?.tahun ?? []);
  return [...new Set(years)].sort((a, b) => a - b);
}

function defaultSidebarServices(): SidebarServices {
  return { spreadsheet: SpreadsheetApp.getActiveSpreadsheet() };
}

export function getSidebarData(services?: SidebarServices, now: Date = new Date()): ServerResponse<SidebarData> {
  try {
    const names = (services ?? defaultSidebarServices()).spreadsheet.getSheets().map((s) => s.getName());
    const tahun = tahunJakarta(now);
    const catalog = currentCatalog();
    return {
      ok: true,
      data: {
        jabatan: catalog.jabatan.map((j) => ({ kode: j.kode, nama: j.nama })),
        tahunPilihan: tahunPilihan(tahun),
        tahunDefault: tahun,
        tahunAda: tahunAda(names, kodeJabatan(catalog)),
        periode: PERIODE,
      },
    };
  } catch (e) {
    console.error("getSidebarData", e);
    return { ok: false, error: `Data sidebar tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}. Tutup lalu buka lagi sidebar.` };
  }
}
