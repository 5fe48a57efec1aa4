import type { Indikator } from "../catalog/model";
import {
  capaianFormula,
  klaCapaianFormula,
  klaStatusFormula,
  latestByFormula,
  latestFilledFormula,
  percentFormula,
  predikatFormula,
} from "../formulas/twins";
import { KLA_STATUS } from "../rules/kla";
import type { Skala } from "../rules/predikat";
import { a1 } from "./a1";
import type { SheetBuilder } from "./builder";
import { TRIWULAN } from "./columns";
import { STYLE } from "./styles";
import type { Periode, ValidationPlan } from "./types";

const NON_NEGATIVE: ValidationPlan = { kind: "number", min: 0, help: "Isi angka 0 atau lebih." };
const INDEKS: ValidationPlan = { kind: "number", min: 0, max: 100, help: "Isi indeks 0–100." };
const NILAI_KLA: ValidationPlan = { kind: "number", min: 0, max: 1000, help: "Isi nilai evaluasi KLA 0–1000." };
const STATUS_KLA: ValidationPlan = { kind: "list", values: KLA_STATUS, help: "Pilih status KLA dari daftar." };

/**
 * Target, pembilang, penyebut, realisasi, capaian and predikat of one indicator
 * row, by jenis: rasio (pembilang/penyebut typed → realisasi), nilai (realisasi
 * typed: an index such as IDG, a count, a score), status (KLA score typed in
 * Pembilang → status → capaian). The target cell starts with the catalog's
 * `Target <tahun>` when there is one. Triwulan: the same per quarter; the yearly
 * cells take the latest quarter filled.
 */
export function indikatorCells(
  b: SheetBuilder,
  row: number,
  at: (key: string) => number,
  indikator: Indikator,
  tahun: number,
  periode: Periode,
  skala: Skala,
): void {
  const ref = (key: string) => a1(row, at(key));
  const jenis = indikator.jenis;
  const target = indikator.target[String(tahun)];

  b.input(row, at("target"), jenis === "status" ? STATUS_KLA : nilaiValidation(indikator), {
    ...(target !== undefined && { value: target }),
    style: jenis === "status" ? STYLE.inputText : STYLE.input,
    note: jenis === "status" ? `Target ${tahun}: status KLA yang hendak dicapai.` : `Target ${tahun} (${indikator.satuan}).`,
  });

  const prefixes = periode === "triwulan" ? TRIWULAN.map((q) => `${q.key}.`) : [""];
  for (const p of prefixes) measuredCells(b, row, at, indikator, p);
  if (periode === "triwulan") {
    const quarter = (field: string) => TRIWULAN.map((q) => ref(`${q.key}.${field}`));
    const realisasi = quarter("realisasi");
    b.computed(row, at("realisasi"), {
      formula: latestFilledFormula(realisasi),
      style: jenis === "status" ? STYLE.computedText : STYLE.computed,
    });
    if (jenis === "nilai") {
      b.style({ row, col: at("pembilang"), rows: 1, cols: 2 }, STYLE.unused);
    } else {
      b.computed(row, at("pembilang"), { formula: latestByFormula(realisasi, quarter("pembilang")), style: STYLE.computed });
      if (jenis === "rasio")
        b.computed(row, at("penyebut"), { formula: latestByFormula(realisasi, quarter("penyebut")), style: STYLE.computed });
      else b.style({ row, col: at("penyebut"), rows: 1, cols: 1 }, STYLE.unused);
    }
  }

  const capaian =
    jenis === "status"
      ? klaCapaianFormula(ref("realisasi"), ref("target"))
      : capaianFormula(ref("realisasi"), ref("target"), indikator.polaritas);
  b.computed(row, at("capaian"), { formula: capaian, style: STYLE.computed });
  b.computed(row, at("predikat"), { formula: predikatFormula(ref("capaian"), skala), style: STYLE.computedText });
}

/** A number 0 or more; an index (satuan "indeks", e.g. IDG) 0–100. */
function nilaiValidation(indikator: Indikator): ValidationPlan {
  return indikator.satuan.trim().toLowerCase() === "indeks" ? INDEKS : NON_NEGATIVE;
}

/** Pembilang, penyebut and realisasi under `prefix` ("" for the year, "tw1." … for quarters). */
function measuredCells(b: SheetBuilder, row: number, at: (key: string) => number, indikator: Indikator, prefix: string): void {
  const col = (field: string) => at(`${prefix}${field}`);
  const ref = (field: string) => a1(row, col(field));
  const when = prefix ? ` (${TRIWULAN.find((q) => `${q.key}.` === prefix)?.label}, kumulatif)` : "";
  switch (indikator.jenis) {
    case "rasio":
      b.input(row, col("pembilang"), NON_NEGATIVE, { style: STYLE.input, note: `Pembilang${when}: ${indikator.pembilang ?? ""}` });
      b.input(row, col("penyebut"), NON_NEGATIVE, { style: STYLE.input, note: `Penyebut${when}: ${indikator.penyebut ?? ""}` });
      b.computed(row, col("realisasi"), { formula: percentFormula(ref("pembilang"), ref("penyebut")), style: STYLE.computed });
      break;
    case "nilai": {
      b.style({ row, col: col("pembilang"), rows: 1, cols: 2 }, STYLE.unused);
      const indeks = nilaiValidation(indikator) === INDEKS;
      const note = indeks
        ? `Realisasi${when}: nilai indeks 0–100 (misalnya =IDG(…)).`
        : `Realisasi${when}: nilai yang dicapai (${indikator.satuan}).`;
      b.input(row, col("realisasi"), nilaiValidation(indikator), { style: STYLE.input, note });
      break;
    }
    case "status":
      b.input(row, col("pembilang"), NILAI_KLA, {
        style: STYLE.input,
        note: `Nilai evaluasi KLA${when} (0–1000); status dihitung otomatis.`,
      });
      b.style({ row, col: col("penyebut"), rows: 1, cols: 1 }, STYLE.unused);
      b.computed(row, col("realisasi"), { formula: klaStatusFormula(ref("pembilang")), style: STYLE.computedText });
      break;
  }
}
