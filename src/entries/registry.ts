import { CUSTOM_FUNCTIONS } from "../functions/definitions";
import { checkCatalog, createCatalog } from "../server/catalog";
import { exportPdf } from "../server/export-pdf";
import { onInstall, onOpen } from "../server/menu";
import { createPerjanjianKinerja, lockPerjanjianKinerja } from "../server/pk";
import { scaffoldYear } from "../server/scaffold-year";
import { showSidebar } from "../server/show-sidebar";
import { getSidebarData } from "../server/sidebar-data";
import type { OldNames, ServerApi } from "../shared/api";
import { type EntryPoint, fromCustomFunction } from "./entry-point";

/**
 * The sidebar's server calls, typed by the contract both sides share (ServerApi in
 * src/shared/api.ts): a server function whose answer no longer fits, or that wants
 * another request than the sidebar sends, fails to compile here (and a sidebar call
 * that drifts fails in src/sidebar/server.ts). Each wrapper passes the one argument
 * google.script.run delivers; the server functions check it with zod all the same.
 */
export const SERVER_API: ServerApi = {
  getSidebarData: () => getSidebarData(),
  scaffoldYear: (request) => scaffoldYear(request),
  exportPdf: (request) => exportPdf(request),
  checkCatalog: () => checkCatalog(),
  createCatalog: (request) => createCatalog(request),
  createPerjanjianKinerja: (request) => createPerjanjianKinerja(request),
  lockPerjanjianKinerja: (request) => lockPerjanjianKinerja(request),
};

/**
 * Endpoints renamed by the naming rule (src/shared/api.ts), old name → new: each old name stays
 * a global running the new endpoint, because a sidebar opened before the rename is still open
 * in someone's browser after a deploy and calls it, with the same request, reading the same answer.
 */
export const OLD_NAMES: OldNames = { periksaKatalog: "checkCatalog", buatKatalog: "createCatalog" };

/**
 * Every global of dist/Code.js but the old names, in one place: add an entry here and
 * the build writes its stub. The wrappers pass only what Apps Script passes, so a caller
 * can never slip a second argument into a service parameter.
 */
const CURRENT: readonly EntryPoint[] = [
  ...CUSTOM_FUNCTIONS.map(fromCustomFunction),
  {
    name: "onOpen",
    params: ["e"],
    doc: [
      "Menambahkan menu add-on IKI Sheets saat spreadsheet dibuka (aman di AuthMode.NONE).",
      "@param {GoogleAppsScript.Events.SheetsOnOpen} e",
    ],
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
    doc: [
      "Dipanggil sidebar: daftar jabatan dari katalog, pilihan tahun, tahun yang sudah ada, dan keadaan katalog.",
      "@return {Object} ServerResponse<SidebarData>",
    ],
    run: SERVER_API.getSidebarData,
  },
  {
    name: "scaffoldYear",
    params: ["request"],
    doc: [
      "Dipanggil sidebar: membuat atau memperbarui lembar satu tahun (nilai yang sudah diketik tetap aman).",
      '@param {Object} request { tahun, jabatan?: kode[], periode?: "tahunan" | "triwulan", rekap?: boolean }',
      "@return {Object} ServerResponse<ScaffoldResult>",
    ],
    run: SERVER_API.scaffoldYear,
  },
  {
    name: "exportPdf",
    params: ["request"],
    doc: [
      'Dipanggil sidebar: mengekspor lembar satu tahun ke PDF di folder Drive "IKI <tahun>".',
      "@param {Object} request { tahun, jabatan?: kode[], bundel?: boolean }",
      "@return {Object} ServerResponse<ExportResult>",
    ],
    run: SERVER_API.exportPdf,
  },
  {
    name: "checkCatalog",
    params: [],
    doc: [
      "Dipanggil sidebar: membaca lembar KATALOG, JABATAN, dan PENGATURAN dan mendaftar setiap masalah dengan tautan ke selnya (ID kosong diisi sekali).",
      "@return {Object} ServerResponse<CatalogInfo>",
    ],
    run: SERVER_API.checkCatalog,
  },
  {
    name: "createCatalog",
    params: ["request"],
    doc: [
      "Dipanggil sidebar: membuat lembar KATALOG, JABATAN, dan PENGATURAN pada pemakaian pertama (contoh bawaan atau kosong); katalog yang sudah ada tidak ditimpa.",
      '@param {Object} request { isi: "contoh" | "kosong" }',
      "@return {Object} ServerResponse<CatalogInfo>",
    ],
    run: SERVER_API.createCatalog,
  },
  {
    name: "createPerjanjianKinerja",
    params: ["request"],
    doc: [
      'Dipanggil sidebar: membuat atau memperbarui lembar Perjanjian Kinerja ("PK <tahun> <kode>") dari katalog; PK yang terkunci tidak diubah.',
      "@param {Object} request { tahun, jabatan?: kode[], perubahan?: boolean }",
      "@return {Object} ServerResponse<PkResult>",
    ],
    run: SERVER_API.createPerjanjianKinerja,
  },
  {
    name: "lockPerjanjianKinerja",
    params: ["request"],
    doc: [
      "Dipanggil sidebar: mengunci lembar Perjanjian Kinerja untuk selamanya (hanya pemilik spreadsheet yang dapat mengubah); ditolak selama masih konsep.",
      "@param {Object} request { tahun, jabatan?: kode[], perubahan?: boolean }",
      "@return {Object} ServerResponse<PkLockResult>",
    ],
    run: SERVER_API.lockPerjanjianKinerja,
  },
];

/**
 * Endpoints the specification names in Indonesian (README "Perjanjian Kinerja"), name → endpoint: each a
 * global running the endpoint, for scripts and users who call them by those names.
 */
export const INDONESIAN_NAMES = {
  buatPerjanjianKinerja: "createPerjanjianKinerja",
  kunciPerjanjianKinerja: "lockPerjanjianKinerja",
} as const;

function indonesianName(name: keyof typeof INDONESIAN_NAMES): EntryPoint {
  const current = CURRENT.find((e) => e.name === INDONESIAN_NAMES[name]) as EntryPoint;
  return { ...current, name, doc: [`Nama Indonesia untuk ${current.name}.`, ...current.doc] };
}

/** An old name's global: the endpoint's own stub under the old name, its JSDoc saying why it is there. */
function oldName(old: keyof OldNames): EntryPoint {
  const current = CURRENT.find((e) => e.name === OLD_NAMES[old]) as EntryPoint;
  return {
    ...current,
    name: old,
    doc: [`Nama lama ${current.name}, tetap ada untuk sidebar yang masih terbuka dari versi sebelum namanya diganti.`, ...current.doc],
  };
}

/** Every global of dist/Code.js: the build writes one stub per entry. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...CURRENT,
  ...(Object.keys(OLD_NAMES) as (keyof OldNames)[]).map(oldName),
  ...(Object.keys(INDONESIAN_NAMES) as (keyof typeof INDONESIAN_NAMES)[]).map(indonesianName),
];
