import { POLARITAS, type Polaritas } from "../core/catalog/model";
import type { Num } from "../core/rules/blank";
import { capaian } from "../core/rules/capaian";
import { edep, idg, idgIndeks } from "../core/rules/idg";
import { klaStatus } from "../core/rules/kla";
import { percent } from "../core/rules/percent";
import { predikat, SKALA, type Skala } from "../core/rules/predikat";
import { finite, readChoice, readNumber, toArgumentError } from "./cells";
import { arg, elementwise, toGrid } from "./grid";

/** One custom function: its Indonesian help (for the JSDoc Sheets shows in autocomplete) and its body. */
export interface CustomFunctionDef {
  name: string;
  summary: string;
  example: string;
  params: readonly { name: string; type: string; help: string }[];
  returns: string;
  run: (...args: unknown[]) => unknown;
}

const NUMBER_OR_RANGE = "number|Array<Array<number>>";
const TEXT_OR_RANGE = "string|Array<Array<string>>";
/** The population arguments IDG_EDEP and IDG_INDEKS share. */
const POPULASI = [
  { name: "p_perempuan", type: NUMBER_OR_RANGE, help: "Jumlah atau porsi penduduk perempuan." },
  { name: "p_laki", type: NUMBER_OR_RANGE, help: "Jumlah atau porsi penduduk laki-laki." },
];

function IKI_PERCENT(pembilang: unknown, penyebut: unknown): number | "" {
  const fn = "IKI_PERCENT";
  const read = (value: unknown, name: string) => {
    const grid = toGrid(value, fn, name);
    const out: (number | null)[] = [];
    grid.matrix.forEach((row, r) =>
      row.forEach((cell, c) => {
        try {
          out.push(readNumber(cell, name));
        } catch (e) {
          throw toArgumentError(fn, e, grid.single ? null : { row: r + 1, col: c + 1 });
        }
      }),
    );
    return out;
  };
  const p = read(pembilang, "pembilang");
  const q = read(penyebut, "penyebut");
  try {
    return finite(percent(p, q), "pembilang / penyebut");
  } catch (e) {
    throw toArgumentError(fn, e, null);
  }
}

