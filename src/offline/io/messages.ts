/**
 * Pieces of the offline command's Indonesian messages: paths quoted in at most 80
 * characters (QUOTE_MAX; other input is quoted with core/quote), file-system
 * failures in words, and durations. Node's own error text is English and never
 * reaches the user.
 */
import { clip, QUOTE_MAX } from "../../core/quote";
import type { BuktiMissing } from "../../core/rekap/bukti-missing";

/** A path as quoted in a message: its end (the file name) matters most, so a long one keeps its tail. */
export function quotePath(path: string, max = QUOTE_MAX): string {
  const chars = [...path];
  return chars.length <= max ? path : `…${chars.slice(chars.length - (max - 1)).join("")}`;
}

const IO_REASONS: Record<string, string> = {
  EACCES: "izin ditolak",
  EPERM: "izin ditolak",
  EROFS: "sistem berkas hanya-baca",
  ENOTDIR: "ada berkas (bukan folder) di jalurnya",
  EEXIST: "sudah ada berkas dengan nama itu",
  ENOSPC: "disk penuh",
  EDQUOT: "kuota disk habis",
  ENOENT: "jalur tidak ada",
  EISDIR: "sudah ada folder dengan nama berkas itu",
  EBUSY: "berkas sedang dipakai program lain",
  ETXTBSY: "berkas sedang dipakai program lain",
  ENAMETOOLONG: "nama atau jalurnya terlalu panjang",
  ELOOP: "tautan simbolik berputar-putar",
  EMFILE: "terlalu banyak berkas terbuka",
  ENFILE: "terlalu banyak berkas terbuka",
  EIO: "galat baca/tulis perangkat",
  EXDEV: "tidak dapat dipindah antar-disk",
};

/** Why a file operation failed, in Indonesian (the error code when there are no words for it). */
export function ioReason(e: unknown): string {
  const code = errorCode(e);
  return IO_REASONS[code] ?? (code ? `galat sistem berkas (${code})` : "sebab tidak diketahui");
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

export function detik(seconds: number): string {
  return `${seconds.toFixed(2).replace(".", ",")} detik`;
}

/** "Bukti dukung TW III belum diisi di lembar 2027 BUKTI: KADIS 3 indikator, SEKRETARIS 1 indikator." */
export function buktiLine(sheet: string, missing: readonly BuktiMissing[]): string {
  const per = missing.map((m) => `${clip(m.kode)} ${m.indikator.length} indikator`).join(", ");
  return `Bukti dukung ${missing[0]?.periode ?? ""} belum diisi di lembar ${sheet} (kolom Bukti Dukung): ${per}.`;
}
