/**
 * PROGRAM (optional) → the program lines of the Perjanjian Kinerja's second table: per row a jabatan's
 * program, kegiatan or sub kegiatan, its Keterangan and an `Anggaran <tahun>` per year (whole rupiah).
 */

import { normLabel } from "../../text";
import type { Jabatan, ProgramRow } from "../model";
import type { Read } from "./cells";
import { isBlank, readText } from "./cells";
import { cellOf, findHeader, isBlankRow } from "./header";
import { ANGGARAN_HEADER, anggaranLabel, PROGRAM_COLUMNS, PROGRAM_SHEET, type ProgramKey } from "./layout";
import { type Problems, shown } from "./problems";

/** Rupiah as a whole number ≥ 0: 1250000000, or typed as text "1.250.000.000", "Rp 1 250 000 000". */
export function readRupiah(v: unknown): Read<number> {
  const why = "bukan jumlah rupiah; isi angka bulat tanpa sen, mis. 1250000000";
  if (typeof v === "number")
    return Number.isSafeInteger(v) && v >= 0 ? { ok: true, value: v } : { ok: false, why: v < 0 ? "tidak boleh negatif" : why };
  if (typeof v === "string") {
    const s = v.trim().replace(/^rp\.?\s*/i, "");
    if (/^\d{1,3}(?:[. ]\d{3})+$/.test(s) || /^\d+$/.test(s)) {
      const n = Number(s.replace(/[. ]/g, ""));
      if (Number.isSafeInteger(n)) return { ok: true, value: n };
    }
  }
  return { ok: false, why };
}

/**
 * The program lines. A sheet named PROGRAM without two of its labels in any row is not the catalog's (a
 * user's own sheet of that name, made before the add-on had one): read as no program, not a problem that
 * would stop every command.
 */
export function readProgram(
  values: readonly (readonly unknown[])[],
  byKode: ReadonlyMap<string, Jabatan> | null,
  problems: Problems,
): ProgramRow[] {
  const labels = new Set(PROGRAM_COLUMNS.map((c) => normLabel(c.label)));
  if (!values.some((row) => row.filter((v) => labels.has(normLabel(v))).length >= 2)) return [];
  const header = findHeader(PROGRAM_SHEET, values, PROGRAM_COLUMNS, problems, {
    optional: ["keterangan"],
    targets: { header: ANGGARAN_HEADER, label: anggaranLabel },
  });
  if (!header) return [];
  const label = (key: ProgramKey) => PROGRAM_COLUMNS.find((c) => c.key === key)?.label ?? key;
  const at = (row: number, col: number | undefined, message: string) => problems.at(PROGRAM_SHEET, row, col ?? 0, message);
  const rows: ProgramRow[] = [];
  for (let r = header.row + 1; r < values.length; r++) {
    if (isBlankRow(values, header, r, isBlank)) continue;
    const text = (key: ProgramKey): string => {
      const v = cellOf(values, header, r, key);
      const read = readText(v);
      if (read.ok) return read.value;
      at(r, header.col[key], `${label(key)}: ${shown(v)} ${read.why}.`);
      return "";
    };
    const typed = text("kode").replace(/\s+/g, " ");
    const jabatan = byKode?.get(typed.toLowerCase());
    if (typed === "") at(r, header.col.kode, "Kode Jabatan wajib diisi: kode jabatan pemilik program ini, dari kolom Kode di JABATAN.");
    else if (byKode && !jabatan) at(r, header.col.kode, `Kode Jabatan ${shown(typed)} tidak ada di lembar JABATAN.`);
    const nama = text("nama");
    if (nama === "") at(r, header.col.nama, "Program / Kegiatan / Sub Kegiatan wajib diisi (atau kosongkan seluruh baris).");
    const anggaran: Record<string, number> = {};
    for (const { tahun, col } of header.targets) {
      const v = values[r]?.[col];
      if (isBlank(v)) continue;
      const read = readRupiah(v);
      if (read.ok) anggaran[String(tahun)] = read.value;
      else at(r, col, `${anggaranLabel(tahun)}: ${shown(v)} ${read.why}.`);
    }
    rows.push({ kode: jabatan?.kode ?? typed, nama, keterangan: text("keterangan"), anggaran });
  }
  return rows;
}
