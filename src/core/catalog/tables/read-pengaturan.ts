/**
 * PENGATURAN → the instansi settings: one setting a row, found by its label in the
 * `Pengaturan` column, its value in `Nilai` (labels in layout.ts).
 */

import { SKALA, type Skala } from "../../rules/predikat";
import { normLabel } from "../../text";
import { type Instansi, PENANDA_TANGAN_LEMBAR, type PenandaTanganLembar, STATUS_PENANDATANGAN, type StatusPenandatangan } from "../model";
import { isBlank, lines, readChoice, readText } from "./cells";
import { emailsProblem, readEmails } from "./emails";
import { findHeader } from "./header";
import { NASKAH_PK_MAX, PENGATURAN_COLUMNS, SETTINGS, type SettingKey } from "./layout";
import { readNip } from "./nip";
import { either, type Problems, shown } from "./problems";

const SHEET = "PENGATURAN";

/** The settings read, or null when the sheet's header is not there (already a problem). */
export function readPengaturan(values: readonly (readonly unknown[])[], problems: Problems): Instansi | null {
  const header = findHeader(SHEET, values, PENGATURAN_COLUMNS, problems, { optional: ["keterangan"] });
  if (!header) return null;
  const labelCol = header.col.label;
  const nilaiCol = header.col.nilai;
  if (labelCol === undefined || nilaiCol === undefined) return null;

  const bySetting = new Map(SETTINGS.map((s) => [normLabel(s.label), s]));
  const rowOf = new Map<SettingKey, number>();
  for (let r = header.row + 1; r < values.length; r++) {
    const cell = values[r]?.[labelCol];
    if (isBlank(cell)) continue; // a value without a label is the users' own note
    const spec = bySetting.get(normLabel(cell));
    if (!spec) {
      problems.at(SHEET, r, labelCol, `Pengaturan ${shown(cell)} tidak dikenal. Yang dikenal: ${SETTINGS.map((s) => s.label).join(", ")}.`);
    } else if (rowOf.has(spec.key)) {
      problems.at(
        SHEET,
        r,
        labelCol,
        `Pengaturan "${spec.label}" muncul dua kali (juga di baris ${(rowOf.get(spec.key) as number) + 1}); hapus salah satunya.`,
      );
    } else rowOf.set(spec.key, r);
  }

  const text: Partial<Record<SettingKey, string>> = {};
  const cellOf = (key: SettingKey) => {
    const r = rowOf.get(key);
    return r === undefined ? undefined : { row: r, value: values[r]?.[nilaiCol] };
  };
  for (const spec of SETTINGS) {
    const cell = cellOf(spec.key);
    if (!cell) {
      if (spec.required) {
        problems.at(
          SHEET,
          header.row,
          labelCol,
          `Baris pengaturan "${spec.label}" tidak ada. Tambahkan baris dengan label itu di kolom Pengaturan dan isi Nilai-nya.`,
        );
      }
      continue;
    }
    if (spec.key === "nip" || "values" in spec) continue; // their own rules below
    const read = readText(cell.value);
    if (!read.ok) problems.at(SHEET, cell.row, nilaiCol, `${spec.label}: ${shown(cell.value)} ${read.why}.`);
    else if (spec.required && read.value === "")
      problems.at(SHEET, cell.row, nilaiCol, `${spec.label} wajib diisi. ${spec.keterangan.replace(/^Wajib\. /, "")}`);
    else text[spec.key] = read.value;
  }

  const choice = <T extends string>(key: SettingKey, allowed: readonly T[], fallback: T): T => {
    const cell = cellOf(key);
    if (!cell) return fallback;
    const read = readChoice(cell.value, allowed, fallback);
    if (read?.ok) return read.value;
    const label = SETTINGS.find((s) => s.key === key)?.label ?? key;
    problems.at(
      SHEET,
      cell.row,
      nilaiCol,
      `${label} ${shown(cell.value)} ${read?.why ?? "tidak dikenal"}. Yang boleh: ${either(allowed)}.`,
    );
    return fallback;
  };
  const status = choice<StatusPenandatangan>("status", STATUS_PENANDATANGAN, "");
  const penandaTanganLembar = choice<PenandaTanganLembar>("penandaTanganLembar", PENANDA_TANGAN_LEMBAR, "kepala instansi");
  const skala = choice<Skala>("skala", SKALA, "baik");

  let nip = "";
  const nipCell = cellOf("nip");
  if (nipCell) {
    const read = readNip(nipCell.value, "NIP penandatangan", true);
    if (read.ok) nip = read.value;
    else problems.at(SHEET, nipCell.row, nilaiCol, read.why);
  }

  return {
    nama: text.nama ?? "",
    kabupaten: text.kabupaten ?? "",
    kepala: {
      jabatan: lines(text.jabatanPenandatangan ?? ""),
      status,
      nama: text.namaPenandatangan ?? "",
      pangkat: text.pangkat ?? "",
      nip,
    },
    tempatTanggal: text.tempatTanggal ?? "",
    penandaTanganLembar,
    skala,
    ...emailsOf(text.emailPengelola, cellOf("emailPengelola"), (row, message) => problems.at(SHEET, row, nilaiCol, message)),
    ...naskahOf(text.naskahPk, cellOf("naskahPk"), (row, message) => problems.at(SHEET, row, nilaiCol, message)),
    // Both blank (or no such rows, an older PENGATURAN) is the same as not set: a PK prints placeholders.
    ...(text.jabatanKepalaDaerah || text.namaKepalaDaerah
      ? { kepalaDaerah: { jabatan: text.jabatanKepalaDaerah ?? "", nama: text.namaKepalaDaerah ?? "" } }
      : {}),
  };
}

/** The PK wording's paragraphs (blank lines between them), or nothing when blank; more than three is a problem. */
function naskahOf(
  typed: string | undefined,
  cell: { row: number } | undefined,
  problem: (row: number, message: string) => void,
): { naskahPk?: string[] } {
  const paragraphs = (typed ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
  if (paragraphs.length === 0) return {};
  if (paragraphs.length > NASKAH_PK_MAX && cell) {
    problem(
      cell.row,
      `Naskah Perjanjian Kinerja punya ${paragraphs.length} paragraf; paling banyak ${NASKAH_PK_MAX} (pembuka, janji, supervisi), dipisah satu baris kosong.`,
    );
  }
  return { naskahPk: paragraphs.slice(0, NASKAH_PK_MAX) };
}

/** The pengelola's addresses, or nothing when blank; a wrong one is a problem at its cell. */
function emailsOf(
  typed: string | undefined,
  cell: { row: number } | undefined,
  problem: (row: number, message: string) => void,
): { emailPengelola?: string[] } {
  const { emails, wrong } = readEmails(typed ?? "");
  const why = emailsProblem("Email pengelola", wrong);
  if (why && cell) problem(cell.row, why);
  return emails.length ? { emailPengelola: emails } : {};
}
