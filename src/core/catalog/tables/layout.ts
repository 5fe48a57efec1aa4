/**
 * The three catalog sheets as the secretariat sees them: sheet names,
 * header labels, notes, widths and the PENGATURAN rows. The labels are the user-facing
 * template: the writer puts them there and the reader looks for them, so they live here once.
 */

import { SKALA } from "../../rules/predikat";
import { JENIS, PENANDA_TANGAN_LEMBAR, POLARITAS, SIFAT_TRIWULAN, TARGET_STATUS } from "../model";

/** The catalog sheets every command needs. */
export const CATALOG_SHEETS = ["KATALOG", "JABATAN", "PENGATURAN"] as const;
/** The optional catalog sheet of the Perjanjian Kinerja's program table; a spreadsheet without it still works. */
export const PROGRAM_SHEET = "PROGRAM";
/** Every catalog sheet, in the order they are written. */
export const ALL_CATALOG_SHEETS = [...CATALOG_SHEETS, PROGRAM_SHEET] as const;
export type CatalogSheetName = (typeof ALL_CATALOG_SHEETS)[number];

export interface ColumnSpec<K extends string = string> {
  key: K;
  label: string;
  /** Pixels. */
  width: number;
  /** The header's note: what goes in the column. */
  note: string;
}

const spec = <K extends string>(key: K, label: string, width: number, note: string): ColumnSpec<K> => ({ key, label, width, note });

export const KATALOG_COLUMNS = [
  spec(
    "kode",
    "Kode Jabatan",
    120,
    "Kode jabatan pemilik baris ini, persis seperti kolom Kode di lembar JABATAN (pilih dari daftar). Isi di setiap baris; jangan menggabungkan (merge) sel.",
  ),
  spec(
    "sasaran",
    "Sasaran / Kinerja Utama",
    220,
    "Sasaran (kinerja utama). Baris berurutan dari jabatan yang sama dengan teks sasaran yang sama menjadi satu sasaran (digabung di formulir). Isi di setiap baris; jangan menggabungkan (merge) sel.",
  ),
  spec(
    "indikator",
    "Indikator Kinerja",
    260,
    "Nama indikator kinerja, satu indikator per baris. Kosongkan untuk sasaran tanpa indikator (cukup satu baris untuk sasaran itu).",
  ),
  spec(
    "formulasi",
    "Penjelasan / Formulasi Penghitungan",
    260,
    "Penjelasan atau rumus seperti di dokumen IKI, mis. Σ PMKS yg ditangani / Σ PMKS seluruhnya × 100%. Dicetak apa adanya.",
  ),
  spec("pembilang", "Pembilang", 180, "Untuk jenis rasio (wajib): label isian pembilang, mis. Σ PMKS yg ditangani."),
  spec("penyebut", "Penyebut", 180, "Untuk jenis rasio (wajib): label isian penyebut, mis. Σ PMKS seluruhnya."),
  spec(
    "sumberData",
    "Sumber Data",
    130,
    "Asal data, mis. Dinsos PPPA. Pada sasaran tanpa indikator: sumber data yang dicetak di baris sasaran itu.",
  ),
  spec("satuan", "Satuan", 80, "Satuan, bebas: %, indeks, status, orang, dokumen, …"),
  spec(
    "jenis",
    "Jenis",
    80,
    "rasio (Pembilang / Penyebut × 100), nilai (realisasi diketik atau dihitung: indeks, jumlah, skor) atau status (status KLA dari nilai evaluasi). Wajib untuk indikator.",
  ),
  spec("polaritas", "Polaritas", 80, "positif (makin tinggi makin baik) atau negatif (makin rendah makin baik). Kosong = positif."),
  spec(
    "sifatTriwulan",
    "Sifat Triwulan",
    100,
    "Realisasi tahunan dari triwulan: akhir (triwulan terakhir yang terisi), kumulatif (dijumlahkan) atau rata-rata. Kosong = akhir.",
  ),
  spec("berlakuDari", "Berlaku Dari", 90, "Tahun pertama baris ini berlaku, mis. 2025. Kosong = sejak awal."),
  spec(
    "berlakuSampai",
    "Berlaku Sampai",
    90,
    "Tahun terakhir baris ini berlaku. Kosong = masih berlaku. Indikator lama dipensiunkan dengan kolom ini, jangan dihapus: lembar tahun lalu tetap bisa dibuat ulang.",
  ),
  spec(
    "id",
    "ID",
    200,
    "Diisi otomatis oleh add-on; jangan diubah: nilai yang diketik di lembar tahunan dicocokkan dengan ID ini. Baris baru: biarkan kosong. Baris hasil salinan: kosongkan ID-nya.",
  ),
] as const;
export type KatalogKey = (typeof KATALOG_COLUMNS)[number]["key"];

