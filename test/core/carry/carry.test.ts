import { ASIDE_HEADER, ASIDE_TITLE, carryOver, formulaShape, type OldSheet } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { at, COL, copy, insertRow, miniPlan, rendered, reorder, type } from "../../support/fixtures/plans";

/** Types target, realisasi and keterangan for every indicator of a rendered mini plan (ids a, b, c at rows 3–5). */
function typedMini(): OldSheet {
  const old = copy(rendered(miniPlan()));
  [
    [3, 100, 80, "catatan A"],
    [4, 50, 45, "catatan B"],
    [5, 10, 9, "catatan C"],
  ].forEach(([row, target, realisasi, ket]) => {
    type(old, row as number, COL.target as number, target);
    type(old, row as number, COL.realisasi as number, realisasi);
    type(old, row as number, COL.keterangan as number, ket);
  });
  return old;
}

function expectTyped(plan: SheetPlan, id: string, target: unknown, realisasi: unknown, ket: unknown): void {
  const row = plan.indikatorRows[id] as number;
  expect([at(plan, row, COL.target as number), at(plan, row, COL.realisasi as number), at(plan, row, COL.keterangan as number)]).toEqual([
    target,
    realisasi,
    ket,
  ]);
}

/** The moved-aside entries of a carried plan: rows below the section header, as { asal, id, nilai, kolom, keterangan }. */
function asideEntries(plan: SheetPlan): Record<string, unknown>[] {
  const title = plan.cells.findIndex((row) => row.some((c) => c.value === ASIDE_TITLE));
  if (title < 0) return [];
  const header = plan.cells[title + 2] ?? [];
  const cols = ASIDE_HEADER.map((label) => header.findIndex((c) => c.value === label));
  return plan.cells.slice(title + 3).map((row) => {
    const [asal, id, nilai, kolom, keterangan] = cols.map((c) => row[c]?.formula ?? row[c]?.value);
    return { asal, id, nilai, kolom, keterangan };
  });
}

