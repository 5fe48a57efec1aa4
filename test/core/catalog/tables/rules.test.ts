/**
 * One case per catalog rule: an edit a user could make to the sheets of a valid catalog,
 * the cell the problem names and a fragment of its Indonesian message. A catalog with a
 * problem is never returned.
 */
import { readCatalog } from "../../../../src/core/catalog/tables";
import { CATALOG_LAIN } from "../../../support/fixtures/catalog-lain";
import { col, copy, rowOfId, rowOfKode, rowOfSetting, set, type Tables, tablesOf } from "./helpers";

const BASE = tablesOf(CATALOG_LAIN);
// The rows the cases name (KATALOG!…2 is the first row under the header):
// 2 kadinkes.aki · 3 kadinkes.stunting · 4 kadinkes.iks-lama · 6 kadinkes.kla · 8 SEKDIN's sasaran without indicator.

type Case = [name: string, edit: (t: Tables) => void, sheet: string, cell: string | undefined, fragment: string];

const katalog = (id: string, label: string, value: unknown) => (t: Tables) => set(t.KATALOG, rowOfId(t, id), label, value);
const jabatan = (kode: string, label: string, value: unknown) => (t: Tables) => set(t.JABATAN, rowOfKode(t, kode), label, value);
const setting = (label: string, value: unknown) => (t: Tables) => set(t.PENGATURAN, rowOfSetting(t, label), "Nilai", value);
const retype = (sheet: keyof Tables, from: string, to: string) => (t: Tables) => ((t[sheet][0] as unknown[])[col(t[sheet], from)] = to);