export const TARGET_WIDTH = 90;
export const targetLabel = (tahun: number | string): string => `Target ${tahun}`;
/** A `Target <tahun>` header, on the label as compared (normLabel, core/text.ts). */
export const TARGET_HEADER = /^target (\d{4})$/;
export const targetNote = (tahun: number | string): string =>
  `Target tahun ${tahun}: angka, atau untuk jenis status nama status KLA (${TARGET_STATUS.join(", ")}). Kosong = belum ada. ` +
  "Untuk tahun lain, tambahkan kolom berlabel Target <tahun>.";

export const JABATAN_COLUMNS = [
  spec(
    "kode",
    "Kode",
    120,
    "Kode singkat jabatan; menjadi nama lembar tahunan (<tahun> <Kode>): 1–24 huruf, angka atau spasi, unik (huruf besar dan kecil dianggap sama), bukan REKAP atau BUKTI. Urutan baris = urutan cetak.",
  ),
  spec("nama", "Nama Jabatan", 260, "Nama jabatan lengkap seperti di formulir IKI. Wajib."),
  spec("tugas", "Tugas", 320, "Tugas jabatan dalam satu sel. Beberapa baris (Alt+Enter) menjadi daftar berhuruf a., b., …"),
  spec(
    "fungsi",
    "Fungsi",
    360,
    "Satu fungsi per baris dalam sel (Alt+Enter). Huruf a., b., … diberikan oleh add-on; huruf yang sudah diketik tidak digandakan. Boleh kosong.",
  ),
  spec(
    "namaPejabat",
    "Nama Pejabat",
    200,
    "Nama pemegang jabatan. Wajib bila Penanda tangan lembar jabatan = pejabat masing-masing; selain itu boleh kosong.",
  ),
  spec(
    "pangkatPejabat",
    "Pangkat Pejabat",
    160,
    "Pangkat pemegang jabatan, mis. Pembina. Wajib bila Penanda tangan lembar jabatan = pejabat masing-masing.",
  ),
  spec(
    "nipPejabat",
    "NIP Pejabat",
    170,
    "NIP 18 angka, boleh dengan spasi: 19680223 198803 1 001. Wajib bila Penanda tangan lembar jabatan = pejabat masing-masing.",
  ),
  spec(
    "statusPejabat",
    "Status Pejabat",
    100,
    "Kosong (definitif), Plt. atau Plh.; dicetak sebelum nama jabatan pejabat ini di Perjanjian Kinerja. Kepala instansi: pakai Status penandatangan di PENGATURAN.",
  ),
  spec(
    "atasan",
    "Atasan",
    140,
    "Kode jabatan atasan langsung (pilih dari kolom Kode); menjadi pihak kedua Perjanjian Kinerja. Kosong hanya untuk kepala instansi, yang atasannya kepala daerah (PENGATURAN).",
  ),
  spec(
    "emailPengisi",
    "Email Pengisi",
    220,
    "Email akun Google yang mengisi lembar jabatan ini (pisahkan beberapa dengan koma atau baris baru). Kosong = lembar tidak dibatasi (hanya peringatan).",
  ),
] as const;
export type JabatanKey = (typeof JABATAN_COLUMNS)[number]["key"];
/** JABATAN columns added after the first catalogs: a JABATAN without them is read as before. */
export const JABATAN_OPTIONAL: readonly JabatanKey[] = ["statusPejabat", "atasan", "emailPengisi"];

export const PROGRAM_COLUMNS = [
  spec("kode", "Kode Jabatan", 120, "Kode jabatan pemilik baris ini, persis seperti kolom Kode di lembar JABATAN (pilih dari daftar)."),
  spec(
    "nama",
    "Program / Kegiatan / Sub Kegiatan",
    420,
    "Nama program, kegiatan atau sub kegiatan, satu per baris, dalam urutan cetak di lampiran Perjanjian Kinerja.",
  ),
  spec("keterangan", "Keterangan", 220, "Boleh kosong; dicetak di kolom Keterangan lampiran Perjanjian Kinerja."),
] as const;
export type ProgramKey = (typeof PROGRAM_COLUMNS)[number]["key"];
export const ANGGARAN_WIDTH = 140;
export const anggaranLabel = (tahun: number | string): string => `Anggaran ${tahun}`;
/** An `Anggaran <tahun>` header, on the label as compared (normLabel, core/text.ts). */
export const ANGGARAN_HEADER = /^anggaran (\d{4})$/;
export const anggaranNote = (tahun: number | string): string =>
  `Anggaran tahun ${tahun} dalam rupiah, angka bulat tanpa Rp, mis. 1250000000. Kosong = tidak dicetak. ` +
  "Untuk tahun lain, tambahkan kolom berlabel Anggaran <tahun>.";

