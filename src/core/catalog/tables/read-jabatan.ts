/**
 * JABATAN → the jabatan list, in print order: kode, nama, tugas, fungsi and the
 * optional official (columns in layout.ts). Sasaran are added from KATALOG afterwards.
 */
import {
  type Jabatan,
  KODE_MAX,
  KODE_PATTERN,
  KODE_RESERVED,
  KODE_RESERVED_BUKTI,
  type PenandaTanganLembar,
  STATUS_PENANDATANGAN,
  type StatusPenandatangan,
} from "../model";
import { readAtasan } from "./atasan";
import { isBlank, lines, readChoice, readText, withoutLetters } from "./cells";
import { emailsProblem, readEmails } from "./emails";
import { cellOf, findHeader, type Header, isBlankRow } from "./header";
import { JABATAN_COLUMNS, JABATAN_OPTIONAL, type JabatanKey } from "./layout";
import { readNip } from "./nip";
import { either, type Problems, shown } from "./problems";

const SHEET = "JABATAN";

export interface JabatanRead {
  jabatan: Jabatan[];
  /** Lower-case kode → the jabatan, for KATALOG's Kode Jabatan (matched without regard to case). */
  byKode: Map<string, Jabatan>;
}

/** Why a kode cannot name the year's sheet ("<tahun> <Kode>"), or null when it can. */
export function kodeProblem(kode: string): string | null {
  if (!KODE_PATTERN.test(kode)) return "hanya boleh huruf, angka dan spasi tunggal di antaranya";
  if (kode.length > KODE_MAX) return `paling banyak ${KODE_MAX} karakter (menjadi nama lembar "<tahun> <Kode>")`;
  if (kode.toUpperCase() === KODE_RESERVED) return `"${KODE_RESERVED}" dipakai untuk lembar rekap`;
  if (kode.toUpperCase() === KODE_RESERVED_BUKTI) return `"${KODE_RESERVED_BUKTI}" dipakai untuk lembar bukti dukung`;
  return null;
}

export function readJabatan(
  values: readonly (readonly unknown[])[],
  mode: PenandaTanganLembar | null,
  problems: Problems,
): JabatanRead | null {
  const header = findHeader(SHEET, values, JABATAN_COLUMNS, problems, { optional: JABATAN_OPTIONAL });
  if (!header) return null;
  const at = (row: number, key: JabatanKey, message: string) => problems.at(SHEET, row, header.col[key] ?? 0, message);
  const text = (row: number, key: JabatanKey): string => {
    const v = cellOf(values, header, row, key);
    const read = readText(v);
    if (read.ok) return read.value;
    at(row, key, `${label(key)}: ${shown(v)} ${read.why}.`);
    return "";
  };

  const jabatan: Jabatan[] = [];
  const byKode = new Map<string, Jabatan>();
  const rowOf = new Map<string, number>();
  const atasan: { row: number; jabatan: Jabatan; typed: string }[] = [];
  for (let r = header.row + 1; r < values.length; r++) {
    if (isBlankRow(values, header, r, isBlank)) continue;
    const kode = text(r, "kode").replace(/\s+/g, " ");
    const nama = text(r, "nama");
    if (kode === "")
      at(r, "kode", "Kode wajib diisi: 1–24 huruf, angka atau spasi; menjadi nama lembar tahunan. Jangan menggabungkan (merge) sel.");
    else {
      const why = kodeProblem(kode);
      const twin = rowOf.get(kode.toLowerCase());
      if (why) at(r, "kode", `Kode ${shown(kode)} tidak bisa menjadi nama lembar: ${why}.`);
      else if (twin !== undefined)
        at(
          r,
          "kode",
          `Kode ${shown(kode)} sudah dipakai di baris ${twin + 1} (huruf besar dan kecil dianggap sama); setiap jabatan perlu kode sendiri.`,
        );
    }
    if (nama === "") at(r, "nama", "Nama Jabatan wajib diisi.");
    const tugasLines = lines(text(r, "tugas"));
    const tugas = tugasLines.length > 1 ? withoutLetters(tugasLines) : (tugasLines[0] ?? "");
    const fungsi = withoutLetters(lines(text(r, "fungsi")));
    const one: Jabatan = { kode, nama, tugas, fungsi, sasaran: [] };
    const pejabat = readPejabat(values, header, r, mode, problems);
    if (pejabat) one.pejabat = pejabat;
    const status = readStatus(cellOf(values, header, r, "statusPejabat"));
    if (typeof status === "string") {
      if (status) one.statusPejabat = status;
    } else at(r, "statusPejabat", status.why);
    const pengisi = readEmails(text(r, "emailPengisi"));
    const wrongEmail = emailsProblem("Email Pengisi", pengisi.wrong);
    if (wrongEmail) at(r, "emailPengisi", wrongEmail);
    if (pengisi.emails.length) one.emailPengisi = pengisi.emails;
    if (header.col.atasan !== undefined) atasan.push({ row: r, jabatan: one, typed: text(r, "atasan").replace(/\s+/g, " ") });
    jabatan.push(one);
    if (kode !== "" && !rowOf.has(kode.toLowerCase())) {
      rowOf.set(kode.toLowerCase(), r);
      byKode.set(kode.toLowerCase(), one);
    }
  }
  if (jabatan.length === 0) {
    problems.at(
      SHEET,
      header.row + 1,
      header.col.kode ?? 0,
      "Belum ada jabatan. Isi satu baris per jabatan di bawah baris judul: Kode, Nama Jabatan, Tugas, Fungsi.",
    );
  }
  readAtasan(atasan, byKode, (row, message) => at(row, "atasan", message));
  return { jabatan, byKode };
}