const CASES: Case[] = [
  // Sheets and headers
  ["KATALOG missing", (t) => delete (t as Partial<Tables>).KATALOG, "KATALOG", undefined, "Lembar KATALOG"],
  ["JABATAN missing", (t) => delete (t as Partial<Tables>).JABATAN, "JABATAN", undefined, "Lembar JABATAN"],
  ["PENGATURAN missing", (t) => delete (t as Partial<Tables>).PENGATURAN, "PENGATURAN", undefined, "buat ulang dari contoh bawaan"],
  [
    "misspelt label",
    retype("KATALOG", "Polaritas", "Polaritass"),
    "KATALOG",
    "KATALOG!A1",
    'Kolom "Polaritas" tidak ada di baris judul (baris 1)',
  ],
  ["missing JABATAN label", retype("JABATAN", "NIP Pejabat", "NIP"), "JABATAN", "JABATAN!A1", 'Kolom "NIP Pejabat" tidak ada'],
  ["no header row at all", (t) => (t.KATALOG = [["Katalog"], ["apa saja"]]), "KATALOG", "KATALOG!A1", "Baris judul kolom tidak ditemukan"],
  ["label twice", (t) => (t.KATALOG[0] as unknown[]).push("Jenis"), "KATALOG", "KATALOG!T1", '"Jenis" muncul dua kali'],
  ["target year twice", (t) => (t.KATALOG[0] as unknown[]).push("Target 2027"), "KATALOG", "KATALOG!T1", "muncul dua kali (juga di Q1)"],
  ["target year out of range", (t) => (t.KATALOG[0] as unknown[]).push("Target 1800"), "KATALOG", "KATALOG!T1", "tahun di luar 1900–2100"],
  // KATALOG cells
  [
    "bad Jenis",
    katalog("kadinkes.aki", "Jenis", "indeks"),
    "KATALOG",
    "KATALOG!I2",
    'Jenis "indeks" tidak dikenal. Yang boleh: rasio, nilai atau status.',
  ],
  [
    "blank Jenis",
    katalog("kadinkes.aki", "Jenis", ""),
    "KATALOG",
    "KATALOG!I2",
    "Jenis wajib diisi untuk indikator: rasio, nilai atau status",
  ],
  ["bad Polaritas", katalog("kadinkes.aki", "Polaritas", "turun"), "KATALOG", "KATALOG!J2", "Yang boleh: positif atau negatif"],
  [
    "bad Sifat Triwulan",
    katalog("kadinkes.aki", "Sifat Triwulan", "total"),
    "KATALOG",
    "KATALOG!K2",
    "Yang boleh: akhir, kumulatif atau rata-rata",
  ],
  [
    "unknown Kode Jabatan",
    katalog("kadinkes.aki", "Kode Jabatan", "KADISKES"),
    "KATALOG",
    "KATALOG!A2",
    'Kode Jabatan "KADISKES" tidak ada di kolom Kode lembar JABATAN. Kode yang ada: KADINKES, SEKDIN',
  ],
  [
    "merged Kode Jabatan (blank below)",
    katalog("kadinkes.stunting", "Kode Jabatan", ""),
    "KATALOG",
    "KATALOG!A3",
    "Jangan menggabungkan (merge) sel",
  ],
  [
    "merged Sasaran (blank below)",
    katalog("kadinkes.stunting", "Sasaran / Kinerja Utama", ""),
    "KATALOG",
    "KATALOG!B3",
    "Sasaran / Kinerja Utama kosong",
  ],
  [
    "rasio without Pembilang",
    katalog("kadinkes.stunting", "Pembilang", ""),
    "KATALOG",
    "KATALOG!E3",
    "Jenis rasio memerlukan label Pembilang",
  ],
  [
    "rasio without Penyebut",
    katalog("kadinkes.stunting", "Penyebut", " "),
    "KATALOG",
    "KATALOG!F3",
    "Jenis rasio memerlukan label Penyebut",
  ],
  [
    "target not a number",
    katalog("kadinkes.aki", "Target 2025", "sembilan puluh"),
    "KATALOG",
    "KATALOG!O2",
    'Target 2025 "sembilan puluh" bukan angka',
  ],
  [
    "target is a date",
    katalog("kadinkes.aki", "Target 2026", new Date(2026, 0, 5)),
    "KATALOG",
    "KATALOG!P2",
    "tanggal 2026-01-05 terbaca sebagai tanggal, bukan angka",
  ],
  [
    "status target not a KLA status",
    katalog("kadinkes.kla", "Target 2027", "Sedang"),
    "KATALOG",
    "KATALOG!Q6",
    "bukan status KLA. Untuk jenis status isi salah satu: Belum Peringkat, Pratama, Madya, Nindya, Utama atau KLA",
  ],
  ["status target a number", katalog("kadinkes.kla", "Target 2028", 650), "KATALOG", "KATALOG!R6", "Target 2028 650 bukan status KLA"],
  [
    "Berlaku Dari not a year",
    katalog("kadinkes.aki", "Berlaku Dari", "tahun depan"),
    "KATALOG",
    "KATALOG!L2",
    "bukan tahun; isi tahun empat angka",
  ],
  ["Berlaku Sampai a typo", katalog("kadinkes.aki", "Berlaku Sampai", 20277), "KATALOG", "KATALOG!M2", "Berlaku Sampai 20277 bukan tahun"],
  [
    "Berlaku Dari a date",
    katalog("kadinkes.aki", "Berlaku Dari", new Date(2026, 6, 1)),
    "KATALOG",
    "KATALOG!L2",
    "terbaca sebagai tanggal; isi tahunnya saja",
  ],
  [
    "Berlaku Dari after Sampai",
    katalog("kadinkes.iks-lama", "Berlaku Dari", 2026),
    "KATALOG",
    "KATALOG!M4",
    "Berlaku Sampai 2025 lebih awal dari Berlaku Dari 2026",
  ],
  [
    "duplicate ID",
    katalog("kadinkes.stunting", "ID", "kadinkes.aki"),
    "KATALOG",
    "KATALOG!N3",
    'ID "kadinkes.aki" sudah dipakai di baris 2',
  ],
  ["duplicate ID, other case", katalog("kadinkes.stunting", "ID", "KADINKES.AKI"), "KATALOG", "KATALOG!N3", "sudah dipakai di baris 2"],
  ["ID with spaces", katalog("kadinkes.aki", "ID", "angka kematian ibu"), "KATALOG", "KATALOG!N2", 'ID "angka kematian ibu" tidak sah'],
  [
    "indicator columns on a sasaran without indicator",
    (t) => set(t.KATALOG, 7, "Jenis", "nilai"),
    "KATALOG",
    "KATALOG!C8",
    "Indikator Kinerja kosong, tetapi Jenis terisi",
  ],
  [
    "a target on a sasaran without indicator",
    (t) => set(t.KATALOG, 7, "Target 2026", 3),
    "KATALOG",
    "KATALOG!C8",
    "tetapi Target 2026 terisi",
  ],
  [
    "blank indicator inside a sasaran with indicators",
    (t) => t.KATALOG.splice(3, 0, ["KADINKES", "Meningkatnya derajat kesehatan masyarakat", ...new Array(17).fill("")]),
    "KATALOG",
    "KATALOG!C4",
    "Sasaran tanpa indikator cukup satu baris",
  ],
  // JABATAN
  ["no jabatan", (t) => t.JABATAN.splice(1), "JABATAN", "JABATAN!A2", "Belum ada jabatan"],
  [
    "kode twice, other case",
    jabatan("SEKDIN", "Kode", "kadinkes"),
    "JABATAN",
    "JABATAN!A3",
    'Kode "kadinkes" sudah dipakai di baris 2 (huruf besar dan kecil dianggap sama)',
  ],
  ["kode blank", jabatan("SEKDIN", "Kode", ""), "JABATAN", "JABATAN!A3", "Kode wajib diisi"],
  ["kode with a dash", jabatan("KASI GIZI 2", "Kode", "KASI-GIZI"), "JABATAN", "JABATAN!A5", "hanya boleh huruf, angka dan spasi tunggal"],
  ["kode too long", jabatan("KASI GIZI 2", "Kode", "KEPALA SEKSI GIZI KELUARGA"), "JABATAN", "JABATAN!A5", "paling banyak 24 karakter"],
  ["kode REKAP", jabatan("KASI GIZI 2", "Kode", "Rekap"), "JABATAN", "JABATAN!A5", '"REKAP" dipakai untuk lembar rekap'],
  ["kode BUKTI", jabatan("KASI GIZI 2", "Kode", "bukti"), "JABATAN", "JABATAN!A5", '"BUKTI" dipakai untuk lembar bukti dukung'],
  ["Nama Jabatan blank", jabatan("SEKDIN", "Nama Jabatan", ""), "JABATAN", "JABATAN!B3", "Nama Jabatan wajib diisi"],
  [
    "NIP Pejabat failing the rule",
    jabatan("SEKDIN", "NIP Pejabat", "19800115 200501 3 003"),
    "JABATAN",
    "JABATAN!G3",
    "angka ke-15 jenis kelamin 1 atau 2",
  ],
  [
    "pejabat masing-masing without Nama Pejabat",
    jabatan("SEKDIN", "Nama Pejabat", ""),
    "JABATAN",
    "JABATAN!E3",
    "wajib diisi karena Penanda tangan lembar jabatan di PENGATURAN adalah pejabat masing-masing",
  ],
  [
    "pejabat masing-masing without NIP Pejabat",
    jabatan("KABID P2P", "NIP Pejabat", ""),
    "JABATAN",
    "JABATAN!G4",
    "NIP Pejabat wajib diisi karena",
  ],
  [
    "half an official with kepala instansi",
    (t) => {
      setting("Penanda tangan lembar jabatan", "kepala instansi")(t);
      jabatan("SEKDIN", "Pangkat Pejabat", "")(t);
    },
    "JABATAN",
    "JABATAN!F3",
    "isi ketiganya, atau kosongkan ketiganya",
  ],
  // PENGATURAN
  ["required setting blank", setting("Nama instansi", ""), "PENGATURAN", "PENGATURAN!B2", "Nama instansi wajib diisi"],
  [
    "Jabatan penandatangan blank",
    setting("Jabatan penandatangan", "\n \n"),
    "PENGATURAN",
    "PENGATURAN!B4",
    "Jabatan penandatangan wajib diisi",
  ],
  [
    "required setting row missing",
    (t) => t.PENGATURAN.splice(rowOfSetting(t, "Kabupaten/Kota"), 1),
    "PENGATURAN",
    "PENGATURAN!A1",
    'Baris pengaturan "Kabupaten/Kota" tidak ada',
  ],
  [
    "unknown setting",
    (t) => t.PENGATURAN.push(["Nama kepala", "x", ""]),
    "PENGATURAN",
    "PENGATURAN!A16",
    'Pengaturan "Nama kepala" tidak dikenal. Yang dikenal: Nama instansi',
  ],
  [
    "setting twice",
    (t) => t.PENGATURAN.push(["Skala predikat", "baik", ""]),
    "PENGATURAN",
    "PENGATURAN!A16",
    'Pengaturan "Skala predikat" muncul dua kali (juga di baris 11)',
  ],
  [
    "NIP penandatangan failing the rule",
    setting("NIP penandatangan", "19751304 200312 2 002"),
    "PENGATURAN",
    "PENGATURAN!B8",
    "angka 1–8 tanggal lahir yang benar",
  ],
  [
    "NIP penandatangan typed as a number",
    setting("NIP penandatangan", 197504122003122000),
    "PENGATURAN",
    "PENGATURAN!B8",
    "terbaca sebagai angka sehingga digit terakhirnya hilang",
  ],
  ["NIP penandatangan blank", setting("NIP penandatangan", ""), "PENGATURAN", "PENGATURAN!B8", "NIP penandatangan wajib diisi"],
  [
    "bad Status penandatangan",
    setting("Status penandatangan", "Pj."),
    "PENGATURAN",
    "PENGATURAN!B5",
    'Status penandatangan "Pj." tidak dikenal. Yang boleh: (kosong), Plt. atau Plh.',
  ],
  [
    "bad Penanda tangan lembar jabatan",
    setting("Penanda tangan lembar jabatan", "sekretaris"),
    "PENGATURAN",
    "PENGATURAN!B10",
    "Yang boleh: kepala instansi atau pejabat masing-masing",
  ],
  ["bad Skala predikat", setting("Skala predikat", "sedang"), "PENGATURAN", "PENGATURAN!B11", "Yang boleh: baik atau tinggi"],
  [
    "Tempat dan tanggal read as a date",
    setting("Tempat dan tanggal", new Date(2027, 0, 2)),
    "PENGATURAN",
    "PENGATURAN!B9",
    "terbaca sebagai tanggal; ketik sebagai teks",
  ],
];

