/**
 * The column model (src/core/plan/columns.ts): every layout's keys pinned, and what derives from the
 * model — input cells, printed columns, the REKAP's lookups, the hidden id — checked against the plans.
 * Expected lists are written out here, from README "The sidebar: preparing a year", not taken from src.
 */

import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { type IndikatorColumn, printHiddenColumns, tableColumns } from "../../../src/core/plan/columns";
import { LEGACY_TRIWULAN_COLUMNS } from "../../../src/core/plan/legacy-columns";
import { rekapKeys } from "../../../src/core/plan/rekap-keys";
import { buktiColumns } from "../../../src/core/rekap/bukti-sheet";
import { rekapColumns } from "../../../src/core/rekap/rekap-sheet";
import type { Periode, SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";

const QUARTERS = ["tw1", "tw2", "tw3", "tw4"];
const YEAR = ["target", "pembilang", "penyebut", "realisasi", "capaian", "predikat"];
const TEXT = ["no", "sasaran", "indikator", "formulasi", "sumber", "satuan"];

const PINNED: Record<string, { keys: readonly string[]; layout: () => readonly { key: string }[] }> = {
  "jabatan, tahunan": { keys: [...TEXT, ...YEAR, "keterangan", "id"], layout: () => tableColumns("tahunan") },
  "jabatan, triwulan": {
    keys: [
      ...TEXT,
      ...QUARTERS.flatMap((q) => ["target", "pembilang", "penyebut", "realisasi", "capaian"].map((k) => `${q}.${k}`)),
      ...YEAR,
      "keterangan",
      "id",
    ],
    layout: () => tableColumns("triwulan"),
  },
  "jabatan, triwulan before issue 10 (frozen)": {
    keys: [
      ...TEXT,
      "target",
      ...QUARTERS.flatMap((q) => ["pembilang", "penyebut", "realisasi"].map((k) => `${q}.${k}`)),
      ...YEAR.slice(1),
      "keterangan",
      "id",
    ],
    layout: () => LEGACY_TRIWULAN_COLUMNS,
  },
  "REKAP, tahunan": {
    keys: ["no", "jabatan", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "bukti", "terverifikasi", "id"],
    layout: () => rekapColumns("tahunan"),
  },
  "REKAP, triwulan": {
    keys: [
      ...["no", "jabatan", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "triwulanTerakhir"],
      ...["bukti", "terverifikasi", "id"],
    ],
    layout: () => rekapColumns("triwulan"),
  },
  // Still read (core/match/layouts.ts): REKAPs written before the BUKTI sheet.
  "REKAP, tahunan, before the BUKTI sheet": {
    keys: ["no", "jabatan", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "id"],
    layout: () => rekapColumns("tahunan", { bukti: false }),
  },
  "REKAP, triwulan, before the BUKTI sheet": {
    keys: ["no", "jabatan", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "triwulanTerakhir", "id"],
    layout: () => rekapColumns("triwulan", { bukti: false }),
  },
  BUKTI: {
    keys: ["no", "jabatan", "indikator", "periode", "bukti", "verifikasi", "catatan", "id"],
    layout: () => buktiColumns(),
  },
};

describe("every layout's keys are pinned", () => {
  test.each(Object.entries(PINNED))("%s", (name, { keys, layout }) => {
    const actual = layout().map((c) => c.key);
    if (JSON.stringify(actual) !== JSON.stringify(keys)) {
      throw new Error(
        `The ${name} layout changed: ${JSON.stringify(actual)}.\n` +
          "Sheets made with the previous layout are still in users' spreadsheets: copy the previous layout into " +
          "src/core/plan/legacy-columns.ts (frozen, listed in FROZEN_JABATAN_LAYOUTS) so the carry-over still reads them, " +
          "then update the keys pinned here.",
      );
    }
    expect(actual).toEqual(keys);
  });

  test("every key is unique within its layout", () => {
    for (const { layout } of Object.values(PINNED)) {
      const keys = layout().map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

const jabatanPlans = (periode: Periode) =>
  buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets.filter((s) => s.kind === "jabatan");

/** The columns holding an input cell on `row` of `plan`. */
const inputColumnsOn = (plan: SheetPlan, row: number): number[] =>
  plan.inputs.flatMap((a) => (row >= a.row && row < a.row + a.rows ? [a.col] : [])).sort((x, y) => x - y);

describe("what derives from the model", () => {
  describe.each(["tahunan", "triwulan"] as const)("%s", (periode) => {
    const columns = tableColumns(periode);
    const byKey = (keys: readonly string[]) => keys.map((k) => columns.findIndex((c) => c.key === k)).sort((a, b) => a - b);
    const plans = jabatanPlans(periode);
    const indikator = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator));
    const jenisOf = (id: string) => indikator.find((i) => i.id === id)?.jenis;
    const q = (fields: string[]) => (periode === "triwulan" ? QUARTERS.flatMap((t) => fields.map((f) => `${t}.${f}`)) : []);
    const yearTyped = (fields: string[]) => (periode === "tahunan" ? fields : []);
    // Per jenis, the keys users type into (README, "The sidebar: preparing a year", Cells).
    const typedKeys: Record<string, string[]> = {
      rasio: ["target", ...yearTyped(["pembilang", "penyebut"]), ...q(["target", "pembilang", "penyebut"]), "keterangan"],
      nilai: ["target", ...yearTyped(["realisasi"]), ...q(["target", "realisasi"]), "keterangan"],
      status: ["target", ...yearTyped(["pembilang"]), ...q(["target", "pembilang"]), "keterangan"],
    };

    test("input cells: on each indicator row exactly the columns its jenis types into", () => {
      let rows = 0;
      for (const plan of plans) {
        for (const [id, row] of Object.entries(plan.indikatorRows)) {
          const jenis = jenisOf(id) as string;
          expect([id, inputColumnsOn(plan, row)]).toEqual([id, byKey(typedKeys[jenis] as string[])]);
          rows++;
        }
      }
      expect(rows).toBeGreaterThan(20);
    });

    test("the carry-over's input columns are the typed ones", () => {
      const input = columns.flatMap((c, i) => (c.input ? [i] : []));
      expect(input).toEqual(byKey([...new Set(Object.values(typedKeys).flat())]));
    });

    test("printed columns, hidden id and the REKAP's lookups", () => {
      const screenOnly = periode === "triwulan" ? ["formulasi", "sumber", ...q(["pembilang", "penyebut"]), "pembilang", "penyebut"] : [];
      for (const plan of plans) {
        expect(plan.printHiddenColumns).toEqual(byKey(screenOnly));
        expect(plan.hiddenColumns).toEqual(byKey(["id"]));
      }
      expect(printHiddenColumns(columns)).toEqual(byKey(screenOnly));
      expect([...rekapKeys(periode)].sort()).toEqual(["capaian", "id", "realisasi", "target", ...q(["realisasi"])].sort());
    });
  });

  test("a column's input flag is never set apart from its kind (one fact, not two)", () => {
    const all: IndikatorColumn[] = [...tableColumns("tahunan"), ...tableColumns("triwulan"), ...LEGACY_TRIWULAN_COLUMNS];
    for (const c of all) expect([c.key, c.input]).toEqual([c.key, c.typed !== undefined]);
  });
});