export const CUSTOM_FUNCTIONS: readonly CustomFunctionDef[] = [
  {
    name: "IKI_PERCENT",
    summary:
      "Persentase indikator rasio: Σ pembilang / Σ penyebut × 100. Sel kosong diabaikan; hasil kosong bila salah satu sisi belum diisi.",
    example: "=IKI_PERCENT(B2:B27; C2:C27)",
    params: [
      { name: "pembilang", type: NUMBER_OR_RANGE, help: "Nilai atau rentang pembilang (misalnya PMKS yang ditangani); dijumlahkan." },
      {
        name: "penyebut",
        type: NUMBER_OR_RANGE,
        help: "Nilai atau rentang penyebut (misalnya seluruh PMKS); dijumlahkan, tidak boleh berjumlah 0.",
      },
    ],
    returns: "Persentase dalam poin persen (45 dari 60 menjadi 75), atau kosong.",
    run: IKI_PERCENT as CustomFunctionDef["run"],
  },
  {
    name: "IKI_CAPAIAN",
    summary:
      "Capaian kinerja (%) dari realisasi terhadap target. Positif: realisasi / target × 100; negatif: (2 × target − realisasi) / target × 100; minimal 0.",
    example: '=IKI_CAPAIAN(J5:J20; G5:G20; "positif")',
    params: [
      { name: "realisasi", type: NUMBER_OR_RANGE, help: "Nilai atau rentang realisasi." },
      { name: "target", type: NUMBER_OR_RANGE, help: "Nilai atau rentang target, lebih besar dari 0." },
      { name: "polaritas", type: TEXT_OR_RANGE, help: 'Opsional: "positif" (makin tinggi makin baik, bawaan) atau "negatif".' },
    ],
    returns: "Capaian dalam persen, per sel, atau kosong bila realisasi atau target kosong.",
    run: (realisasi, target, polaritas) =>
      elementwise(
        "IKI_CAPAIAN",
        [arg("realisasi", realisasi, readNumber), arg("target", target, readNumber), arg("polaritas", polaritas, polaritasOf)],
        (v) => finite(capaian(v[0] as Num, v[1] as Num, v[2] as Polaritas), "realisasi / target"),
      ),
  },
  {
    name: "IKI_PREDIKAT",
    summary:
      'Predikat capaian: > 90 Sangat Baik, > 75 Baik, > 65 Cukup, > 50 Kurang, selain itu Sangat Kurang (skala "tinggi": Sangat Tinggi … Sangat Rendah).',
    example: "=IKI_PREDIKAT(K5:K20)",
    params: [
      { name: "capaian", type: NUMBER_OR_RANGE, help: "Nilai atau rentang capaian (%), dinilai tanpa pembulatan." },
      {
        name: "skala",
        type: "string",
        help: 'Opsional: "baik" (Sangat Baik … Sangat Kurang, bawaan) atau "tinggi" (Sangat Tinggi … Sangat Rendah).',
      },
    ],
    returns: "Predikat per sel, atau kosong bila capaian kosong.",
    run: (nilai, skala) =>
      elementwise("IKI_PREDIKAT", [arg("capaian", nilai, readNumber), arg("skala", skala, skalaOf)], (v) =>
        predikat(v[0] as Num, v[1] as Skala),
      ),
  },
  {
    name: "IDG",
    summary: "Indeks Pemberdayaan Gender: (I_parl + I_DM + I_inc-dist) / 3, setiap indeks pada skala 0–100.",
    example: "=IDG(B2; C2; D2)",
    params: [
      { name: "i_parl", type: NUMBER_OR_RANGE, help: "Indeks keterwakilan perempuan di parlemen (0–100)." },
      { name: "i_dm", type: NUMBER_OR_RANGE, help: "Indeks pengambilan keputusan (0–100)." },
      { name: "i_inc", type: NUMBER_OR_RANGE, help: "Indeks distribusi pendapatan (0–100)." },
    ],
    returns: "IDG (0–100) per sel, atau kosong bila salah satu indeks kosong.",
    run: (a, b, c) =>
      elementwise("IDG", [arg("i_parl", a, readNumber), arg("i_dm", b, readNumber), arg("i_inc", c, readNumber)], (v) =>
        idg(v[0] as Num, v[1] as Num, v[2] as Num),
      ),
  },
  {
    name: "IDG_EDEP",
    summary: "EDEP (ε = 2): 1 / (P_perempuan / X_perempuan + P_laki / X_laki); porsi penduduk dinormalkan dengan jumlahnya.",
    example: "=IDG_EDEP(B2; C2; D2; E2)",
    params: [
      ...POPULASI,
      { name: "x_perempuan", type: NUMBER_OR_RANGE, help: "Nilai perempuan (misalnya persentase kursi parlemen)." },
      { name: "x_laki", type: NUMBER_OR_RANGE, help: "Nilai laki-laki, pada skala yang sama." },
    ],
    returns: "EDEP pada skala nilai x, per sel.",
    run: (pf, pm, xf, xm) => fourWay("IDG_EDEP", edep, [pf, pm, xf, xm]),
  },
  {
    name: "IDG_INDEKS",
    summary:
      "Indeks komponen IDG (I_parl atau I_DM) pada skala 0–100 dari porsi yang saling melengkapi: EDEP / 50%, porsi yang sama menghasilkan 100.",
    example: "=IDG_INDEKS(50; 50; 8,7; 91,3)",
    params: [
      ...POPULASI,
      { name: "x_perempuan", type: NUMBER_OR_RANGE, help: "Porsi perempuan (kursi parlemen, atau jabatan manajer/profesional)." },
      { name: "x_laki", type: NUMBER_OR_RANGE, help: "Porsi laki-laki yang melengkapinya." },
    ],
    returns: "Indeks komponen (0–100) per sel.",
    run: (pf, pm, xf, xm) => fourWay("IDG_INDEKS", idgIndeks, [pf, pm, xf, xm]),
  },
  {
    name: "KLA_STATUS",
    summary:
      "Status Kabupaten/Kota Layak Anak dari nilai evaluasi 0–1000: ≥ 500 Pratama, > 600 Madya, > 700 Nindya, > 800 Utama, > 900 KLA; di bawah 500 Belum Peringkat.",
    example: "=KLA_STATUS(B2)",
    params: [{ name: "nilai", type: NUMBER_OR_RANGE, help: "Nilai evaluasi KLA (0–1000, boleh desimal)." }],
    returns: "Status KLA per sel, atau kosong.",
    run: (nilai) => elementwise("KLA_STATUS", [arg("nilai", nilai, readNumber)], (v) => klaStatus(v[0] as Num)),
  },
];

const EDEP_ARGS = ["p_perempuan", "p_laki", "x_perempuan", "x_laki"] as const;

function fourWay(fn: string, rule: typeof edep, values: unknown[]) {
  const args = EDEP_ARGS.map((name, i) => arg(name, values[i], readNumber));
  return elementwise(fn, args, (v) => finite(rule(v[0] as Num, v[1] as Num, v[2] as Num, v[3] as Num), "x_perempuan / x_laki"));
}

const polaritasOf = (cell: unknown, name: string) => readChoice(cell, POLARITAS, "positif", name);
const skalaOf = (cell: unknown, name: string) => readChoice(cell, SKALA, "baik", name);
