/**
 * Issue cases of "nothing typed is ever lost" on the pure carry-over: typed values that
 * look like the form's own text, a deleted id column, duplicates, the moved-aside section's rows.
 */

import { ASIDE_HEADER, ASIDE_TITLE, carryOver, type OldSheet } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { at, COL, copy, miniPlan, rendered, reorder, type } from "../../support/fixtures/plans";

/** Values of the "Nilai sebelumnya" column of the moved-aside section. */
function asideValues(plan: SheetPlan): unknown[] {
  const title = plan.cells.findIndex((row) => row.some((c) => c.value === ASIDE_TITLE));
  if (title < 0) return [];
  const col = (plan.cells[title + 2] ?? []).findIndex((c) => c.value === ASIDE_HEADER[2]);
  return plan.cells.slice(title + 3).map((row) => row[col]?.formula ?? row[col]?.value);
}

function deleteColumn(old: OldSheet, col: number): void {
  old.values.forEach((row) => row.splice(col, 1));
  old.formulas.forEach((row) => row.splice(col, 1));
}

const kadis = (periode: "tahunan" | "triwulan" = "tahunan") =>
  buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode, jabatan: ["KADIS"] }).sheets[0] as SheetPlan;
const colOf = (plan: SheetPlan, key: string) => plan.table.columns.findIndex((c) => c.key === key);

describe("carry-over never drops a typed value", () => {
  it("id column deleted: typed numbers equal to the form's numbers stay in place, rows matched by indicator text", () => {
    const plan = kadis();
    const old = copy(rendered(plan));
    const ids = Object.keys(plan.indikatorRows);
    // Numbers the form shows elsewhere (the column-number row 1–14, the No column) typed as targets and pembilang.
    ids.forEach((id, i) => {
      type(old, plan.indikatorRows[id] as number, colOf(plan, "target"), 5 + i);
      type(old, plan.indikatorRows[id] as number, colOf(plan, "pembilang"), 3);
      type(old, plan.indikatorRows[id] as number, colOf(plan, "penyebut"), 10);
    });
    deleteColumn(old, plan.table.idColumn);
    const out = carryOver(plan, old);
    expect(out.kept).toBe(ids.length * 3);
    expect(out.movedAside).toBe(0);
    ids.forEach((id, i) => {
      const row = plan.indikatorRows[id] as number;
      expect([
        at(out.plan, row, colOf(plan, "target")),
        at(out.plan, row, colOf(plan, "pembilang")),
        at(out.plan, row, colOf(plan, "penyebut")),
      ]).toEqual([5 + i, 3, 10]);
    });
  });

  it("id column deleted and rows sorted: values follow their indicator's text", () => {
    const plan = kadis();
    const old = copy(rendered(plan));
    const ids = Object.keys(plan.indikatorRows);
    ids.forEach((id, i) => type(old, plan.indikatorRows[id] as number, colOf(plan, "target"), 100 + i));
    reorder(
      old,
      plan.table.firstRow,
      ids.map((_, i) => ids.length - 1 - i),
    );
    deleteColumn(old, plan.table.idColumn);
    const out = carryOver(plan, old);
    ids.forEach((id, i) => expect(at(out.plan, plan.indikatorRows[id] as number, colOf(plan, "target"))).toBe(100 + i));
    expect(out.movedAside).toBe(0);
  });

  it("text typed outside the form that equals the form's own words is moved aside, not taken for the form", () => {
    const plan = miniPlan();
    const old = copy(rendered(plan));
    const below = old.values.length + 1;
    for (let r = old.values.length; r <= below; r++) {
      old.values.push(Array.from({ length: plan.width }, () => ""));
      old.formulas.push(Array.from({ length: plan.width }, () => ""));
    }
    ["No", "Target", "Realisasi", "Keterangan", 1, 2, "INDIKATOR MINI"].forEach((v, c) => type(old, below, c, v));
    const out = carryOver(plan, old);
    expect(asideValues(out.plan)).toEqual(["No", "Target", "Realisasi", "Keterangan", 1, 2, "INDIKATOR MINI"]);
  });

  it("a row the user inserted in the table keeps numbers that equal the No column's", () => {
    const old = copy(rendered(miniPlan()));
    old.values.splice(5, 0, [2, "", 3, "", "", "", ""]);
    old.formulas.splice(
      5,
      0,
      Array.from({ length: 7 }, () => ""),
    );
    const out = carryOver(miniPlan(), old);
    expect(asideValues(out.plan)).toEqual([2, 3]);
  });

  it("two equal values typed in one column outside the table are both kept (no de-duplication)", () => {
    const plan = miniPlan();
    const old = copy(rendered(plan));
    for (let i = 0; i < 2; i++) {
      old.values.push(["", "", "", "", "", "", ""]);
      old.formulas.push(["", "", "", "", "", "", ""]);
      type(old, old.values.length - 1, 2, 7);
    }
    const out = carryOver(plan, old);
    expect(asideValues(out.plan)).toEqual([7, 7]);
    const again = carryOver(plan, rendered(out.plan));
    expect(asideValues(again.plan)).toEqual([7, 7]);
  });

  it("text typed in the moved-aside section's title or note row is kept", () => {
    const first = carryOver(
      miniPlan(["a", "c"]),
      (() => {
        const old = copy(rendered(miniPlan()));
        type(old, 4, COL.target as number, 50);
        return old;
      })(),
    );
    const old = copy(rendered(first.plan));
    const title = old.values.findIndex((row) => row.includes(ASIDE_TITLE));
    type(old, title, 6, "catatan di judul");
    type(old, title + 1, 6, "catatan di keterangan");
    const out = carryOver(miniPlan(["a", "c"]), old);
    // In the old sheet's order: the title and note rows stand above the entry.
    expect(asideValues(out.plan)).toEqual(["catatan di judul", "catatan di keterangan", 50]);
  });

  it("a typed value in an unused cell of a matched row stays in place", () => {
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "tahunan", jabatan: ["KASUBAG UMUM"] })
      .sheets[0] as SheetPlan;
    const old = copy(rendered(plan));
    // Two of Kasubag Umum's sasaran have no indicator: their satuan cell is unused (grey), not an input.
    const rows = Array.from({ length: plan.table.lastRow - plan.table.firstRow + 1 }, (_, i) => plan.table.firstRow + i);
    const row = rows.find((r) => at(plan, r, colOf(plan, "indikator")) === undefined) as number;
    expect(row).toBeDefined();
    type(old, row, colOf(plan, "satuan"), "%");
    const out = carryOver(plan, old);
    expect(at(out.plan, row, colOf(plan, "satuan"))).toBe("%");
    expect(out.kept).toBe(1);
  });
});