describe("catalog rules: one problem per broken rule, at its cell", () => {
  test("the unedited catalog has no problem (so each case below is about its own edit)", () => {
    expect(readCatalog(copy(BASE)).problems).toEqual([]);
  });

  test.each(CASES)("%s", (_, edit, sheet, cell, fragment) => {
    const t = copy(BASE);
    edit(t);
    const read = readCatalog(t);
    expect(read.catalog).toBeUndefined();
    expect(read.newIds).toEqual([]);
    const found = read.problems.find((p) => p.cell === cell && p.message.includes(fragment));
    if (!found)
      throw new Error(`no problem at ${cell} with "${fragment}"; got:\n${read.problems.map((p) => `${p.cell}: ${p.message}`).join("\n")}`);
    expect(found.sheet).toBe(sheet);
  });
});

describe("problems", () => {
  test("all at once, in sheet order then by cell", () => {
    const t = copy(BASE);
    setting("Skala predikat", "sedang")(t);
    jabatan("SEKDIN", "Nama Jabatan", "")(t);
    katalog("kadinkes.kla", "Jenis", "kla")(t);
    katalog("kadinkes.aki", "Polaritas", "naik")(t);
    expect(readCatalog(t).problems.map((p) => p.cell)).toEqual(["KATALOG!J2", "KATALOG!I6", "JABATAN!B3", "PENGATURAN!B11"]);
  });

  test("quote at most 80 characters of what the cell holds", () => {
    const t = copy(BASE);
    katalog("kadinkes.aki", "Jenis", `rasio ${"x".repeat(5000)}`)(t);
    const [problem] = readCatalog(t).problems;
    expect(problem?.message).toContain(`"rasio ${"x".repeat(74)}…"`);
    expect(problem?.message).not.toContain("x".repeat(75));
  });

  test("a missing JABATAN does not turn every Kode Jabatan into a problem", () => {
    const t = copy(BASE) as Partial<Tables>;
    delete t.JABATAN;
    expect(readCatalog(t).problems).toEqual([{ sheet: "JABATAN", message: expect.stringContaining("Lembar JABATAN") }]);
  });

  test("the unknown-kode message lists at most twelve kodes", () => {
    const t = copy(BASE);
    for (let i = 0; i < 20; i++) t.JABATAN.push([`JAB ${i}`, `Jabatan ${i}`, "", "", "x", "y", "19800115 200501 1 003"]);
    katalog("kadinkes.aki", "Kode Jabatan", "KADISKES")(t);
    const problem = readCatalog(t).problems.find((p) => p.cell === "KATALOG!A2");
    expect(problem?.message).toContain("JAB 7, …");
    expect(problem?.message).not.toContain("JAB 8");
  });

  test("tables that are not rows of cells are refused at the boundary", () => {
    expect(() => readCatalog({ KATALOG: "A1:B2" as unknown as unknown[][] })).toThrow(TypeError);
  });
});

test("a date in a dropdown setting is one problem, not two", () => {
  const t = copy(BASE);
  setting("Skala predikat", new Date(2027, 0, 2))(t);
  expect(readCatalog(t).problems).toEqual([
    {
      sheet: "PENGATURAN",
      cell: "PENGATURAN!B11",
      message: expect.stringContaining(
        "Skala predikat tanggal 2027-01-02 terbaca sebagai tanggal; ketik sebagai teks (format teks biasa). Yang boleh: baik atau tinggi.",
      ),
    },
  ]);
});
