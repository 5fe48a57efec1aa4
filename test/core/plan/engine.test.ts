/**
 * Whole sheets in a real formula engine: typed inputs in a plan's input cells
 * give the realisasi, capaian, predikat and KLA status the core rules give, and
 * the REKAP picks them up by indicator id.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { columnIndex } from "../../../src/core/plan/columns";
import { capaian } from "../../../src/core/rules/capaian";
import { klaCapaian, klaStatus } from "../../../src/core/rules/kla";
import { percent } from "../../../src/core/rules/percent";
import { predikat } from "../../../src/core/rules/predikat";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { loadPlan } from "../../support/hyperformula";

const col = (sheet: SheetPlan, key: string) => columnIndex(sheet.table.columns, key);
const sheetOf = (plan: ReturnType<typeof buildYearPlan>, name: string) => plan.sheets.find((s) => s.name === name) as SheetPlan;

describe("tahunan sheets in HyperFormula", () => {
  const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 });
  const kadis = sheetOf(plan, "2027 KADIS");
  const rekap = sheetOf(plan, "2027 REKAP");
  const pmks = kadis.indikatorRows["kadis.pmks-terpulihkan"] as number;
  const idg = kadis.indikatorRows["kadis.idg"] as number;
  const kla = kadis.indikatorRows["kadis.kla"] as number;

  const engine = loadPlan(plan, (sheet) =>
    sheet === kadis
      ? {
          [`${pmks},${col(kadis, "target")}`]: 80,
          [`${pmks},${col(kadis, "pembilang")}`]: 45,
          [`${pmks},${col(kadis, "penyebut")}`]: 60,
          [`${idg},${col(kadis, "target")}`]: 70,
          [`${idg},${col(kadis, "realisasi")}`]: 63.5,
          [`${kla},${col(kadis, "target")}`]: "Nindya",
          [`${kla},${col(kadis, "pembilang")}`]: 650,
        }
      : {},
  );
  const at = (row: number, key: string) => engine.value(kadis.name, row, col(kadis, key));

  test("rasio: pembilang/penyebut → realisasi → capaian → predikat (45 of 60 → 75; 75/80 → 93.75)", () => {
    expect(at(pmks, "realisasi")).toBeCloseTo(75, 9);
    expect(at(pmks, "capaian")).toBeCloseTo(93.75, 9);
    expect(at(pmks, "predikat")).toBe("Sangat Baik");
    // The same through the core rules:
    expect(percent([45], [60])).toBeCloseTo(at(pmks, "realisasi") as number, 9);
    expect(predikat(capaian(75, 80) as number)).toBe(at(pmks, "predikat"));
  });

  test("indeks: typed realisasi → capaian 63.5/70", () => {
    expect(at(idg, "capaian")).toBeCloseTo((63.5 / 70) * 100, 9);
    expect(at(idg, "predikat")).toBe("Sangat Baik");
  });

  test("status: KLA score 650 → Madya; below the Nindya target → capaian 2/3 (66.7 > 65) → predikat Cukup", () => {
    expect(at(kla, "realisasi")).toBe("Madya");
    expect(klaStatus(650)).toBe("Madya");
    expect(at(kla, "capaian")).toBeCloseTo((2 / 3) * 100, 9);
    expect(at(kla, "capaian")).toBeCloseTo(klaCapaian("Madya", "Nindya") as number, 9);
    expect(at(kla, "predikat")).toBe("Cukup");
    engine.type(kadis.name, kla, col(kadis, "pembilang"), 910);
    expect(at(kla, "realisasi")).toBe("KLA");
    expect(at(kla, "capaian")).toBe(100);
    engine.type(kadis.name, kla, col(kadis, "pembilang"), 650);
  });

  test("blank and zero-target rows show no capaian and no predikat", () => {
    const sekretaris = sheetOf(plan, "2027 SEKRETARIS");
    const row = sekretaris.indikatorRows["sekretaris.pmks-terpulihkan"] as number;
    const v = (key: string) => engine.value(sekretaris.name, row, col(sekretaris, key));
    expect([v("realisasi"), v("capaian"), v("predikat")]).toEqual(["", "", ""]);
    engine.type(sekretaris.name, row, col(sekretaris, "pembilang"), 5);
    engine.type(sekretaris.name, row, col(sekretaris, "penyebut"), 10);
    expect(v("realisasi")).toBeCloseTo(50, 9);
    expect([v("capaian"), v("predikat")]).toEqual(["", ""]);
    engine.type(sekretaris.name, row, col(sekretaris, "target"), 0);
    expect(v("capaian")).toBe("Target harus > 0");
    expect(v("predikat")).toBe("");
    engine.type(sekretaris.name, row, col(sekretaris, "penyebut"), 0);
    expect(v("realisasi")).toBe("Penyebut 0");
    expect(v("capaian")).toBe("");
  });

  test("REKAP pulls target, realisasi, capaian, predikat by id and averages per jabatan", () => {
    const r = rekap.indikatorRows["kadis.pmks-terpulihkan"] as number;
    const rc = (key: string) => engine.value(rekap.name, r, columnIndex(rekap.table.columns, key));
    expect(rc("target")).toBe(80);
    expect(rc("realisasi")).toBeCloseTo(75, 9);
    expect(rc("capaian")).toBeCloseTo(93.75, 9);
    expect(rc("predikat")).toBe("Sangat Baik");
    // A blank target on another jabatan stays blank in the REKAP, not 0.
    const other = rekap.indikatorRows["rehsos.pmks-rehabilitasi"] as number;
    expect(engine.value(rekap.name, other, columnIndex(rekap.table.columns, "target"))).toBe("");
    // Average of KADIS: (93.75 + 90.714… + 66.67) / 3 over indicators with a capaian.
    const chart = rekap.charts[0]!;
    const kadisAvg = engine.value(rekap.name, chart.values.row, chart.values.col);
    expect(kadisAvg).toBeCloseTo((93.75 + (63.5 / 70) * 100 + (2 / 3) * 100) / 3, 9);
    // A jabatan with no capaian yet has a blank average and no predikat.
    expect(engine.value(rekap.name, chart.values.row + 1, chart.values.col)).toBe("");
    expect(engine.value(rekap.name, chart.values.row + 1, chart.values.col + 1)).toBe("");
  });
});

describe("triwulan sheets in HyperFormula", () => {
  const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2028, periode: "triwulan", jabatan: ["KABID REHSOS", "KADIS"] });
  const sheet = sheetOf(plan, "2028 KABID REHSOS");
  const row = sheet.indikatorRows["rehsos.anak-terlantar"] as number;
  const engine = loadPlan(plan);
  const v = (key: string) => engine.value(sheet.name, row, col(sheet, key));
  const type = (key: string, value: number) => engine.type(sheet.name, row, col(sheet, key), value);

  test("the year's realisasi comes from the latest quarter filled (cumulative)", () => {
    type("target", 90);
    type("tw1.pembilang", 10);
    type("tw1.penyebut", 40);
    expect(v("realisasi")).toBeCloseTo(25, 9);
    type("tw2.pembilang", 30);
    type("tw2.penyebut", 40);
    expect(v("tw2.realisasi")).toBeCloseTo(75, 9);
    expect(v("realisasi")).toBeCloseTo(75, 9);
    expect(v("pembilang")).toBe(30);
    expect(v("penyebut")).toBe(40);
    expect(v("capaian")).toBeCloseTo((75 / 90) * 100, 9);
    expect(v("predikat")).toBe("Baik");
  });

  test("the KLA status per quarter and the year's status", () => {
    const kadis = sheetOf(plan, "2028 KADIS");
    const kla = kadis.indikatorRows["kadis.kla"] as number;
    const k = (key: string) => engine.value(kadis.name, kla, col(kadis, key));
    engine.type(kadis.name, kla, col(kadis, "target"), "Madya");
    engine.type(kadis.name, kla, col(kadis, "tw1.pembilang"), 550);
    expect(k("tw1.realisasi")).toBe("Pratama");
    expect(k("capaian")).toBeCloseTo(50, 9);
    engine.type(kadis.name, kla, col(kadis, "tw3.pembilang"), 640);
    expect(k("realisasi")).toBe("Madya");
    expect(k("capaian")).toBe(100);
  });
});