/** Status Pejabat: blank, Plt. or Plh. (any case), or why not. */
function readStatus(v: unknown): StatusPenandatangan | { why: string } {
  const read = readChoice(
    v,
    STATUS_PENANDATANGAN.filter((s) => s !== ""),
    undefined,
  );
  if (read === null) return "";
  if (read.ok) return read.value;
  return { why: `Status Pejabat ${shown(v)} ${read.why}. Yang boleh: ${either(STATUS_PENANDATANGAN)}.` };
}

const label = (key: JabatanKey) => JABATAN_COLUMNS.find((c) => c.key === key)?.label ?? key;

/** The official of a row: all three filled, or none (then required only for "pejabat masing-masing"). */
function readPejabat(
  values: readonly (readonly unknown[])[],
  header: Header<JabatanKey>,
  r: number,
  mode: PenandaTanganLembar | null,
  problems: Problems,
) {
  const keys = ["namaPejabat", "pangkatPejabat", "nipPejabat"] as const;
  const at = (key: JabatanKey, message: string) => problems.at(SHEET, r, header.col[key] ?? 0, message);
  const raw = keys.map((key) => cellOf(values, header, r, key));
  const masing = mode === "pejabat masing-masing";
  if (!masing && raw.every(isBlank)) return undefined;
  const why = masing
    ? "wajib diisi karena Penanda tangan lembar jabatan di PENGATURAN adalah pejabat masing-masing"
    : "perlu diisi bersama Nama, Pangkat dan NIP Pejabat lainnya di baris ini (isi ketiganya, atau kosongkan ketiganya)";
  const texts = keys.slice(0, 2).map((key, i) => {
    const read = readText(raw[i]);
    if (!read.ok) at(key, `${label(key)}: ${shown(raw[i])} ${read.why}.`);
    else if (read.value === "") at(key, `${label(key)} ${why}.`);
    return read.ok ? read.value : "";
  });
  let nip = "";
  if (isBlank(raw[2])) at("nipPejabat", `NIP Pejabat ${why}.`);
  else {
    const read = readNip(raw[2], "NIP Pejabat", true);
    if (read.ok) nip = read.value;
    else at("nipPejabat", read.why);
  }
  return { nama: texts[0] ?? "", pangkat: texts[1] ?? "", nip };
}