describe("carryOver on a hand-made plan", () => {
  it("first run (no old sheet, or an empty one): the plan unchanged", () => {
    const plan = miniPlan();
    expect(carryOver(plan, null)).toEqual({ plan, kept: 0, movedAside: 0, record: expect.stringMatching(/^IKI1\|/), perubahan: [] });
    expect(carryOver(plan, { values: [[""]], formulas: [[""]] })).toEqual({
      plan,
      kept: 0,
      movedAside: 0,
      record: expect.stringMatching(/^IKI1\|/),
      perubahan: [],
    });
  });

  it("a re-run of an untouched sheet keeps nothing and moves nothing", () => {
    const plan = miniPlan();
    const out = carryOver(plan, rendered(plan));
    expect(out.kept).toBe(0);
    expect(out.movedAside).toBe(0);
    expect(out.plan.cells).toEqual(plan.cells);
  });

  it("a re-run keeps every typed value in its input cell", () => {
    const out = carryOver(miniPlan(), typedMini());
    expect(out.kept).toBe(9);
    expect(out.movedAside).toBe(0);
    expectTyped(out.plan, "a", 100, 80, "catatan A");
    expectTyped(out.plan, "b", 50, 45, "catatan B");
    expectTyped(out.plan, "c", 10, 9, "catatan C");
    // Computed cells keep the plan's formula; styles and notes of input cells stay.
    expect(at(out.plan, 3, COL.capaian as number)).toBe(miniPlan().cells[3]?.[COL.capaian as number]?.formula);
    expect(out.plan.cells[3]?.[COL.target as number]?.note).toBe("Target tahunan");
  });

  it("keeps values after rows were inserted above the table (found by its header labels)", () => {
    const old = typedMini();
    insertRow(old, 1);
    insertRow(old, 0);
    const out = carryOver(miniPlan(), old);
    expect(out.kept).toBe(9);
    expect(out.movedAside).toBe(0);
    expectTyped(out.plan, "a", 100, 80, "catatan A");
    expectTyped(out.plan, "c", 10, 9, "catatan C");
  });

  it("keeps values after the rows were sorted (matched by id, not by row)", () => {
    const old = typedMini();
    reorder(old, 3, [2, 0, 1]); // c, a, b
    const out = carryOver(miniPlan(), old);
    expect(out.kept).toBe(9);
    expectTyped(out.plan, "a", 100, 80, "catatan A");
    expectTyped(out.plan, "b", 50, 45, "catatan B");
    expectTyped(out.plan, "c", 10, 9, "catatan C");
  });

  it("keeps values when a column was inserted by the user, and moves what was typed in that column aside", () => {
    const old = typedMini();
    for (const [r, row] of old.values.entries()) {
      row.splice(2, 0, r === 2 ? "Catatan Pimpinan" : r === 4 ? "cek ulang" : "");
      (old.formulas[r] as string[]).splice(2, 0, "");
    }
    const out = carryOver(miniPlan(), old);
    expectTyped(out.plan, "a", 100, 80, "catatan A");
    expectTyped(out.plan, "b", 50, 45, "catatan B");
    expect(asideEntries(out.plan)).toEqual([
      { asal: "baris 3", id: "", nilai: "Catatan Pimpinan", kolom: "kolom C", keterangan: "di luar tabel, teksnya bukan bagian formulir" },
      { asal: "baris 5 · Indikator B", id: "b", nilai: "cek ulang", kolom: "Catatan Pimpinan", keterangan: "kolom tambahan di tabel" },
    ]);
  });

  it("moves the typed values of a removed indicator aside, with its id and name", () => {
    const out = carryOver(miniPlan(["a", "c"]), typedMini());
    expect(out.kept).toBe(6);
    expect(out.movedAside).toBe(3);
    expectTyped(out.plan, "a", 100, 80, "catatan A");
    expectTyped(out.plan, "c", 10, 9, "catatan C");
    const why = "indikator ini tidak ada lagi di lembar";
    expect(asideEntries(out.plan)).toEqual([
      { asal: "baris 5 · Indikator B", id: "b", nilai: 50, kolom: "Target", keterangan: why },
      { asal: "baris 5 · Indikator B", id: "b", nilai: 45, kolom: "Realisasi", keterangan: why },
      { asal: "baris 5 · Indikator B", id: "b", nilai: "catatan B", kolom: "Keterangan", keterangan: why },
    ]);
    // The section sits below the plan, after one blank row, with a border round header and entries.
    const title = out.plan.cells.findIndex((row) => row.some((c) => c.value === ASIDE_TITLE));
    expect(title).toBe(miniPlan(["a", "c"]).cells.length + 1);
    expect(out.plan.rowHeights).toHaveLength(out.plan.cells.length);
    expect(out.plan.borders.at(-1)).toEqual({ row: title + 2, col: 1, rows: 4, cols: 5 });
    // "Nilai sebelumnya" is an input (the user empties it after moving a value back): unprotected.
    const nilaiCol = (out.plan.cells[title + 2] ?? []).findIndex((c) => c.value === "Nilai sebelumnya");
    expect(out.plan.inputs.at(-1)).toMatchObject({ row: title + 3, col: nilaiCol, rows: 3, cols: 1, validation: { kind: "text" } });
  });

  it("moves a value typed over a computed cell aside; the formula comes back", () => {
    const old = typedMini();
    type(old, 4, COL.capaian as number, 99);
    const out = carryOver(miniPlan(), old);
    expect(at(out.plan, 4, COL.capaian as number)).toMatch(/^=IF\(/);
    expect(asideEntries(out.plan)).toEqual([
      { asal: "baris 5 · Indikator B", id: "b", nilai: 99, kolom: "Capaian (%)", keterangan: "diketik menimpa sel yang dihitung otomatis" },
    ]);
  });

  it("moves a user's own formula over a computed cell aside, and keeps one typed in an input cell", () => {
    const old = typedMini();
    type(old, 3, COL.capaian as number, "=IKI_CAPAIAN(D4,C4)");
    type(old, 5, COL.realisasi as number, "=IDG(60,70,80)");
    const out = carryOver(miniPlan(), old);
    expect(at(out.plan, 5, COL.realisasi as number)).toBe("=IDG(60,70,80)");
    expect(asideEntries(out.plan)).toEqual([
      {
        asal: "baris 4 · Indikator A",
        id: "a",
        nilai: "=IKI_CAPAIAN(D4,C4)",
        kolom: "Capaian (%)",
        keterangan: "rumus sendiri menimpa sel yang dihitung otomatis",
      },
    ]);
  });

  it("moves text typed in a row the user inserted inside the table aside", () => {
    const old = typedMini();
    insertRow(old, 5, ["", "baris tambahan saya", 7]);
    const out = carryOver(miniPlan(), old);
    expect(out.kept).toBe(9);
    expect(asideEntries(out.plan)).toEqual([
      { asal: "baris 6", id: "", nilai: "baris tambahan saya", kolom: "Indikator Kinerja", keterangan: "baris sisipan di dalam tabel" },
      { asal: "baris 6", id: "", nilai: 7, kolom: "Target", keterangan: "baris sisipan di dalam tabel" },
    ]);
  });

  it("keeps a user's correction of the form's text in place", () => {
    const old = typedMini();
    type(old, 4, COL.indikator as number, "Indikator B (diperbaiki)");
    const out = carryOver(miniPlan(), old);
    expect(at(out.plan, 4, COL.indikator as number)).toBe("Indikator B (diperbaiki)");
    expect(out.movedAside).toBe(0);
  });

  it("keeps the moved-aside section across re-runs, without duplicates; an emptied entry goes", () => {
    const first = carryOver(miniPlan(["a", "c"]), typedMini());
    expect(first.movedAside).toBe(3);
    const again = carryOver(miniPlan(["a", "c"]), rendered(first.plan));
    expect(again.movedAside).toBe(3);
    expect(again.kept).toBe(6);
    expect(asideEntries(again.plan)).toEqual(asideEntries(first.plan));

    const old = copy(rendered(first.plan));
    const row = old.values.findIndex((r) => r.includes(45));
    type(old, row, old.values[row]?.indexOf(45) as number, "");
    const third = carryOver(miniPlan(["a", "c"]), old);
    expect(third.movedAside).toBe(2);
    expect(asideEntries(third.plan).map((e) => e.nilai)).toEqual([50, "catatan B"]);
  });

  it("no header found: typed text is moved aside, the form's own text is not", () => {
    const plan = miniPlan();
    const old: OldSheet = {
      values: [
        ["INDIKATOR MINI", ""],
        ["catatan lepas", 42],
      ],
      formulas: [
        ["", ""],
        ["", ""],
      ],
    };
    const out = carryOver(plan, old);
    expect(asideEntries(out.plan).map((e) => e.nilai)).toEqual(["catatan lepas", 42]);
  });
});

describe("formulaShape", () => {
  it("ignores references, sheet names and text, not the functions", () => {
    expect(formulaShape('=IF(D5="","",D5/C5*100)')).toBe(formulaShape('=IF(D9="","",D9/C9*100)'));
    expect(formulaShape(`=INDEX('2027 KADIS'!$J:$J,MATCH("kadis.idg",'2027 KADIS'!$Z:$Z,0))`)).toBe(
      formulaShape(`=INDEX('2027 SEKRETARIS'!$K:$K,MATCH("sekretaris.idg",'2027 SEKRETARIS'!$Y:$Y,0))`),
    );
    expect(formulaShape("=IKI_CAPAIAN(J5,G5)")).not.toBe(formulaShape('=IF(G5="","",J5/G5*100)'));
  });
});

describe("carryOver on the real year plans", () => {
  const periodes = ["tahunan", "triwulan"] as const;

  it.each(periodes)("%s: a re-run of untouched sheets keeps and moves nothing", (periode) => {
    for (const sheet of buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets) {
      const out = carryOver(sheet, rendered(sheet));
      expect([sheet.name, out.kept, out.movedAside]).toEqual([sheet.name, 0, 0]);
    }
  });

  it("triwulan: quarter values are kept by id and group + label, also after sorting", () => {
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "triwulan", jabatan: ["KABID REHSOS"] })
      .sheets[0] as SheetPlan;
    const cols = plan.table.columns;
    const col = (key: string) => cols.findIndex((c) => c.key === key);
    const old = copy(rendered(plan));
    const ids = Object.keys(plan.indikatorRows);
    ids.forEach((id, i) => {
      const row = plan.indikatorRows[id] as number;
      type(old, row, col("target"), 90 + i);
      type(old, row, col("tw2.pembilang"), 10 + i);
      type(old, row, col("tw2.penyebut"), 20 + i);
    });
    reorder(
      old,
      plan.table.firstRow,
      ids.map((_, i) => ids.length - 1 - i),
    );
    insertRow(old, 2);
    const out = carryOver(plan, old);
    expect(out.movedAside).toBe(0);
    expect(out.kept).toBe(ids.length * 3);
    ids.forEach((id, i) => {
      const row = plan.indikatorRows[id] as number;
      expect([at(out.plan, row, col("target")), at(out.plan, row, col("tw2.pembilang")), at(out.plan, row, col("tw2.penyebut"))]).toEqual([
        90 + i,
        10 + i,
        20 + i,
      ]);
    });
  });

  it("tahunan → triwulan: a yearly pembilang now computed is moved aside, the target is kept", () => {
    const [tahunan] = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "tahunan", jabatan: ["KADIS"] }).sheets as [
      SheetPlan,
    ];
    const [triwulan] = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "triwulan", jabatan: ["KADIS"] }).sheets as [
      SheetPlan,
    ];
    const id = "kadis.pmks-terpulihkan";
    const colIn = (plan: SheetPlan, key: string) => plan.table.columns.findIndex((c) => c.key === key);
    const old = copy(rendered(tahunan));
    type(old, tahunan.indikatorRows[id] as number, colIn(tahunan, "target"), 75);
    type(old, tahunan.indikatorRows[id] as number, colIn(tahunan, "pembilang"), 45);
    const out = carryOver(triwulan, old);
    expect(at(out.plan, triwulan.indikatorRows[id] as number, colIn(triwulan, "target"))).toBe(75);
    expect(asideEntries(out.plan)).toEqual([
      {
        asal: expect.stringContaining("Persentase PMKS"),
        id,
        nilai: 45,
        kolom: "Pembilang",
        keterangan: "diketik menimpa sel yang dihitung otomatis",
      },
    ]);
  });
});
