/**
 * How each kind of input column is typed into on an indicator row (columns.ts gives every column its
 * kind): the validation that rejects bad input, the note that says what to type, the look of a cell to
 * fill, and a starting value. Null: the indicator's jenis does not type into that column (the add-on
 * computes it, or leaves it unused: measured-cells.ts). One place for every input of the form.
 */
import type { Indikator } from "../catalog/model";
import { KLA_STATUS } from "../rules/kla";
import type { CellPlan, CellStyle, ValidationPlan } from "../sheet/types";
import { type IndikatorColumn, TAHUNAN_GROUP } from "./columns";
import { STYLE } from "./styles";

export const NON_NEGATIVE: ValidationPlan = { kind: "number", min: 0, help: "Isi angka 0 atau lebih." };
const INDEKS: ValidationPlan = { kind: "number", min: 0, max: 100, help: "Isi indeks 0–100." };
const NILAI_KLA: ValidationPlan = { kind: "number", min: 0, max: 1000, help: "Isi nilai evaluasi KLA 0–1000." };
const STATUS_KLA: ValidationPlan = { kind: "list", values: KLA_STATUS, help: "Pilih status KLA dari daftar." };
const CATATAN: ValidationPlan = { kind: "text", help: "Catatan bebas." };

export interface InputCell {
  validation: ValidationPlan;
  cell: CellPlan;
}

const isIndeks = (indikator: Indikator): boolean => indikator.satuan.trim().toLowerCase() === "indeks";

/** A number 0 or more; an index (satuan "indeks", e.g. IDG) 0–100. */
const nilaiValidation = (indikator: Indikator): ValidationPlan => (isIndeks(indikator) ? INDEKS : NON_NEGATIVE);

/** The quarter a column belongs to (its group label), or undefined for the year's columns. */
const quarterOf = (column: IndikatorColumn): string | undefined =>
  column.group && column.group !== TAHUNAN_GROUP ? column.group : undefined;

/** What a quarter's figures cover, ending the notes of its input cells. */
function quarterWhen(indikator: Indikator, quarter: string | undefined): string {
  if (!quarter) return "";
  if (indikator.jenis === "status" || indikator.sifatTriwulan === "akhir") return ` (${quarter}, angka s.d. ${quarter})`;
  return indikator.sifatTriwulan === "kumulatif" ? ` (${quarter}, triwulan ini saja)` : ` (${quarter})`;
}

/** The input cell of `column` on the row of `indikator` in the year `tahun`, or null where its jenis types nothing there. */
export function inputRule(column: IndikatorColumn, indikator: Indikator, tahun: number): InputCell | null {
  const quarter = quarterOf(column);
  const when = quarterWhen(indikator, quarter);
  const status = indikator.jenis === "status";
  const input = (validation: ValidationPlan, note: string, style: CellStyle = STYLE.input): InputCell => ({
    validation,
    cell: { style, note },
  });
  switch (column.typed) {
    case "target": {
      const validation = status ? STATUS_KLA : nilaiValidation(indikator);
      const style = status ? STYLE.inputText : STYLE.input;
      if (quarter) {
        const satuan = status ? "status KLA" : indikator.satuan;
        return input(validation, `Target ${quarter} (${satuan}); kosong: capaian ${quarter} tidak dihitung.`, style);
      }
      // The year's target starts with the catalog's `Target <tahun>` when there is one.
      const value = indikator.target[String(tahun)];
      const note = status ? `Target ${tahun}: status KLA yang hendak dicapai.` : `Target ${tahun} (${indikator.satuan}).`;
      return { validation, cell: { ...(value !== undefined ? { value } : {}), style, note } };
    }
    case "pembilang":
      if (indikator.jenis === "rasio") return input(NON_NEGATIVE, `Pembilang${when}: ${indikator.pembilang ?? ""}`);
      return status ? input(NILAI_KLA, `Nilai evaluasi KLA${when} (0–1000); status dihitung otomatis.`) : null;
    case "penyebut":
      return indikator.jenis === "rasio" ? input(NON_NEGATIVE, `Penyebut${when}: ${indikator.penyebut ?? ""}`) : null;
    case "realisasi":
      if (indikator.jenis !== "nilai") return null;
      return input(
        nilaiValidation(indikator),
        isIndeks(indikator)
          ? `Realisasi${when}: nilai indeks 0–100 (misalnya =IDG(…)).`
          : `Realisasi${when}: nilai yang dicapai (${indikator.satuan}).`,
      );
    case "catatan":
      return { validation: CATATAN, cell: { style: STYLE.inputText } };
    default:
      return null;
  }
}
