/**
 * A sheet made again with another table layout than it was written with. Triwulan sheets made by the previous version (the year's Target first, Pembilang, Penyebut,
 * Realisasi under each quarter, no quarterly target or capaian, no "Tahunan" group) are still in
 * users' spreadsheets. Made again with the new layout, every value typed there lands on the same
 * indicator, quarter and field, and none of the old sheet's own formulas is kept as the user's.
 * A year switched from triwulan to tahunan keeps the year's values in place and moves the quarters' aside.
 */

import { carryOver, type OldSheet } from "../../../src/core/carry/carry";
import { allIndikator, EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { latestByFormula, latestFilledFormula } from "../../../src/core/formulas/twins";
import { columnIndex, TRIWULAN } from "../../../src/core/plan/columns";
import { LEGACY_TRIWULAN_COLUMNS } from "../../../src/core/plan/legacy-columns";
import { a1 } from "../../../src/core/sheet/a1";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { CATALOG_TRIWULAN, KODE_TRIWULAN } from "../../support/fixtures/catalog-triwulan";
import { rendered } from "../../support/fixtures/plans";
import { HEADER_TRIWULAN_LAMA_LABELS, HEADER_TRIWULAN_LAMA_TOP } from "../../support/spec";

const KEYS = LEGACY_TRIWULAN_COLUMNS.map((c) => c.key);
const legacyCol = (key: string) => KEYS.indexOf(key);

/**
 * The sheet as the previous version wrote it for the same jabatan: the new plan's cells moved to the
 * old columns by key (quarterly targets and capaian dropped), the old header, and the old year's
 * formulas (the latest quarter filled in, whatever the sifat). Formulas are compared by shape, so the
 * remapped quarter formulas stand for the old ones.
 */
function legacySheet(plan: SheetPlan, catalog: Catalog): OldSheet {
  const jenisOf = new Map(allIndikator(catalog).map((i) => [i.indikator.id, i.indikator.jenis]));
  const fresh = rendered(plan);
  const from = (row: unknown[]) => KEYS.map((key) => row[columnIndex(plan.table.columns, key)] ?? "");
  const values = fresh.values.map(from);
  const formulas = fresh.formulas.map(from) as string[][];
  const h = plan.table.headerRow;
  values[h] = [...HEADER_TRIWULAN_LAMA_TOP, "ID"];
  values[h + 1] = [...HEADER_TRIWULAN_LAMA_LABELS, ""];
  values[h + 2] = KEYS.map((_, i) => i + 1);
  for (const r of [h, h + 1, h + 2]) formulas[r] = KEYS.map(() => "");
  for (const [id, r] of Object.entries(plan.indikatorRows)) {
    const jenis = jenisOf.get(id);
    const quarter = (field: string) => TRIWULAN.map((q) => a1(r, legacyCol(`${q.key}.${field}`)));
    const set = (key: string, formula: string) => {
      (formulas[r] as string[])[legacyCol(key)] = formula;
      (values[r] as unknown[])[legacyCol(key)] = "";
    };
    set("realisasi", latestFilledFormula(quarter("realisasi")));
    if (jenis !== "nilai") set("pembilang", latestByFormula(quarter("realisasi"), quarter("pembilang")));
    if (jenis === "rasio") set("penyebut", latestByFormula(quarter("realisasi"), quarter("penyebut")));
  }
  return { values, formulas };
}

/** The fixture without its akhir and status rows: the new sheet writes no latest-quarter formula of its own. */
const TANPA_AKHIR: Catalog = {
  ...CATALOG_TRIWULAN,
  jabatan: CATALOG_TRIWULAN.jabatan.map((j) => ({
    ...j,
    sasaran: j.sasaran.map((s) => ({ ...s, indikator: s.indikator.filter((i) => i.sifatTriwulan !== "akhir" && i.jenis !== "status") })),
  })),
};

const catalogs: [string, string, Catalog][] = [
  ["KADIS", "the built-in example", EXAMPLE_CATALOG],
  ["KABID REHSOS", "the built-in example", EXAMPLE_CATALOG],
  [KODE_TRIWULAN, "every sifat", CATALOG_TRIWULAN],
  [KODE_TRIWULAN, "kumulatif and rata-rata only", TANPA_AKHIR],
];

/** Types a distinct number (text in Keterangan) into every cell both layouts have as an input; returns [id, key, value]. */
function typeInputs(old: OldSheet, plan: SheetPlan): [string, string, unknown][] {
  const typed: [string, string, unknown][] = [];
  const isInput = (r: number, c: number) => plan.inputs.some((a) => a.row <= r && r < a.row + a.rows && a.col <= c && c < a.col + a.cols);
  for (const [id, r] of Object.entries(plan.indikatorRows)) {
    LEGACY_TRIWULAN_COLUMNS.forEach((column, c) => {
      if (!column.input || !isInput(r, columnIndex(plan.table.columns, column.key))) return;
      const value = column.key === "keterangan" ? `catatan ${id}` : r * 100 + c + 0.5;
      (old.values[r] as unknown[])[c] = value;
      (old.formulas[r] as string[])[c] = "";
      typed.push([id, column.key, value]);
    });
  }
  return typed;
}

const edits: Record<string, (old: OldSheet, plan: SheetPlan) => void> = {
  "as it was": () => {},
  "with its header row deleted": (old, plan) => {
    old.values.splice(plan.table.headerRow, 1);
    old.formulas.splice(plan.table.headerRow, 1);
  },
  "with its hidden id column deleted": (old) => {
    for (const row of [...old.values, ...old.formulas]) row.splice(legacyCol("id"), 1);
  },
};

describe.each(catalogs)("an old-layout triwulan sheet of %s (%s), made again", (kode, _, catalog) => {
  const plan = buildYearPlan({ catalog, tahun: 2027, periode: "triwulan", jabatan: [kode] }).sheets[0] as SheetPlan;

  test.each(Object.keys(edits))("%s: every typed value in the same quarter and field, nothing moved aside", (edit) => {
    const old = legacySheet(plan, catalog);
    const typed = typeInputs(old, plan);
    expect(typed.filter(([, key]) => key.startsWith("tw4.")).length).toBeGreaterThan(0);
    (edits[edit] as (old: OldSheet, plan: SheetPlan) => void)(old, plan);

    const out = carryOver(plan, old);
    const landed = typed.map(([id, key]) => {
      const cell = out.plan.cells[plan.indikatorRows[id] as number]?.[columnIndex(plan.table.columns, key)];
      return [id, key, cell?.value];
    });
    expect(landed).toEqual(typed);
    expect(out.movedAside).toBe(0);
    expect(out.kept).toBe(typed.length);
  });
});

describe("triwulan → tahunan", () => {
  const build = (periode: "tahunan" | "triwulan") =>
    buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode, jabatan: ["KADIS"] }).sheets;
  const [triwulan, rekapTriwulan] = build("triwulan") as [SheetPlan, SheetPlan];
  const [tahunan, rekapTahunan] = build("tahunan") as [SheetPlan, SheetPlan];
  const id = "kadis.pmks-terpulihkan";

  test("the year's target and keterangan stay in place; a quarter's target and pembilang are moved aside, labelled by quarter", () => {
    const old = rendered(triwulan);
    const row = triwulan.indikatorRows[id] as number;
    const typed: [string, unknown][] = [
      ["target", 75],
      ["keterangan", "catatan"],
      ["tw1.target", 60],
      ["tw2.pembilang", 45],
    ];
    for (const [key, value] of typed) (old.values[row] as unknown[])[columnIndex(triwulan.table.columns, key)] = value;
    const out = carryOver(tahunan, old);
    const cell = (key: string) => out.plan.cells[tahunan.indikatorRows[id] as number]?.[columnIndex(tahunan.table.columns, key)]?.value;
    expect([cell("target"), cell("keterangan")]).toEqual([75, "catatan"]);
    const aside = out.plan.cells.flat().map((c) => c.value);
    expect(out.movedAside).toBe(2);
    expect(aside).toEqual(expect.arrayContaining(["TW I / Target", 60, "TW II / Pembilang", 45]));
  });

  test.each([
    ["REKAP triwulan → tahunan", rekapTahunan, rekapTriwulan],
    ["REKAP tahunan → triwulan", rekapTriwulan, rekapTahunan],
  ])("%s: the other REKAP's labels and formulas are the form's, nothing moved aside", (_, plan, former) => {
    const out = carryOver(plan, rendered(former));
    expect([out.kept, out.movedAside]).toEqual([0, 0]);
  });
});

