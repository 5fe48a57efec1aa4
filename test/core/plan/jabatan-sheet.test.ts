import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXAMPLE_CATALOG as CATALOG } from "../../../src/core/catalog";
import { columnIndex } from "../../../src/core/plan/columns";
import { repeatRows } from "../../../src/core/print/print";
import type { CellPlan, SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { HEADER_TAHUNAN, HEADER_TRIWULAN_LABELS, HEADER_TRIWULAN_TOP, SHEETS_2027 } from "../../support/spec";

const SEED = readFileSync(resolve(__dirname, "../../support/fixtures/seed-sampang.txt"), "utf8");
const texts = (sheet: SheetPlan) =>
  sheet.cells
    .flat()
    .map((c: CellPlan) => c.value)
    .filter((v): v is string => typeof v === "string");

describe.each(["tahunan", "triwulan"] as const)("jabatan sheets, %s", (periode) => {
  const plan = buildYearPlan({ catalog: CATALOG, tahun: 2027, periode });
  const jabatanSheets = plan.sheets.filter((s) => s.kind === "jabatan");

  test("one sheet per jabatan in catalog order, named <tahun> <kode>, then REKAP and BUKTI", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([...SHEETS_2027]);
  });

  test.each(CATALOG.jabatan.map((j) => [j.kode, j] as const))(
    "%s: form header, table, indicators once each, signature",
    (kode, jabatan) => {
      const sheet = jabatanSheets.find((s) => s.kode === kode) as SheetPlan;
      const all = texts(sheet);
      expect(all[0]).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");
      expect(all).toContain("TAHUN 2027");
      for (const label of ["1. JABATAN", "2. TUGAS", "3. FUNGSI"]) expect(all).toContain(label);
      expect(all).toContain(jabatan.nama);
      // Header labels: exact, in order; triwulan: TW I–IV × (Target, Pembilang, Penyebut, Realisasi, Capaian), then Tahunan.
      const { headerRow, columns, idColumn } = sheet.table;
      const labelRow = (r: number) => (sheet.cells[r] as CellPlan[]).slice(0, idColumn).map((c) => c.value ?? "");
      if (periode === "tahunan") {
        expect(labelRow(headerRow)).toEqual(HEADER_TAHUNAN);
      } else {
        expect(labelRow(headerRow)).toEqual(HEADER_TRIWULAN_TOP);
        expect(labelRow(headerRow + 1)).toEqual(HEADER_TRIWULAN_LABELS);
      }
      // Every indicator exactly once, on the row the plan says, with its id in the hidden column; seed text verbatim.
      const ids = jabatan.sasaran.flatMap((s) => s.indikator.map((i) => i.id));
      expect(Object.keys(sheet.indikatorRows).sort()).toEqual([...ids].sort());
      for (const sasaran of jabatan.sasaran) {
        for (const indikator of sasaran.indikator) {
          const row = sheet.cells[sheet.indikatorRows[indikator.id] as number] as CellPlan[];
          expect(row[idColumn]?.value).toBe(indikator.id);
          expect(row[columnIndex(columns, "indikator")]?.value).toBe(indikator.nama);
          expect(SEED).toContain(indikator.nama);
          expect(all.filter((t) => t === indikator.nama).length).toBe(1);
        }
        expect(SEED).toContain(sasaran.nama);
      }
      expect(all).toContain("MOHAMMAD FADELL S.Pd. M.S");
      expect(all).toContain("NIP. 19680223 198803 1 001");
      expect(sheet.hiddenColumns).toEqual([idColumn]);
      expect(sheet.frozenRows).toBe(0);
      expect(repeatRows(sheet)).toEqual({ first: headerRow, last: sheet.table.firstRow - 1 });
    },
  );

  test("a sasaran spans its indicator rows (merged vertically)", () => {
    const rehsos = jabatanSheets.find((s) => s.kode === "KABID REHSOS") as SheetPlan;
    const sasaranCol = columnIndex(rehsos.table.columns, "sasaran");
    const span = rehsos.merges.find((m) => m.col === sasaranCol && m.row === rehsos.table.firstRow);
    expect(span?.rows).toBe(5);
    const pppa = jabatanSheets.find((s) => s.kode === "KABID PPPA") as SheetPlan;
    const spans = pppa.merges.filter((m) => m.col === sasaranCol && m.row >= pppa.table.firstRow).map((m) => m.rows);
    expect(spans).toEqual([4]);
  });

  test("Kasubag Umum keeps its two sasaran without indicator, with no input cells on them", () => {
    const umum = jabatanSheets.find((s) => s.kode === "KASUBAG UMUM") as SheetPlan;
    const { firstRow, lastRow } = umum.table;
    expect(lastRow - firstRow + 1).toBe(3);
    const inputRows = new Set(umum.inputs.flatMap((a) => Array.from({ length: a.rows }, (_, i) => a.row + i)));
    expect(inputRows.has(firstRow + 1) || inputRows.has(firstRow + 2)).toBe(false);
  });

  test("computed cells use built-in functions only and are protected; inputs are validated", () => {
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells.flat()) {
        if (!cell.formula) continue;
        const fns = cell.formula.match(/[A-Z][A-Z0-9_.]*(?=\()/g) ?? [];
        for (const fn of fns)
          expect([
            "IF",
            "AND",
            "OR",
            "NOT",
            "ISNUMBER",
            "COUNT",
            "COUNTA",
            "COUNTIFS",
            "TODAY",
            "DATE",
            "SUM",
            "MAX",
            "INDEX",
            "MATCH",
            "IFERROR",
            "AVERAGE",
          ]).toContain(fn);
      }
      const protectedCells = new Set(sheet.protectedAreas.flatMap((a) => cellsOf(a)));
      sheet.cells.forEach((row, r) => row.forEach((cell, c) => cell.formula && expect(protectedCells.has(`${r},${c}`)).toBe(true)));
      const inputCells = sheet.inputs.flatMap((a) => cellsOf(a));
      for (const key of inputCells) expect(protectedCells.has(key)).toBe(false);
    }
  });
});

