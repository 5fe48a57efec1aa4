/**
 * What a catalog written by an earlier version lacks (README "Katalog"): JABATAN's newer optional columns
 * (Status Pejabat, Atasan, Email Pengisi), PENGATURAN's newer rows, the PROGRAM sheet. Added at the end of what the user has, never reordering it,
 * so a catalog keeps reading as it did and the Perjanjian Kinerja's fields have a place to be typed. Pure.
 */
import { normLabel } from "../../text";
import { findHeader } from "./header";
import { JABATAN_COLUMNS, JABATAN_OPTIONAL, PENGATURAN_COLUMNS, SETTINGS } from "./layout";
import { Problems } from "./problems";
import type { CatalogTableValues } from "./read";

/** Settings added after the first catalogs (optional ones: a PENGATURAN without them is read as before). */
const NEWER_SETTINGS = ["jabatanKepalaDaerah", "namaKepalaDaerah", "naskahPk", "emailPengelola"] as const;

export interface CatalogUpgrade {
  /** Header cells to write in JABATAN (0-based): a newer column's label and note. */
  columns: { row: number; col: number; label: string; note: string }[];
  /** PENGATURAN rows to append (0-based): the setting's label in `labelCol`, its Keterangan in `keteranganCol` when there is one. */
  settings: { row: number; labelCol: number; keteranganCol?: number; label: string; keterangan: string }[];
  /** The PROGRAM sheet is not there. */
  program: boolean;
}

export function catalogUpgrade(values: CatalogTableValues): CatalogUpgrade {
  return { columns: jabatanColumns(values.JABATAN), settings: settingRows(values.PENGATURAN), program: !values.PROGRAM };
}

export const isUpToDate = (u: CatalogUpgrade): boolean => u.columns.length === 0 && u.settings.length === 0 && !u.program;

/** The upgrade in one Indonesian sentence, for an answer; "" when there is nothing to add. */
export function upgradeText(u: CatalogUpgrade): string {
  const parts = [
    u.columns.length ? `kolom ${u.columns.map((c) => c.label).join(", ")} di JABATAN` : "",
    u.settings.length ? `baris ${u.settings.map((s) => s.label).join(", ")} di PENGATURAN` : "",
    u.program ? "lembar PROGRAM" : "",
  ].filter(Boolean);
  return parts.length ? `Katalog dilengkapi: ${parts.join("; ")} ditambahkan.` : "";
}

function jabatanColumns(values: unknown[][] | undefined): CatalogUpgrade["columns"] {
  if (!values) return [];
  const header = findHeader("JABATAN", values, JABATAN_COLUMNS, new Problems(), { optional: JABATAN_OPTIONAL });
  if (!header) return [];
  const row = values[header.row] ?? [];
  let next = row.reduce<number>((last, v, c) => (String(v ?? "").trim() === "" ? last : c), -1) + 1;
  return JABATAN_OPTIONAL.filter((key) => header.col[key] === undefined).map((key) => {
    const spec = JABATAN_COLUMNS.find((c) => c.key === key) as (typeof JABATAN_COLUMNS)[number];
    return { row: header.row, col: next++, label: spec.label, note: spec.note };
  });
}

function settingRows(values: unknown[][] | undefined): CatalogUpgrade["settings"] {
  if (!values) return [];
  const header = findHeader("PENGATURAN", values, PENGATURAN_COLUMNS, new Problems(), { optional: ["keterangan"] });
  const labelCol = header?.col.label;
  if (!header || labelCol === undefined) return [];
  const present = new Set(values.slice(header.row + 1).map((r) => normLabel(r[labelCol])));
  let next = values.length;
  return NEWER_SETTINGS.flatMap((key) => {
    const spec = SETTINGS.find((s) => s.key === key);
    if (!spec || present.has(normLabel(spec.label))) return [];
    return [{ row: next++, labelCol, keteranganCol: header.col.keterangan, label: spec.label, keterangan: spec.keterangan }];
  });
}
