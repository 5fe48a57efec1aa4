/**
 * The catalog additions for the Perjanjian Kinerja (README "Katalog"): JABATAN's Status Pejabat and
 * Atasan, PENGATURAN's kepala daerah rows, the optional PROGRAM sheet. Each rule with the cell it names;
 * a catalog written before them (no such columns, rows or sheet) still reads as it did.
 */
import { readCatalog } from "../../../../src/core/catalog/tables";
import { readRupiah } from "../../../../src/core/catalog/tables/read-program";
import { CATALOG_LAIN } from "../../../support/fixtures/catalog-lain";
import { col, copy, rowOfKode, rowOfSetting, set, type Tables, tablesOf } from "./helpers";

const BASE = tablesOf(CATALOG_LAIN);
// JABATAN rows: 2 KADINKES (the head) · 3 SEKDIN · 4 KABID P2P · 5 KASI GIZI 2 (under KABID P2P); H Status Pejabat, I Atasan.
// PROGRAM rows: 2 KADINKES · 3–4 KABID P2P; D Anggaran 2027, E Anggaran 2028.

const atasan = (kode: string, value: unknown) => (t: Tables) => set(t.JABATAN, rowOfKode(t, kode), "Atasan", value);
const program = (row: number, label: string, value: unknown) => (t: Tables) => set(t.PROGRAM, row, label, value);

type Case = [name: string, edit: (t: Tables) => void, cell: string, fragment: string];

const CASES: Case[] = [
  ["Atasan not a kode", atasan("SEKDIN", "KEPALA"), "JABATAN!I3", 'Atasan "KEPALA" bukan Kode di lembar JABATAN'],
  ["Atasan the jabatan itself", atasan("SEKDIN", "sekdin"), "JABATAN!I3", "adalah jabatan ini sendiri"],
  ["two heads of office", atasan("KABID P2P", ""), "JABATAN!I4", "padahal KADINKES (baris 2) sudah tanpa atasan"],
  ["a cycle, no head", atasan("KADINKES", "KASI GIZI 2"), "JABATAN!I2", "Atasan berputar: KADINKES → KASI GIZI 2 → KABID P2P → KADINKES"],
  [
    "Status Pejabat not a status",
    (t) => set(t.JABATAN, rowOfKode(t, "SEKDIN"), "Status Pejabat", "Pj."),
    "JABATAN!H3",
    "Yang boleh: (kosong), Plt. atau Plh.",
  ],
  ["PROGRAM kode unknown", program(2, "Kode Jabatan", "KABID X"), "PROGRAM!A3", 'Kode Jabatan "KABID X" tidak ada di lembar JABATAN'],
  ["PROGRAM without its name", program(2, "Program / Kegiatan / Sub Kegiatan", ""), "PROGRAM!B3", "wajib diisi"],
  ["Anggaran not rupiah", program(1, "Anggaran 2027", "dua belas miliar"), "PROGRAM!D2", "bukan jumlah rupiah"],
  ["Anggaran negative", program(3, "Anggaran 2027", -5), "PROGRAM!D4", "tidak boleh negatif"],
  ["Anggaran with cents", program(3, "Anggaran 2027", 125750000.5), "PROGRAM!D4", "angka bulat tanpa sen"],
  ["Anggaran year twice", (t) => (t.PROGRAM[0] as unknown[]).push("Anggaran 2027"), "PROGRAM!F1", "muncul dua kali (juga di D1)"],
  [
    "Naskah Perjanjian Kinerja with four paragraphs",
    (t) => set(t.PENGATURAN, rowOfSetting(t, "Naskah Perjanjian Kinerja"), "Nilai", "satu\n\ndua\n\ntiga\n\nempat"),
    "PENGATURAN!B14",
    "punya 4 paragraf; paling banyak 3",
  ],
];

