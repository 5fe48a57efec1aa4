/** The cells every periode shares, per jenis: validations, the target, pembilang/penyebut/realisasi, and capaian. */
import type { Indikator } from "../catalog/model";
import { capaianFormula, klaCapaianFormula, klaStatusFormula, percentFormula } from "../formulas/twins";
import { KLA_STATUS } from "../rules/kla";
import { a1 } from "../sheet/a1";
import type { SheetBuilder } from "./builder";
import { STYLE } from "./styles";
import type { CellPlan, ValidationPlan } from "../sheet/types";

const NON_NEGATIVE: ValidationPlan = { kind: "number", min: 0, help: "Isi angka 0 atau lebih." };
const INDEKS: ValidationPlan = { kind: "number", min: 0, max: 100, help: "Isi indeks 0–100." };
const NILAI_KLA: ValidationPlan = { kind: "number", min: 0, max: 1000, help: "Isi nilai evaluasi KLA 0–1000." };
const STATUS_KLA: ValidationPlan = { kind: "list", values: KLA_STATUS, help: "Pilih status KLA dari daftar." };

/** A number 0 or more; an index (satuan "indeks", e.g. IDG) 0–100. */
function nilaiValidation(indikator: Indikator): ValidationPlan {
  return indikator.satuan.trim().toLowerCase() === "indeks" ? INDEKS : NON_NEGATIVE;
}

/** A target cell (the year's or a quarter's): a KLA status from the list for status rows, else a number. */
export function targetCell(b: SheetBuilder, row: number, col: number, indikator: Indikator, note: string, cell: CellPlan = {}): void {
  const status = indikator.jenis === "status";
  b.input(row, col, status ? STATUS_KLA : nilaiValidation(indikator), {
    ...cell,
    style: status ? STYLE.inputText : STYLE.input,
    note,
  });
}

/** Capaian of realisasi against target, by jenis and polaritas (status: the KLA capaian). */
export function capaianOf(indikator: Indikator, realisasi: string, target: string): string {
  return indikator.jenis === "status" ? klaCapaianFormula(realisasi, target) : capaianFormula(realisasi, target, indikator.polaritas);
}

/**
 * Pembilang, penyebut and realisasi under `prefix` ("" for the year, "tw1." … for quarters), by jenis:
 * rasio (pembilang/penyebut typed → realisasi), nilai (realisasi typed: an index such as IDG, a count,
 * a score), status (KLA score typed in Pembilang → status). `when` ends each note (the quarter, or "").
 */
export function measuredCells(
  b: SheetBuilder,
  row: number,
  at: (key: string) => number,
  indikator: Indikator,
  prefix: string,
  when = "",
): void {
  const col = (field: string) => at(`${prefix}${field}`);
  const ref = (field: string) => a1(row, col(field));
  switch (indikator.jenis) {
    case "rasio":
      b.input(row, col("pembilang"), NON_NEGATIVE, { style: STYLE.input, note: `Pembilang${when}: ${indikator.pembilang ?? ""}` });
      b.input(row, col("penyebut"), NON_NEGATIVE, { style: STYLE.input, note: `Penyebut${when}: ${indikator.penyebut ?? ""}` });
      b.computed(row, col("realisasi"), { formula: percentFormula(ref("pembilang"), ref("penyebut")), style: STYLE.computed });
      break;
    case "nilai": {
      b.style({ row, col: col("pembilang"), rows: 1, cols: 2 }, STYLE.unused);
      const note =
        nilaiValidation(indikator) === INDEKS
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
