/** Sentences both the server's answer and the sidebar's summary say, written once (no imports: the sidebar bundles it). */

/** A year's first call wrote the built-in example catalog (no KATALOG and no year yet). */
export const KATALOG_CONTOH_DIBUAT =
  "Spreadsheet ini belum punya katalog: katalog contoh bawaan dibuat di lembar KATALOG, JABATAN, dan PENGATURAN (ubah di sana untuk OPD Anda).";

/** Items quoted in a sentence of a message; the rest are counted (the panel lists them all, with links). */
export const LISTED_MAX = 5;

/** "a, b, c, d, e dan 2 lainnya": at most `max` items, the rest counted. */
export function listed(items: readonly string[], max = LISTED_MAX): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} dan ${items.length - max} lainnya` : shown;
}

/**
 * What the catalog changed, per sheet, in one sentence: "Perubahan katalog masuk ke lembar: 2027 KADIS:
 * teks 2 indikator, penanda tangan; 2027 REKAP: teks 2 indikator." Empty when nothing changed.
 */
export function perubahanKatalogText(list: readonly { lembar: string; perubahan: readonly string[] }[], max = LISTED_MAX): string {
  if (list.length === 0) return "";
  const shown = list.slice(0, max).map((p) => `${p.lembar}: ${p.perubahan.join(", ")}`);
  const more = list.length > max ? ` dan ${list.length - max} lembar lainnya` : "";
  return `Perubahan katalog masuk ke lembar ${shown.join("; ")}${more}.`;
}

/** The REKAP could not read these jabatan sheets (their columns not found). */
export function takTerbacaText(names: readonly string[]): string {
  if (names.length === 0) return "";
  return `REKAP tidak dapat membaca lembar ${names.map((n) => `"${n}"`).join(", ")} (kolom ID, Target, Realisasi atau Capaian tidak ditemukan): barisnya di REKAP bertulisan "lembar tidak terbaca". Buat ulang lembar itu (pilih jabatannya) agar kolomnya kembali.`;
}

/** The catalog's addresses that are not editors of the spreadsheet yet (Sheets lets only editors into a protection). */
export function belumPunyaAksesText(emails: readonly string[]): string {
  if (emails.length === 0) return "";
  return `Belum punya akses edit: ${listed(emails)}. Bagikan spreadsheet ini kepada mereka sebagai Editor (tombol Bagikan), lalu tekan tombol lagi; sampai itu mereka tidak dapat mengisi lembarnya.`;
}

/** The sheets are guarded by role: each jabatan's inputs for its pengisi and the pengelola, the rest for the pengelola. */
export const PERLINDUNGAN_PERAN =
  "Lembar dikunci per peran: isian tiap jabatan hanya dapat diubah Email Pengisi-nya dan pengelola; bagian lain, REKAP dan katalog hanya oleh pengelola dan pemilik.";

/** Roles are set but Google did not say who is pressing: refused (the protections by role need to know who may stay in). */
export const PENGGUNA_TAK_DIKENAL =
  "Google tidak memberitahukan alamat email Anda, padahal katalog mengatur peran (Email pengelola/Email Pengisi): lembar tidak diubah. Masuk dengan akun pemilik atau pengelola lalu tekan tombol lagi.";

/** A press by someone who is neither pengelola nor owner while roles are set. */
export function bukanPengelolaText(pengelola: readonly string[], caller: string): string {
  return `Hanya pengelola (PENGATURAN, baris "Email pengelola": ${listed(pengelola)}) atau pemilik spreadsheet yang dapat membuat atau memperbarui lembar ini; Anda masuk sebagai ${caller}. Minta pengelola menekan tombolnya, atau tambahkan alamat Anda di baris itu.`;
}