describe("triwulan layout", () => {
  const sheet = buildYearPlan({ catalog: CATALOG, tahun: 2027, periode: "triwulan", jabatan: ["KADIS"] }).sheets[0] as SheetPlan;
  const { headerRow } = sheet.table;

  test("each group label spans its columns: TW I–IV five each from the 7th column, Tahunan six", () => {
    const groups = sheet.merges.filter((m) => m.row === headerRow && m.rows === 1).map((m) => [m.col, m.cols]);
    expect(groups).toEqual([
      [6, 5],
      [11, 5],
      [16, 5],
      [21, 5],
      [26, 6],
    ]);
    // The one-row labels (No … Satuan, Keterangan, the hidden ID) span both label rows.
    const tall = sheet.merges.filter((m) => m.row === headerRow && m.rows === 2).map((m) => m.col);
    expect(tall).toEqual([0, 1, 2, 3, 4, 5, 32, 33]);
  });

  test("a quarter's target, pembilang, penyebut are typed; its realisasi (rasio) and capaian computed; the year's target typed", () => {
    const row = sheet.indikatorRows["kadis.pmks-terpulihkan"] as number;
    const inputCols = new Set(sheet.inputs.filter((a) => a.row <= row && row < a.row + a.rows).map((a) => a.col));
    const at = (key: string) => columnIndex(sheet.table.columns, key);
    for (const key of ["tw1.target", "tw1.pembilang", "tw1.penyebut", "tw4.target", "target", "keterangan"])
      expect(inputCols.has(at(key))).toBe(true);
    for (const key of ["tw1.realisasi", "tw1.capaian", "pembilang", "realisasi", "capaian"]) {
      expect(inputCols.has(at(key))).toBe(false);
      expect(sheet.cells[row]?.[at(key)]?.formula).toMatch(/^=/);
    }
  });
});

function cellsOf(a: { row: number; col: number; rows: number; cols: number }): string[] {
  const out: string[] = [];
  for (let r = a.row; r < a.row + a.rows; r++) for (let c = a.col; c < a.col + a.cols; c++) out.push(`${r},${c}`);
  return out;
}