describe("a Sifat Triwulan changed in the catalog between two runs", () => {
  const semuaAkhir: Catalog = {
    ...TANPA_AKHIR,
    jabatan: TANPA_AKHIR.jabatan.map((j) => ({
      ...j,
      sasaran: j.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => ({ ...i, sifatTriwulan: "akhir" as const })) })),
    })),
  };
  const sheet = (catalog: Catalog) =>
    buildYearPlan({ catalog, tahun: 2027, periode: "triwulan", jabatan: [KODE_TRIWULAN] }).sheets[0] as SheetPlan;

  test.each([
    ["akhir → kumulatif / rata-rata", semuaAkhir, TANPA_AKHIR],
    ["kumulatif / rata-rata → akhir", TANPA_AKHIR, semuaAkhir],
  ])("%s: the year's old formulas are the form's; typed quarters stay", (_, before, after) => {
    const former = sheet(before);
    const plan = sheet(after);
    const old = rendered(former);
    const typed: [number, number, number][] = [];
    for (const r of Object.values(former.indikatorRows)) {
      for (const area of former.inputs.filter((a) => a.row <= r && r < a.row + a.rows && a.validation.kind === "number")) {
        (old.values[r] as unknown[])[area.col] = r + area.col / 100;
        typed.push([r, area.col, r + area.col / 100]);
      }
    }
    const out = carryOver(plan, old);
    expect(out.movedAside).toBe(0);
    expect(typed.map(([r, c]) => out.plan.cells[r]?.[c]?.value)).toEqual(typed.map(([, , v]) => v));
  });
});

