/**
 * The cells of an indicator row the add-on computes, per jenis: realisasi from pembilang/penyebut (rasio),
 * the KLA status from its score (status), the measures a jenis does not use greyed out, and capaian.
 * What users type there is input-rules.ts's.
 */
import type { Indikator } from "../catalog/model";
import { capaianFormula, klaCapaianFormula, klaStatusFormula, percentFormula } from "../formulas/twins";
import { a1 } from "../sheet/a1";
import type { SheetBuilder } from "./builder";
import { STYLE } from "./styles";

/** Capaian of realisasi against target, by jenis and polaritas (status: the KLA capaian). */
export function capaianOf(indikator: Indikator, realisasi: string, target: string): string {
  return indikator.jenis === "status" ? klaCapaianFormula(realisasi, target) : capaianFormula(realisasi, target, indikator.polaritas);
}

/**
 * Pembilang, penyebut and realisasi under `prefix` ("" for the year, "tw1." … for quarters), by jenis:
 * rasio (pembilang/penyebut typed → realisasi), nilai (realisasi typed: an index such as IDG, a count,
 * a score), status (KLA score typed in Pembilang → status).
 */
export function measuredCells(b: SheetBuilder, row: number, at: (key: string) => number, indikator: Indikator, prefix: string): void {
  const col = (field: string) => at(`${prefix}${field}`);
  const ref = (field: string) => a1(row, col(field));
  switch (indikator.jenis) {
    case "rasio":
      b.computed(row, col("realisasi"), { formula: percentFormula(ref("pembilang"), ref("penyebut")), style: STYLE.computed });
      break;
    case "nilai":
      b.style({ row, col: col("pembilang"), rows: 1, cols: 2 }, STYLE.unused);
      break;
    case "status":
      b.style({ row, col: col("penyebut"), rows: 1, cols: 1 }, STYLE.unused);
      b.computed(row, col("realisasi"), { formula: klaStatusFormula(ref("pembilang")), style: STYLE.computedText });
      break;
  }
}
