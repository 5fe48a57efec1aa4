/**
 * Issue 10: triwulan pages printed at ≥ 7 pt headers and ≥ 8 pt body on A4 landscape. The printed
 * scale is worked out here from the page (297 × 210 mm, the margins in print.ts) and the widths of
 * the printed columns, as a spreadsheet program fits a sheet to the page width.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { printHiddenFromHeader } from "../../../src/core/match/printed-columns";
import { headerRows, printHiddenColumns } from "../../../src/core/plan/columns";
import { LEGACY_TRIWULAN_COLUMNS } from "../../../src/core/plan/legacy-columns";
import { PRINT } from "../../../src/core/print/print";
import type { Periode, SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";

const A4_LANDSCAPE_WIDTH_PT = (297 / 25.4) * 72;
const BODY_PT = 10; // the form's font (offline/workbook.ts FONT_SIZE; Sheets' default)

const sheets = (periode: Periode) => buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets;

function printedScale(plan: SheetPlan): number {
  const left = new Set([...plan.hiddenColumns, ...(plan.printHiddenColumns ?? [])]);
  const px = plan.columnWidths.reduce((s, w, c) => s + (left.has(c) ? 0 : w), 0);
  const printable = A4_LANDSCAPE_WIDTH_PT - (PRINT.marginsInch.left + PRINT.marginsInch.right) * 72;
  return Math.min(1, printable / (px * 0.75));
}

describe("a triwulan sheet as printed", () => {
  const jabatan = sheets("triwulan").filter((s) => s.kind === "jabatan");

  test("leaves out Formulasi, Sumber Data and every Pembilang / Penyebut; keeps Target, Realisasi, Capaian per quarter", () => {
    const plan = jabatan[0] as SheetPlan;
    const label = (c: number) => plan.table.columns[c]?.header.join(" / ");
    const left = (plan.printHiddenColumns ?? []).map(label);
    expect(left).toEqual([
      "Penjelasan / Formulasi Penghitungan",
      "Sumber Data",
      ...["TW I", "TW II", "TW III", "TW IV", "Tahunan"].flatMap((g) => [`${g} / Pembilang`, `${g} / Penyebut`]),
    ]);
    const kept = plan.table.columns.map((_, c) => c).filter((c) => !left.includes(label(c)) && !plan.hiddenColumns.includes(c));
    expect(kept.map(label)).toEqual(
      expect.arrayContaining(["TW III / Target", "TW III / Realisasi", "TW III / Capaian (%)", "Tahunan / Predikat"]),
    );
  });

  test.each(jabatan.map((s) => [s.name, s]))("%s: body ≥ 8 pt and header ≥ 7 pt on A4 landscape", (_, plan) => {
    const scale = printedScale(plan);
    const headerPt = plan.cells[plan.table.headerRow]?.[0]?.style?.fontSize ?? BODY_PT;
    expect(BODY_PT * scale).toBeGreaterThanOrEqual(8);
    expect(headerPt * scale).toBeGreaterThanOrEqual(7);
  });

  test("a tahunan sheet prints every column, as before; the REKAP without its BUKTI counts", () => {
    for (const plan of sheets("tahunan")) {
      const screenOnly = (plan.printHiddenColumns ?? []).map((c) => plan.table.columns[c]?.header[0]);
      expect(screenOnly).toEqual(plan.kind === "rekap" ? ["Bukti", "Terverifikasi"] : []);
    }
  });
});

describe("the printed columns found on a live sheet from its header rows", () => {
  const rowsOf = (plan: SheetPlan) => plan.cells.slice(0, plan.table.firstRow).map((row) => row.map((c) => c.value ?? ""));

  test("a triwulan sheet: the same columns as its plan says", () => {
    const plan = sheets("triwulan")[0] as SheetPlan;
    expect(printHiddenFromHeader(rowsOf(plan))).toEqual(plan.printHiddenColumns);
  });

  test("a tahunan sheet, and a sheet without a header: nothing left out", () => {
    expect(printHiddenFromHeader(rowsOf(sheets("tahunan")[0] as SheetPlan))).toEqual([]);
    expect(printHiddenFromHeader([])).toEqual([]);
  });

  test("an older triwulan sheet (three columns a quarter): its quarters' Pembilang / Penyebut and the text columns", () => {
    const [top, labels] = headerRows(LEGACY_TRIWULAN_COLUMNS);
    const found = printHiddenFromHeader([["INDIKATOR KINERJA INDIVIDU (IKI)"], top ?? [], labels ?? []]);
    const expected = LEGACY_TRIWULAN_COLUMNS.flatMap((c, i) => (/^(formulasi|sumber|tw\d\.(pembilang|penyebut))$/.test(c.key) ? [i] : []));
    expect(found).toEqual(expected);
    expect(printHiddenColumns(LEGACY_TRIWULAN_COLUMNS)).toEqual(expected);
  });
});
