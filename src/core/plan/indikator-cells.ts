import type { Indikator } from "../catalog/model";
import { predikatFormula } from "../formulas/twins";
import type { Skala } from "../rules/predikat";
import { a1 } from "../sheet/a1";
import type { Periode } from "../sheet/types";
import type { SheetBuilder } from "./builder";
import { columnIndex, type IndikatorColumn } from "./columns";
import { inputRule } from "./input-rules";
import { capaianOf, measuredCells } from "./measured-cells";
import { STYLE } from "./styles";
import { triwulanCells } from "./triwulan-cells";

/**
 * The figures of one indicator row: an input cell wherever the column model and the indicator's jenis
 * say users type (input-rules.ts), then what the add-on computes — realisasi by jenis (measured-cells.ts),
 * on a triwulan sheet each quarter's capaian and the year's figures by the Sifat Triwulan
 * (triwulan-cells.ts) — and the year's capaian and predikat.
 */
export function indikatorCells(
  b: SheetBuilder,
  row: number,
  columns: readonly IndikatorColumn[],
  indikator: Indikator,
  tahun: number,
  periode: Periode,
  skala: Skala,
): void {
  columns.forEach((column, col) => {
    const input = column.typed ? inputRule(column, indikator, tahun) : null;
    if (input) b.input(row, col, input.validation, input.cell);
  });
  const at = (key: string) => columnIndex(columns, key);
  const ref = (key: string) => a1(row, at(key));
  if (periode === "triwulan") triwulanCells(b, row, at, indikator);
  else measuredCells(b, row, at, indikator, "");

  b.computed(row, at("capaian"), { formula: capaianOf(indikator, ref("realisasi"), ref("target")), style: STYLE.computed });
  b.computed(row, at("predikat"), { formula: predikatFormula(ref("capaian"), skala), style: STYLE.computedText });
}
