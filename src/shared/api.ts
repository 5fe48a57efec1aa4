/**
 * The sidebar ↔ server contract, typed once for both sides: `ServerApi` is what
 * the registry registers (src/entries/registry.ts) and what the sidebar's
 * google.script.run wrapper calls (src/sidebar/ui/server.ts), so a request or an
 * answer that drifts on either side fails to compile. Requests are the types of
 * their zod schemas (requests.ts), checked again on the server: the sidebar is a
 * boundary, anything can arrive there. Types only: the sidebar bundle has no zod.
 *
 * Naming, Indonesian or English:
 * - Indonesian: IKI's domain as the user reads it — wire fields that carry domain data (tahun,
 *   jabatan, lembar, katalog, masalah, nilaiDipertahankan, targetBerbeda), the values and texts
 *   shown ("dibuat", "tahunan", every message). Code named after such a field keeps its words
 *   (TahunSchema, perubahanKatalogText).
 * - English: the mechanics — endpoints, functions and types (checkCatalog, CatalogInfo,
 *   TargetMismatch), the answer's envelope (ok, data, error, message) and what points into
 *   Google's own objects: a sheet's, file's or folder's name and url, a cell, a status
 *   (name, url, cell, status, label, files, folderName).
 * So one count is `kept` in the adapters' record of a write and `nilaiDipertahankan` on the
 * wire: server/scaffold-year.ts `result()` is where one becomes the other. A name renamed by
 * this rule still answers under its old name (OldNames, ScaffoldResultOldNames): a sidebar
 * opened before a deploy stays open in the user's browser and calls the old one.
 */
import type * as z from "zod/mini";
import type { Periode } from "../core/sheet/types";
import type { CreateCatalogRequestSchema, ExportRequestSchema, PkRequestSchema, ScaffoldRequestSchema } from "./requests";

export type { Periode };

/** `{ tahun, jabatan?: kode[], periode?, rekap? }`; left out: every jabatan, tahunan, the REKAP too (requests.ts). */
export type ScaffoldRequest = z.output<typeof ScaffoldRequestSchema>;
/** `{ tahun, jabatan?: kode[], bundel?, dokumen?: "iki" | "pk", perubahan? }`; left out: every jabatan's IKI of the year, a file each. */
export type ExportRequest = z.output<typeof ExportRequestSchema>;

/** `{ tahun, jabatan?: kode[], perubahan? }`: Perjanjian Kinerja sheets to make or lock (requests.ts). */
export type PkRequest = z.output<typeof PkRequestSchema>;

/** `{ isi: "contoh" | "kosong" }`: the three catalog sheets filled with the built-in example, or empty for another OPD. */
export type CreateCatalogRequest = z.output<typeof CreateCatalogRequestSchema>;

/** A catalog problem for the sidebar: the cell ("KATALOG!I5", "" for a whole missing sheet), the Indonesian message, a link that opens the cell. */
export interface CatalogProblemLink {
  cell: string;
  message: string;
  url: string;
}
export interface CatalogInfo {
  /** The three catalog sheets exist (on first use they do not: the sidebar offers the example or an empty catalog). */
  ada: boolean;
  /** Link to the KATALOG sheet ("" when it does not exist). */
  url: string;
  jabatan: number;
  indikator: number;
  /** Every problem of the catalog as read, in sheet order; empty when it can be used. */
  masalah: CatalogProblemLink[];
}

export interface JabatanOption {
  kode: string;
  nama: string;
}

export interface SidebarData {
  jabatan: JabatanOption[];
  /** Years offered in the list (last year to two years ahead) and the default (this year in Asia/Jakarta). */
  tahunPilihan: number[];
  tahunDefault: number;
  /** Years that already have sheets in this spreadsheet. */
  tahunAda: number[];
  periode: readonly Periode[];
  /** Where the catalog is and what is wrong with it; the jabatan list above is empty unless it can be used. */
  katalog: CatalogInfo;
  /**
   * This year's BUKTI sheet (last year's until this year's first period ends): per jabatan, the indicators
   * without evidence for the latest period ended. Absent when there is no such sheet; optional: an older
   * server did not send it.
   */
  buktiBelumAda?: { tahun: number; daftar: BuktiBelumAda[] };
}

/** A sheet of the answer: made by this run, or there before and brought up to date. */
export type SheetStatus = "dibuat" | "diperbarui";

