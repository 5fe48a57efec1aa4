/**
 * A triwulan year in a real formula engine (HyperFormula): quarterly targets and capaian,
 * the year's realisasi by Sifat Triwulan, and the REKAP's latest quarter — on the sheets as
 * planned, with values typed into their input cells. Expected numbers are worked out by hand.
 */
import { columnIndex } from "../../../src/core/plan/columns";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { CATALOG_TRIWULAN } from "../../support/fixtures/catalog-triwulan";
import { loadPlan } from "../../support/hyperformula";

const plan = () => buildYearPlan({ catalog: CATALOG_TRIWULAN, tahun: 2027, periode: "triwulan" });
const sheetOf = (p: ReturnType<typeof plan>, kind: "jabatan" | "rekap") => p.sheets.find((s) => s.kind === kind) as SheetPlan;

/** Values typed per indicator id and column key. */
const TYPED: Record<string, Record<string, number | string>> = {
  // The worked example on the same rasio under each sifat: TW I 10 of 20 (50 %), TW II 45 of 60 (75 %).
  ...Object.fromEntries(
    ["tw.akhir", "tw.kumulatif", "tw.rata"].map((id) => [
      id,
      { "tw1.pembilang": 10, "tw1.penyebut": 20, "tw2.pembilang": 45, "tw2.penyebut": 60, "tw1.target": 60 },
    ]),
  ),
  "tw.nilai-jumlah": { "tw1.realisasi": 30, "tw2.realisasi": 40, "tw4.realisasi": 50 },
  "tw.nilai-rata": { "tw1.realisasi": 12, "tw2.realisasi": 8, "tw1.target": 10 },
  "tw.kla": { "tw1.pembilang": 550, "tw3.pembilang": 650, "tw1.target": "Madya" },
};

