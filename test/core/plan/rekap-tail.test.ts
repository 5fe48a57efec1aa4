/**
 * The REKAP's tail (averages table, signature) was made shorter so that it prints with the indicator
 * table's last two rows: one blank row above the averages and one above the signature, the averages'
 * count under Target/Realisasi and the jabatan's name over Sasaran … Satuan. A REKAP written before,
 * made again without its record, keeps nothing of the old tail as if typed.
 */
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { columnIndex } from "../../../src/core/plan/columns";
import { PERIODE, type SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { insertRow, rendered, type } from "../../support/fixtures/plans";

const rekapOf = (periode: (typeof PERIODE)[number]): SheetPlan =>
  buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets.find((s) => s.kind === "rekap")!;

const rowWith = (plan: SheetPlan, text: string) => plan.cells.findIndex((row) => row.some((c) => c.value === text));

describe.each(PERIODE)("REKAP %s: ekor tabel", (periode) => {
  const rekap = rekapOf(periode);
  const at = (key: string) => columnIndex(rekap.table.columns, key);

  test("satu baris kosong di atas rata-rata dan di atas tanda tangan; hitungan di kolom Target, nama jabatan di Sasaran … Satuan", () => {
    const title = rowWith(rekap, "RATA-RATA CAPAIAN PER JABATAN");
    expect(title).toBe(rekap.table.lastRow + 2);
    const averages = rekap.signedRows!;
    expect(rekap.signature!.row).toBe(averages.lastRow + 2);
    const first = rekap.cells[averages.firstRow]!;
    expect(first[at("target")]?.formula).toMatch(/^=COUNT\(.*" dari \d+"$/);
    expect(first[at("satuan")]?.formula).toBeUndefined();
    expect(rekap.merges).toContainEqual({ row: averages.firstRow, col: at("sasaran"), rows: 1, cols: 3 });
    expect(rekap.merges).toContainEqual({ row: averages.firstRow, col: at("target"), rows: 1, cols: 2 });
  });

  test("REKAP versi sebelumnya (dua baris kosong, hitungan di kolom Satuan) dibuat lagi tanpa catatan: tidak ada yang dipindahkan", () => {
    const old = rendered(rekap);
    const { firstRow, lastRow } = rekap.signedRows!;
    // The old tail: the count one column to the left, one more blank row above the signature and above the averages.
    for (let r = firstRow; r <= lastRow; r++) {
      old.formulas[r]![at("satuan")] = old.formulas[r]![at("target")]!;
      old.formulas[r]![at("target")] = "";
    }
    insertRow(old, lastRow + 1);
    insertRow(old, rekap.table.lastRow + 1);
    expect(carryOver(rekap, old).movedAside).toBe(0);
    // The check can see a typed value there: a count typed over the old formula is the user's.
    type(old, firstRow + 1, at("satuan"), "4 dari 5");
    expect(carryOver(rekap, old).movedAside).toBe(1);
  });
});