export interface SheetLink {
  name: string;
  /** Link to the sheet: the spreadsheet URL + "#gid=…" (the sidebar runs in a frame on another domain, so a bare "#gid=" would not switch sheets). */
  url: string;
  status: SheetStatus;
}

export interface ScaffoldResult {
  tahun: number;
  periode: Periode;
  /** The year's sheets this call made or brought up to date. */
  lembar: SheetLink[];
  /** Typed values kept from an earlier run, and any moved aside because their row no longer exists. */
  nilaiDipertahankan: number;
  nilaiDipindahkan: number;
  /**
   * Sheets with a name the year needs that the add-on did not make (a hand-made "2027 KADIS"):
   * renamed to "<name> (lama)" (numbered when taken) with their content untouched, and a fresh sheet made.
   */
  lembarLama: RenamedSheet[];
  /*
   * The three below: this server sends them (lembarTakDikenal only when it looked: not for
   * `rekap: false`); optional because an older server did not (the sidebar reads them as 0 and empty lists).
   */
  /** Target cells of this run's jabatan sheets that hold the catalog's `Target <tahun>` (filled or written again). */
  targetDariKatalog?: number;
  /** Indicators whose sheet holds a typed target other than the catalog's: kept as typed, listed here. */
  targetBerbeda?: TargetMismatch[];
  /**
   * The add-on's own sheets of the year ("2027 KABID LAMA") whose kode is no longer a jabatan of the
   * catalog (renamed or removed there): left untouched, listed so the user can delete or rename them.
   * Looked for by the call that writes the REKAP only; absent from a `rekap: false` answer.
   */
  lembarTakDikenal?: SheetRef[];
  /**
   * Sheets on which the catalog changed what the add-on had written (its record, src/core/record) since
   * the last run, and what: ["teks 2 indikator", "penanda tangan", "1 target"]. Written afresh, not kept.
   * Optional: an older server did not send it.
   */
  perubahanKatalog?: CatalogChange[];
  /**
   * Jabatan sheets already there that the REKAP covers but whose columns (ID, Target, Realisasi, Capaian)
   * it could not find: their REKAP rows say "lembar tidak terbaca". Sent by the call that writes the REKAP.
   */
  lembarTakTerbaca?: SheetRef[];
  /** True when this call first wrote the built-in example into KATALOG, JABATAN and PENGATURAN (no catalog, no year yet). */
  katalogContohDibuat?: boolean;
  /**
   * How the sheets are guarded (README "Peran dan bukti dukung"): "peringatan" (no email in the catalog,
   * or Google did not say who pressed: every edit warns only), "peran" (only the roles' editors may edit).
   * Optional: an older server did not send it.
   */
  perlindungan?: Perlindungan;
  /** The catalog's addresses that are not editors of the spreadsheet yet: left out of the protections until shared. */
  belumPunyaAkses?: string[];
  /**
   * Per jabatan, the indicators without a Bukti Dukung link for the latest period ended, each with a link to
   * its first row on the BUKTI sheet. Sent by the call that writes the REKAP (and the BUKTI sheet).
   */
  buktiBelumAda?: BuktiBelumAda[];
  message: string;
}

export type Perlindungan = "peringatan" | "peran";

export interface BuktiBelumAda {
  jabatan: string;
  /** "TW III", "Tahunan". */
  periode: string;
  indikator: string[];
  url: string;
}

/**
 * ScaffoldResult's fields under their names before the naming rule, still sent: a sidebar
 * opened before the rename reads them (and refuses an answer without them). To be dropped
 * once no such sidebar can be open, a release later.
 */
export interface ScaffoldResultOldNames {
  /** `lembar`. */
  sheets: SheetLink[];
}

export interface CatalogChange {
  lembar: string;
  url: string;
  perubahan: string[];
}

export interface TargetMismatch {
  lembar: string;
  indikator: string;
  /** What the sheet holds (a formula as its text) and what the catalog says. */
  target: string | number;
  katalog: string | number;
  /** Link that opens the target cell. */
  url: string;
}

export interface SheetRef {
  name: string;
  url: string;
}

export interface RenamedSheet {
  semula: string;
  menjadi: string;
  url: string;
}

export interface ExportedFile {
  name: string;
  url: string;
  /** The jabatan kode, or "BUNDEL". */
  label: string;
}