describe("a triwulan sheet in HyperFormula", () => {
  const p = plan();
  const sheet = sheetOf(p, "jabatan");
  const rekap = sheetOf(p, "rekap");
  const col = (key: string) => columnIndex(sheet.table.columns, key);
  const engine = loadPlan(p, (s) => {
    if (s !== sheet) return {};
    const cells: Record<string, number | string> = {};
    for (const [id, values] of Object.entries(TYPED))
      for (const [key, value] of Object.entries(values)) cells[`${sheet.indikatorRows[id]},${col(key)}`] = value;
    return cells;
  });
  const v = (id: string, key: string) => engine.value(sheet.name, sheet.indikatorRows[id] as number, col(key));

  test("the year's realisasi by sifat: akhir 75, kumulatif 55/80 = 68.75, rata-rata (50 + 75)/2 = 62.5", () => {
    expect(v("tw.akhir", "realisasi")).toBeCloseTo(75, 9);
    expect(v("tw.kumulatif", "realisasi")).toBeCloseTo(68.75, 9);
    expect(v("tw.rata", "realisasi")).toBeCloseTo(62.5, 9);
    // The year's pembilang and penyebut: the latest quarter's, the sums, or none (rata-rata).
    expect([v("tw.akhir", "pembilang"), v("tw.akhir", "penyebut")]).toEqual([45, 60]);
    expect([v("tw.kumulatif", "pembilang"), v("tw.kumulatif", "penyebut")]).toEqual([55, 80]);
    expect([v("tw.rata", "pembilang"), v("tw.rata", "penyebut")]).toEqual(["", ""]);
  });

  test("the year's capaian against the year's target 80 from the catalog: 93.75, 85.9375, 78.125", () => {
    expect(v("tw.akhir", "target")).toBe(80);
    expect(v("tw.akhir", "capaian")).toBeCloseTo(93.75, 9);
    expect(v("tw.kumulatif", "capaian")).toBeCloseTo(85.9375, 9);
    expect(v("tw.rata", "capaian")).toBeCloseTo(78.125, 9);
    expect([v("tw.akhir", "predikat"), v("tw.kumulatif", "predikat"), v("tw.rata", "predikat")]).toEqual(["Sangat Baik", "Baik", "Baik"]);
  });

  test("a quarter's capaian against its own target: TW I 50 of target 60 → 83.33; TW II without target → blank", () => {
    expect(v("tw.kumulatif", "tw1.realisasi")).toBeCloseTo(50, 9);
    expect(v("tw.kumulatif", "tw1.capaian")).toBeCloseTo((50 / 60) * 100, 9);
    expect(v("tw.kumulatif", "tw2.capaian")).toBe("");
    expect(v("tw.kumulatif", "tw3.capaian")).toBe("");
  });

  test("negatif: TW I 12 days against 10 → (20 − 12)/10 = 80; typing TW II's target 10 gives (20 − 8)/10 = 120", () => {
    expect(v("tw.nilai-rata", "tw1.capaian")).toBeCloseTo(80, 9);
    expect(v("tw.nilai-rata", "tw2.capaian")).toBe("");
    const row = sheet.indikatorRows["tw.nilai-rata"] as number;
    engine.type(sheet.name, row, col("tw2.target"), 10);
    expect(v("tw.nilai-rata", "tw2.capaian")).toBeCloseTo(120, 9);
    engine.type(sheet.name, row, col("tw2.target"), null);
  });

  test("nilai: kumulatif 30 + 40 + 50 = 120 (capaian 120 of 100); rata-rata (12 + 8)/2 = 10 (negatif, target 10 → 100)", () => {
    expect(v("tw.nilai-jumlah", "realisasi")).toBe(120);
    expect(v("tw.nilai-jumlah", "capaian")).toBeCloseTo(120, 9);
    expect(v("tw.nilai-rata", "realisasi")).toBe(10);
    expect(v("tw.nilai-rata", "capaian")).toBeCloseTo(100, 9);
  });

  test("status marked kumulatif still takes the latest quarter: TW III 650 → Madya; TW I Pratama of target Madya → 50", () => {
    expect(v("tw.kla", "tw1.realisasi")).toBe("Pratama");
    expect(v("tw.kla", "tw1.capaian")).toBeCloseTo(50, 9);
    expect(v("tw.kla", "realisasi")).toBe("Madya");
    expect(v("tw.kla", "pembilang")).toBe(650);
    expect(v("tw.kla", "capaian")).toBe(100);
  });

  test("REKAP: the year's figures and the latest quarter reported per indicator", () => {
    const r = (id: string, key: string) =>
      engine.value(rekap.name, rekap.indikatorRows[id] as number, columnIndex(rekap.table.columns, key));
    expect(rekap.table.columns.map((c) => c.header[0])).toContain("Triwulan Terakhir");
    expect(r("tw.kumulatif", "realisasi")).toBeCloseTo(68.75, 9);
    expect(r("tw.kumulatif", "capaian")).toBeCloseTo(85.9375, 9);
    expect(r("tw.akhir", "triwulanTerakhir")).toBe("TW II");
    expect(r("tw.nilai-jumlah", "triwulanTerakhir")).toBe("TW IV");
    expect(r("tw.kla", "triwulanTerakhir")).toBe("TW III");
  });
});

describe("a triwulan sheet with nothing typed", () => {
  const p = plan();
  const sheet = sheetOf(p, "jabatan");
  const rekap = sheetOf(p, "rekap");
  const engine = loadPlan(p);

  test.each(["tw.akhir", "tw.kumulatif", "tw.rata", "tw.nilai-jumlah", "tw.nilai-rata", "tw.kla"])(
    "%s: year's realisasi, capaian, predikat and every quarter's capaian blank; REKAP's latest quarter blank",
    (id) => {
      const row = sheet.indikatorRows[id] as number;
      const keys = ["realisasi", "capaian", "predikat", "tw1.capaian", "tw2.capaian", "tw3.capaian", "tw4.capaian"];
      expect(keys.map((key) => engine.value(sheet.name, row, columnIndex(sheet.table.columns, key)))).toEqual(keys.map(() => ""));
      const rekapRow = rekap.indikatorRows[id] as number;
      expect(engine.value(rekap.name, rekapRow, columnIndex(rekap.table.columns, "triwulanTerakhir"))).toBe("");
    },
  );
});
