import { CUSTOM_FUNCTIONS } from "../functions/definitions";
import { exportPdf } from "../server/export-pdf";
import { onInstall, onOpen } from "../server/menu";
import { scaffoldYear } from "../server/scaffold-year";
import { showSidebar } from "../server/show-sidebar";
import { getSidebarData } from "../server/sidebar-data";
import { fromCustomFunction, type EntryPoint } from "./entry-point";

/**
 * Every global of dist/Code.js, in one place: add an entry here and the build
 * writes its stub. The wrappers pass only what Apps Script passes, so a caller
 * can never slip a second argument into a service parameter.
 */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...CUSTOM_FUNCTIONS.map(fromCustomFunction),
  {
    name: "onOpen",
    params: ["e"],
    doc: ["Menambahkan menu add-on IKI Sheets saat spreadsheet dibuka (aman di AuthMode.NONE).", "@param {GoogleAppsScript.Events.SheetsOnOpen} e"],
    run: (e: GoogleAppsScript.Events.SheetsOnOpen) => onOpen(e),
  },
  {
    name: "onInstall",
    params: ["e"],
    doc: ["Menambahkan menu add-on tepat setelah dipasang.", "@param {GoogleAppsScript.Events.AddonOnInstall} e"],
    run: (e: GoogleAppsScript.Events.AddonOnInstall) => onInstall(e),
  },
  {
    name: "showSidebar",
    params: [],
    doc: ["Membuka sidebar IKI Sheets."],
    run: () => showSidebar(),
  },
  {
    name: "getSidebarData",
    params: [],
    doc: ["Dipanggil sidebar: daftar jabatan, pilihan tahun, dan tahun yang sudah ada.", "@return {Object} ServerResponse<SidebarData>"],
    run: () => getSidebarData(),
  },
  {
    name: "scaffoldYear",
    params: ["request"],
    doc: [
      "Dipanggil sidebar: membuat atau memperbarui lembar satu tahun (nilai yang sudah diketik tetap aman).",
      "@param {Object} request { tahun, jabatan?: kode[], periode?: \"tahunan\" | \"triwulan\" }",
      "@return {Object} ServerResponse<ScaffoldResult>",
    ],
    run: (request: unknown) => scaffoldYear(request),
  },
  {
    name: "exportPdf",
    params: ["request"],
    doc: [
      "Dipanggil sidebar: mengekspor lembar satu tahun ke PDF di folder Drive \"IKI <tahun>\".",
      "@param {Object} request { tahun, jabatan?: kode[], bundel?: boolean }",
      "@return {Object} ServerResponse<ExportResult>",
    ],
    run: (request: unknown) => exportPdf(request),
  },
];