describe("a Polaritas or Jenis changed in the catalog between two runs", () => {
  const flip = (catalog: Catalog, change: (i: Catalog["jabatan"][number]["sasaran"][number]["indikator"][number]) => object): Catalog => ({
    ...catalog,
    jabatan: catalog.jabatan.map((j) => ({
      ...j,
      sasaran: j.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => ({ ...i, ...change(i) })) })),
    })),
  });
  const negatif = flip(EXAMPLE_CATALOG, (i) => ({ polaritas: i.polaritas === "positif" ? "negatif" : "positif" }));
  const nilai = flip(EXAMPLE_CATALOG, (i) => (i.jenis === "rasio" ? { jenis: "nilai" } : {}));
  const kode = EXAMPLE_CATALOG.jabatan[3]?.kode as string;

  test.each([
    ["positif → negatif, tahunan", EXAMPLE_CATALOG, negatif, "tahunan"],
    ["negatif → positif, triwulan", negatif, EXAMPLE_CATALOG, "triwulan"],
    ["rasio → nilai, tahunan", EXAMPLE_CATALOG, nilai, "tahunan"],
    ["nilai → rasio, triwulan", nilai, EXAMPLE_CATALOG, "triwulan"],
  ] as const)("%s: the old capaian and realisasi formulas are the form's, nothing is moved aside", (_, before, after, periode) => {
    const sheet = (catalog: Catalog) => buildYearPlan({ catalog, tahun: 2027, periode, jabatan: [kode] }).sheets[0] as SheetPlan;
    const out = carryOver(sheet(after), rendered(sheet(before)));
    expect(out.movedAside).toBe(0);
  });
});

describe("a triwulan sheet whose second header row (Target, Pembilang, …) was deleted", () => {
  const sheet = (periode: "tahunan" | "triwulan") =>
    buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode, jabatan: ["KADIS"] }).sheets[0] as SheetPlan;
  test.each(["tahunan", "triwulan"] as const)(
    "made again as %s: the signature and header are the form's, nothing moved aside",
    (periode) => {
      const former = sheet("triwulan");
      const old = rendered(former);
      const labels = former.table.headerRow + 1;
      expect(old.values[labels]).toContain("Pembilang");
      old.values.splice(labels, 1);
      old.formulas.splice(labels, 1);
      const out = carryOver(sheet(periode), old);
      expect(out.movedAside).toBe(0);
    },
  );
});