describe("carry-over keeps text as text", () => {
  it("text Sheets would read as a number, date or formula is written with the text format, in place and aside", () => {
    const old = copy(rendered(miniPlan()));
    type(old, 3, COL.keterangan as number, "0812 345");
    type(old, 4, COL.keterangan as number, "1/2");
    type(old, 5, COL.keterangan as number, "catatan biasa");
    const out = carryOver(miniPlan(), old);
    expect(out.plan.cells[3]?.[COL.keterangan as number]).toMatchObject({ value: "0812 345", style: { numberFormat: "@" } });
    expect(out.plan.cells[4]?.[COL.keterangan as number]).toMatchObject({ value: "1/2", style: { numberFormat: "@" } });
    expect(out.plan.cells[5]?.[COL.keterangan as number]?.style?.numberFormat).toBeUndefined();

    const removed = carryOver(miniPlan(["a", "c"]), old);
    const title = removed.plan.cells.findIndex((row) => row.some((c) => c.value === ASIDE_TITLE));
    const entry = removed.plan.cells[title + 3]?.find((c) => c.value === "1/2");
    expect(entry?.style?.numberFormat).toBe("@");
  });
});

describe("carry-over: numbers beside the form's own numbers", () => {
  it("a number typed in the column-number row right of the table is the user's, also with the id column deleted", () => {
    const plan = kadis();
    const old = copy(rendered(plan));
    for (const row of [...old.values, ...old.formulas]) row.push("");
    const numbering = plan.table.headerRow + plan.table.headerRows - 1;
    deleteColumn(old, plan.table.idColumn);
    // The old id column's place (now empty, right of the last label) and one further right.
    type(old, numbering, plan.table.idColumn, 0);
    const out = carryOver(plan, old);
    expect(asideValues(out.plan)).toEqual([0]);
  });
});
