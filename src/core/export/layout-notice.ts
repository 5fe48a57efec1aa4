/**
 * The Indonesian texts of the fallback way to a PDF (Spreadsheet.getAs, Google's
 * default page layout): the notice the sidebar shows, and the one message when
 * both ways fail. Pure.
 */
import { quote } from "../quote";
import type { Orientation } from "./url";

/**
 * The one scope that lets the export address accept the add-on's token, and with it
 * the official layout. Not in the default manifest (it reads every Drive file of the
 * user, and Google classes it as restricted); README "PDF export" has the opt-in line.
 */
export const OFFICIAL_LAYOUT_SCOPE = "https://www.googleapis.com/auth/drive.readonly";

/** What differs from the official layout: the IKI's wide table (landscape), or the PK's letter (portrait). */
const DIFFERS: Record<Orientation, string> = {
  landscape:
    "Isinya sama, tetapi bukan format resmi (A4 mendatar, selebar halaman, judul tabel diulang tiap halaman): " +
    "kertas dan orientasi bawaan (biasanya tegak), tabel tidak diperkecil selebar halaman sehingga kolom kanan bisa pindah ke halaman berikutnya, " +
    "dan judul tabel belum tentu diulang. ",
  portrait:
    "Isinya sama, tetapi bukan format resmi (A4 tegak, selebar halaman, margin surat): " +
    "kertas, skala dan margin bawaan Google, sehingga kolom kanan atau tanda tangan bisa pindah ke halaman berikutnya. ",
};

/**
 * What the sidebar says when a PDF was made with Google's default layout; `count` when only some files of a call were;
 * `orientation` the official layout it stands in for (the PK's is portrait).
 */
export function layoutNotice(sebab: string, count?: { bawaan: number; total: number }, orientation: Orientation = "landscape"): string {
  const which = count && count.bawaan < count.total ? `${count.bawaan} dari ${count.total} PDF` : "PDF";
  return (
    `${which} dibuat dengan tata letak bawaan Google, karena Google menolak alamat ekspor resmi untuk akun Anda (${sebab}). ` +
    DIFFERS[orientation] +
    `Tata letak resmi memerlukan izin tambahan ${OFFICIAL_LAYOUT_SCOPE.replace("https://www.googleapis.com/auth/", "")} ` +
    'yang dipasang oleh pengelola add-on (README, bagian "PDF export"). Alamat resmi dicoba lagi sekali sehari.'
  );
}

/** How Spreadsheet.getAs failed: it threw (its message), or it gave something that is not a PDF (its content type). */
export type GetAsFailure = { thrown: string } | { notPdf: string | null };

/** One message naming both attempts and why each failed; what arrived is quoted in at most 80 characters. */
export function bothFailedMessage(subject: string, urlSebab: string, getAs: GetAsFailure): string {
  const second = "thrown" in getAs ? quote(getAs.thrown) : `bukan PDF (${quote(getAs.notPdf ?? "tanpa jenis")})`;
  return (
    `PDF ${subject} tidak dapat dibuat dengan kedua cara: (1) alamat ekspor Google: ${urlSebab}; ` +
    `(2) ekspor bawaan Google (Spreadsheet.getAs): ${second}. Tidak ada file yang disimpan. ` +
    "Muat ulang spreadsheet, buka lagi IKI Sheets dan setujui izin yang diminta, lalu ekspor lagi; jika tetap gagal, laporkan pesan ini."
  );
}