export const PENGATURAN_COLUMNS = [
  spec("label", "Pengaturan", 220, "Nama pengaturan. Jangan diubah: add-on mencari baris dengan nama ini."),
  spec("nilai", "Nilai", 360, "Isi nilai pengaturan di kolom ini."),
  spec("keterangan", "Keterangan", 420, "Penjelasan tiap pengaturan; tidak dibaca oleh add-on."),
] as const;
export type PengaturanKey = (typeof PENGATURAN_COLUMNS)[number]["key"];

export interface SettingSpec<K extends string = string> {
  key: K;
  label: string;
  /** Blank is a problem. */
  required: boolean;
  /** Allowed values of a dropdown setting (blank allowed too where `required` is false). */
  values?: readonly string[];
  keterangan: string;
}

const setting = <K extends string>(
  key: K,
  label: string,
  required: boolean,
  keterangan: string,
  values?: readonly string[],
): SettingSpec<K> => (values ? { key, label, required, values, keterangan } : { key, label, required, keterangan });

export const SETTINGS = [
  setting("nama", "Nama instansi", true, "Wajib. Nama instansi seperti di kop formulir IKI, mis. DINAS SOSIAL PPPA KABUPATEN SAMPANG."),
  setting("kabupaten", "Kabupaten/Kota", true, "Wajib. Nama kabupaten atau kota, mis. Sampang."),
  setting(
    "jabatanPenandatangan",
    "Jabatan penandatangan",
    true,
    "Wajib. Baris-baris jabatan penanda tangan dalam satu sel, Alt+Enter di antara baris.",
  ),
  setting("status", "Status penandatangan", false, "Kosong (definitif), Plt. atau Plh.; dicetak sebelum baris jabatan pertama.", [
    "Plt.",
    "Plh.",
  ]),
  setting("namaPenandatangan", "Nama penandatangan", true, "Wajib. Nama lengkap dengan gelar."),
  setting("pangkat", "Pangkat penandatangan", true, "Wajib. Mis. Pembina Utama Muda."),
  setting("nip", "NIP penandatangan", true, "Wajib. NIP 18 angka, boleh dengan spasi: 19680223 198803 1 001."),
  setting(
    "tempatTanggal",
    "Tempat dan tanggal",
    false,
    "Boleh kosong. Mis. Sampang, 2 Januari 2027; dicetak di atas baris jabatan. Ketik sebagai teks.",
  ),
  setting(
    "penandaTanganLembar",
    "Penanda tangan lembar jabatan",
    false,
    "kepala instansi (kepala menandatangani semua lembar) atau pejabat masing-masing (tiap lembar jabatan oleh pejabatnya dari lembar JABATAN; REKAP selalu oleh kepala). Kosong = kepala instansi.",
    PENANDA_TANGAN_LEMBAR,
  ),
  setting(
    "skala",
    "Skala predikat",
    false,
    "baik (Sangat Baik … Sangat Kurang) atau tinggi (Sangat Tinggi … Sangat Rendah). Kosong = baik.",
    SKALA,
  ),
  setting(
    "jabatanKepalaDaerah",
    "Jabatan kepala daerah",
    false,
    "Untuk Perjanjian Kinerja kepala instansi (pihak kedua), mis. BUPATI SAMPANG.",
  ),
  setting(
    "namaKepalaDaerah",
    "Nama kepala daerah",
    false,
    "Untuk Perjanjian Kinerja kepala instansi; dicetak tanpa NIP. Kosong = PK masih konsep, belum dapat dikunci.",
  ),
  setting(
    "naskahPk",
    "Naskah Perjanjian Kinerja",
    false,
    "Boleh kosong (naskah bawaan). Naskah Pemda sendiri: paling banyak tiga paragraf, dipisah satu baris kosong (Alt+Enter dua kali), " +
      "berturut-turut pembuka, janji pihak pertama, dan klausul supervisi pihak kedua; {tahun} diganti tahunnya.",
  ),
  setting(
    "emailPengelola",
    "Email pengelola",
    false,
    "Boleh kosong. Email sekretariat dan verifikator (pisahkan dengan koma atau baris baru): katalog, REKAP dan verifikasi hanya dapat diubah mereka dan pemilik. Kosong = perlindungan hanya peringatan.",
  ),
] as const;

/** Paragraphs a Pemda's own PK wording may have: the opening, the promise, the supervision clause. */
export const NASKAH_PK_MAX = 3;
export type SettingKey = (typeof SETTINGS)[number]["key"];

/** Dropdown lists of KATALOG columns (Kode Jabatan's comes from JABATAN). */
export const KATALOG_LISTS: Partial<Record<KatalogKey, readonly string[]>> = {
  jenis: JENIS,
  polaritas: POLARITAS,
  sifatTriwulan: SIFAT_TRIWULAN,
};

/**
 * Room to grow below the written rows: dropdowns, text format and checks reach rows typed there.
 * A year's additions fit many times over; each spare row costs the xlsx writer some time.
 */
export const SPARE_ROWS = 100;
