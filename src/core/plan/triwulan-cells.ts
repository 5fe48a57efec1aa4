/**
 * The triwulan part of an indicator row the add-on computes: per quarter the measures of its jenis
 * and its capaian against that quarter's typed target; then the year's realisasi, pembilang and
 * penyebut from the quarters by the indicator's Sifat Triwulan (rules/triwulan.ts).
 */
import { type Indikator, JENIS, SIFAT_TRIWULAN, type SifatTriwulan } from "../catalog/model";
import { tahunanDariKuartalFormulas } from "../formulas/twins";
import { a1 } from "../sheet/a1";
import type { SheetBuilder } from "./builder";
import { TRIWULAN } from "./columns";
import { capaianOf, measuredCells } from "./measured-cells";
import { STYLE } from "./styles";

/** How the year's realisasi is found, said in its cell's note (status rows always take the latest quarter). */
function yearNote(indikator: Indikator): string {
  const sifat: SifatTriwulan = indikator.jenis === "status" ? "akhir" : indikator.sifatTriwulan;
  if (sifat === "akhir") return "Realisasi tahunan: triwulan terakhir yang terisi.";
  if (sifat === "rata-rata") return "Realisasi tahunan: rata-rata realisasi triwulan yang terisi.";
  return indikator.jenis === "rasio"
    ? "Realisasi tahunan: Σ pembilang / Σ penyebut semua triwulan × 100."
    : "Realisasi tahunan: jumlah realisasi semua triwulan.";
}

export function triwulanCells(b: SheetBuilder, row: number, at: (key: string) => number, indikator: Indikator): void {
  const ref = (key: string) => a1(row, at(key));
  for (const q of TRIWULAN) {
    const key = (field: string) => `${q.key}.${field}`;
    measuredCells(b, row, at, indikator, `${q.key}.`);
    b.computed(row, at(key("capaian")), {
      formula: capaianOf(indikator, ref(key("realisasi")), ref(key("target"))),
      style: STYLE.computed,
    });
  }

  const quarter = (field: string) => TRIWULAN.map((q) => ref(`${q.key}.${field}`));
  const year = tahunanDariKuartalFormulas(
    indikator.sifatTriwulan,
    indikator.jenis,
    { pembilang: quarter("pembilang"), penyebut: quarter("penyebut"), realisasi: quarter("realisasi") },
    { pembilang: ref("pembilang"), penyebut: ref("penyebut") },
  );
  b.computed(row, at("realisasi"), {
    formula: year.realisasi,
    style: indikator.jenis === "status" ? STYLE.computedText : STYLE.computed,
    note: yearNote(indikator),
  });
  for (const key of ["pembilang", "penyebut"] as const) {
    const formula = year[key];
    if (formula) b.computed(row, at(key), { formula, style: STYLE.computed });
    else b.style({ row, col: at(key), rows: 1, cols: 1 }, STYLE.unused);
  }
}

/**
 * The year's formulas of every Sifat Triwulan and jenis (references made up: a formula's shape ignores
 * them). On a re-run they are the form's own wherever they stand, also after a sifat changed in the
 * catalog or in a sheet made by an earlier version, never a user's formula to keep.
 */
export function triwulanYearFormulas(): string[] {
  const refs = (col: string) => TRIWULAN.map((_, i) => `${col}${i + 1}`);
  const q = { pembilang: refs("A"), penyebut: refs("B"), realisasi: refs("C") };
  return SIFAT_TRIWULAN.flatMap((sifat) =>
    JENIS.flatMap((jenis) => {
      const f = tahunanDariKuartalFormulas(sifat, jenis, q, { pembilang: "D1", penyebut: "E1" });
      return [f.realisasi, f.pembilang ?? "", f.penyebut ?? ""].filter(Boolean);
    }),
  );
}