/** "resmi": through the export address, the official layout; "bawaan-google": Spreadsheet.getAs, Google's default layout. */
export type PdfLayout = "resmi" | "bawaan-google";

export interface ExportResult {
  tahun: number;
  folderName: string;
  folderUrl: string;
  files: ExportedFile[];
  message: string;
  /**
   * How the PDFs were printed: "resmi" through the export address, with the official layout
   * (A4 landscape, fit to width, …); "bawaan-google" when at least one came from
   * Spreadsheet.getAs with Google's default layout, because the address refused the token.
   * This server always sends it; optional because an older server did not (read as "resmi").
   */
  tataLetak?: PdfLayout;
  /** For "bawaan-google": the Indonesian notice for the user (why, what differs, what gives the official layout); "" otherwise. */
  catatanTataLetak?: string;
}

/** A PK sheet of the answer: made now, brought up to date, or locked (signed) and so left exactly as it was. */
export type PkStatus = "dibuat" | "diperbarui" | "terkunci";

export interface PkSheetLink {
  /** "PK 2027 KADIS". */
  name: string;
  kode: string;
  url: string;
  status: PkStatus;
}

/** A field the PK prints as a dotted placeholder (a draft): what to fill, its cell and a link to it ("" when the cell is not there yet). */
export interface PkMissing {
  label: string;
  cell: string;
  url: string;
}

export interface PkResult {
  tahun: number;
  perubahan: boolean;
  lembar: PkSheetLink[];
  /** Blank officials' fields printed as placeholders, each once: locking waits for them. */
  belumDiisi: PkMissing[];
  /** Sheets of the user's with a PK's name, renamed "<name> (lama)" untouched. */
  lembarLama: RenamedSheet[];
  /** What a catalog from before the PK was given by this call (columns, rows, the PROGRAM sheet), in a sentence; "" when nothing. */
  katalogDilengkapi: string;
  /** As ScaffoldResult's. */
  perlindungan?: Perlindungan;
  belumPunyaAkses?: string[];
  message: string;
}

export interface PkLockResult {
  tahun: number;
  perubahan: boolean;
  /** Locked by this call: protected for good, editable by the owner only. */
  dikunci: SheetRef[];
  /** Already locked before: left as they are. */
  sudahTerkunci: SheetRef[];
  /** Not locked because they still print placeholders: what to fill first, with links. */
  belumDiisi: PkMissing[];
  /** Kodes asked for that have no PK sheet of that year yet ("Buat PK" first). */
  belumDibuat: string[];
  message: string;
}

/** Every server call answers with this, so the sidebar always has an Indonesian message to show. */
export type ServerResponse<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * The server's top-level functions the sidebar calls. Function-typed properties,
 * not methods: TypeScript checks a property's parameters strictly, a method's
 * loosely (bivariantly), which would let a narrower request slip through.
 */
export interface ServerApi {
  getSidebarData: () => ServerResponse<SidebarData>;
  scaffoldYear: (request: ScaffoldRequest) => ServerResponse<ScaffoldResult & ScaffoldResultOldNames>;
  exportPdf: (request: ExportRequest) => ServerResponse<ExportResult>;
  checkCatalog: () => ServerResponse<CatalogInfo>;
  createCatalog: (request: CreateCatalogRequest) => ServerResponse<CatalogInfo>;
  /** Makes or updates the PK sheets of the chosen jabatan (the sidebar: one call per jabatan); a locked one is left as it is. */
  createPerjanjianKinerja: (request: PkRequest) => ServerResponse<PkResult>;
  /** Locks the chosen PK sheets for good; refused per sheet while it prints a placeholder. */
  lockPerjanjianKinerja: (request: PkRequest) => ServerResponse<PkLockResult>;
}

/**
 * Endpoints renamed by the naming rule, old name → the endpoint it now is: the registry keeps
 * each old name as a global running that endpoint, for a sidebar opened before the rename
 * (same requests, same answers). Never called by this sidebar.
 */
export interface OldNames {
  periksaKatalog: "checkCatalog";
  buatKatalog: "createCatalog";
}

export type Endpoint = keyof ServerApi;
/** What the sidebar sends to `K`. */
export type RequestOf<K extends Endpoint> = Parameters<ServerApi[K]>;
/** The data of `K`'s `{ ok: true, data }` answer. */
export type ServerData<K extends Endpoint> = Extract<ReturnType<ServerApi[K]>, { ok: true }>["data"];
