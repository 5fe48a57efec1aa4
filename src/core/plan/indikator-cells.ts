import type { Indikator } from "../catalog/model";
import { predikatFormula } from "../formulas/twins";
import type { Skala } from "../rules/predikat";
import { a1 } from "../sheet/a1";
import type { SheetBuilder } from "./builder";
import { capaianOf, measuredCells, targetCell } from "./measured-cells";
import { STYLE } from "./styles";
import { triwulanCells } from "./triwulan-cells";
import type { Periode } from "../sheet/types";

/**
 * Target, pembilang, penyebut, realisasi, capaian and predikat of one indicator
 * row, by jenis (measured-cells.ts). The target cell starts with the catalog's
 * `Target <tahun>` when there is one. Triwulan: each quarter has its own target,
 * measures and capaian, and the year's cells follow the Sifat Triwulan (triwulan-cells.ts).
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
  const target = indikator.target[String(tahun)];
  const note = indikator.jenis === "status" ? `Target ${tahun}: status KLA yang hendak dicapai.` : `Target ${tahun} (${indikator.satuan}).`;
  targetCell(b, row, at("target"), indikator, note, target !== undefined ? { value: target } : {});

  if (periode === "triwulan") triwulanCells(b, row, at, indikator);
  else measuredCells(b, row, at, indikator, "");

  b.computed(row, at("capaian"), { formula: capaianOf(indikator, ref("realisasi"), ref("target")), style: STYLE.computed });
  b.computed(row, at("predikat"), { formula: predikatFormula(ref("capaian"), skala), style: STYLE.computedText });
}