describe("PK additions: one problem per broken rule, at its cell", () => {
  test("the unedited catalog reads with atasan, status, kepala daerah and program", () => {
    const read = readCatalog(copy(BASE));
    expect(read.problems).toEqual([]);
    expect(read.catalog).toStrictEqual(CATALOG_LAIN);
  });

  test.each(CASES)("%s", (_, edit, cell, fragment) => {
    const t = copy(BASE);
    edit(t);
    const read = readCatalog(t);
    expect(read.catalog).toBeUndefined();
    const found = read.problems.find((p) => p.cell === cell && p.message.includes(fragment));
    if (!found)
      throw new Error(`no problem at ${cell} with "${fragment}"; got:\n${read.problems.map((p) => `${p.cell}: ${p.message}`).join("\n")}`);
  });

  test("a cycle below the head is one problem, said once, at its first row", () => {
    const t = copy(BASE);
    atasan("KABID P2P", "KASI GIZI 2")(t);
    const problems = readCatalog(t).problems;
    expect(problems).toEqual([
      { sheet: "JABATAN", cell: "JABATAN!I4", message: expect.stringContaining("KABID P2P → KASI GIZI 2 → KABID P2P") },
    ]);
  });
});

describe("a catalog written before the additions keeps working", () => {
  const without = (t: Tables, sheet: "JABATAN" | "PENGATURAN", label: string) => {
    const c = col(t[sheet], label);
    for (const row of t[sheet]) (row as unknown[]).splice(c, 1);
  };

  test("no Status Pejabat, no Atasan, no kepala daerah rows, no PROGRAM: read as before, nothing to say", () => {
    const t = copy(BASE) as Partial<Tables>;
    without(t as Tables, "JABATAN", "Status Pejabat");
    without(t as Tables, "JABATAN", "Atasan");
    for (const label of ["Jabatan kepala daerah", "Nama kepala daerah"]) t.PENGATURAN!.splice(rowOfSetting(t as Tables, label), 1);
    delete t.PROGRAM;
    const read = readCatalog(t);
    expect(read.problems).toEqual([]);
    const { program: _, ...rest } = CATALOG_LAIN;
    const { kepalaDaerah: _k, ...instansi } = rest.instansi;
    expect(read.catalog).toStrictEqual({
      ...rest,
      instansi,
      jabatan: rest.jabatan.map(({ atasan: _a, statusPejabat: _s, ...j }) => j),
    });
  });

  test("an Atasan column left blank is 'not filled in yet', not two heads", () => {
    const t = copy(BASE);
    for (const kode of ["KADINKES", "SEKDIN", "KABID P2P", "KASI GIZI 2"]) atasan(kode, "")(t);
    const read = readCatalog(t);
    expect(read.problems).toEqual([]);
    expect(read.catalog?.jabatan.map((j) => j.atasan)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("a user's own sheet named PROGRAM (no program labels) is not the catalog's: no program, no problem", () => {
    const t = copy(BASE);
    t.PROGRAM = [["Daftar program kerja bidang"], ["1", "Rapat koordinasi"]];
    const read = readCatalog(t);
    expect(read.problems).toEqual([]);
    expect(read.catalog?.program).toBeUndefined();
  });

  test("the Atasan kode in any case and spacing is the kode as JABATAN spells it", () => {
    const t = copy(BASE);
    atasan("KASI GIZI 2", "kabid   p2p")(t);
    expect(readCatalog(t).catalog?.jabatan.find((j) => j.kode === "KASI GIZI 2")?.atasan).toBe("KABID P2P");
  });
});

test("a Pemda's wording: paragraphs between blank lines, lines inside one joined; round trip through the sheet", () => {
  const t = copy(BASE);
  set(t.PENGATURAN, rowOfSetting(t, "Naskah Perjanjian Kinerja"), "Nilai", "Pembuka baris satu\nbaris dua\n\n  \nJanji {tahun}.");
  const read = readCatalog(t);
  expect(read.problems).toEqual([]);
  expect(read.catalog?.instansi.naskahPk).toEqual(["Pembuka baris satu baris dua", "Janji {tahun}."]);
  expect(readCatalog(tablesOf(read.catalog!)).catalog).toStrictEqual(read.catalog);
});

describe("rupiah as typed", () => {
  test.each([
    [1250000000, 1250000000],
    ["1250000000", 1250000000],
    ["1.250.000.000", 1250000000],
    ["Rp 1.250.000", 1250000],
    ["Rp. 1 250 000", 1250000],
    [0, 0],
  ])("%p → %p", (typed, value) => {
    expect(readRupiah(typed)).toEqual({ ok: true, value });
  });

  test.each([["1,5 juta"], ["12.50"], [-1], [1.5], ["1.25.000"], [Number.NaN], [new Date(2027, 0, 1)]])("%p is refused", (typed) => {
    expect(readRupiah(typed).ok).toBe(false);
  });
});
