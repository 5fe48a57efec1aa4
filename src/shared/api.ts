/**
 * The sidebar ↔ server contract, typed once for both sides. Requests are checked
 * with zod on the server (the sidebar is a boundary: anything can arrive there).
 */
import * as z from "zod/mini";
import { KODE_JABATAN } from "../core/catalog/schema";
import { PERIODE } from "../core/plan/types";

/** Years the add-on accepts; the sidebar offers last year to two years ahead. */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

const tahun = z.number().check(z.int(), z.gte(TAHUN_MIN), z.lte(TAHUN_MAX));
const jabatan = z.optional(z.array(z.enum(KODE_JABATAN)).check(z.minLength(1)));

export const ScaffoldRequestSchema = z.object({
  tahun,
  jabatan,
  periode: z.optional(z.enum(PERIODE)),
});
export type ScaffoldRequest = z.infer<typeof ScaffoldRequestSchema>;

export const ExportRequestSchema = z.object({
  tahun,
  jabatan,
  /** One PDF for all chosen sheets instead of one per jabatan. */
  bundel: z.optional(z.boolean()),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

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
  periode: readonly string[];
}

export interface SheetLink {
  name: string;
  /** Link to the sheet: the spreadsheet URL + "#gid=…" (the sidebar runs in a frame on another domain, so a bare "#gid=" would not switch sheets). */
  url: string;
  status: "dibuat" | "diperbarui";
}

export interface ScaffoldResult {
  tahun: number;
  periode: string;
  sheets: SheetLink[];
  /** Typed values kept from an earlier run, and any moved aside because their row no longer exists. */
  nilaiDipertahankan: number;
  nilaiDipindahkan: number;
  /**
   * Sheets with a name the year needs that the add-on did not make (a hand-made "2027 KADIS"):
   * renamed to "<name> (lama)" (numbered when taken) with their content untouched, and a fresh sheet made.
   */
  lembarLama: RenamedSheet[];
  message: string;
}

export interface RenamedSheet {
  semula: string;
  menjadi: string;
  url: string;
}

export interface ExportedFile {
  name: string;
  url: string;
  /** The jabatan kode, or "REKAP"/"BUNDEL". */
  label: string;
}

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
  tataLetak?: "resmi" | "bawaan-google";
  /** For "bawaan-google": the Indonesian notice for the user (why, what differs, what gives the official layout); "" otherwise. */
  catatanTataLetak?: string;
}

/** Every server call answers with this, so the sidebar always has an Indonesian message to show. */
export type ServerResponse<T> = { ok: true; data: T } | { ok: false; error: string };
