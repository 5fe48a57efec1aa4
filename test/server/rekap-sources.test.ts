/**
 * The REKAP finds each jabatan sheet's columns on the sheet as it stands (src/core/match/rekap-sources.ts):
 * a jabatan sheet not made again in this run, with a column a user inserted before Target, still feeds
 * the REKAP (evaluated by HyperFormula); one whose id column was deleted is named in the answer and its
 * REKAP rows say so, never a silent blank.
 */
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { TAK_TERBACA } from "../../src/core/rekap/rekap-sheet";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog } from "../support/catalog-fake";
import { deleteColumns, type FakeSpreadsheetApp, insertColumns } from "../support/fakes/spreadsheet-app";
import { loadFake } from "../support/hyperformula";

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 });
const kadis = plan.sheets[0];
const rekap = plan.sheets.find((s) => s.kind === "rekap");
if (!kadis || !rekap) throw new Error("no plan");
const id = Object.keys(kadis.indikatorRows)[0] as string;
const col = (key: string) => kadis.table.columns.findIndex((c) => c.key === key);

/** The year made, then KADIS's first indicator (a rasio) filled: target 80, pembilang 60, penyebut 100. */
function typedYear(): FakeSpreadsheetApp {
  const fake = fakeWithCatalog();
  ok(scaffoldYear({ tahun: 2027 }, fake.services()));
  const row = (kadis?.indikatorRows[id] as number) + 1;
  fake.user.type(kadis?.name as string, row, col("target") + 1, 80);
  fake.user.type(kadis?.name as string, row, col("pembilang") + 1, 60);
  fake.user.type(kadis?.name as string, row, col("penyebut") + 1, 100);
  return fake;
}

/** The REKAP row of `id` as evaluated: target, realisasi, capaian. */
function rekapRow(fake: FakeSpreadsheetApp): unknown[] {
  const engine = loadFake(fake);
  const row = rekap?.indikatorRows[id] as number;
  const at = (key: string) => rekap?.table.columns.findIndex((c) => c.key === key) as number;
  return ["target", "realisasi", "capaian"].map((key) => engine.value("2027 REKAP", row, at(key)));
}

describe("the REKAP reads jabatan sheets where their columns are", () => {
  it("today's layout: the typed values (the baseline)", () => {
    const fake = typedYear();
    ok(scaffoldYear({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fake.services()));
    expect(rekapRow(fake)).toEqual([80, 60, 75]);
  });

  it("a column inserted before Target on a sheet not made again: still read, by its header", () => {
    const fake = typedYear();
    insertColumns(fake, kadis.name, col("target") + 1);
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fake.services()));
    expect(rekapRow(fake)).toEqual([80, 60, 75]);
    expect(result.lembarTakTerbaca).toEqual([]);
  });

  it("the id column deleted: the answer names the sheet, its REKAP rows say it cannot be read", () => {
    const fake = typedYear();
    deleteColumns(fake, kadis.name, kadis.table.idColumn + 1);
    fake.log.clear();
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fake.services()));
    expect(result.lembarTakTerbaca).toEqual([{ name: kadis.name, url: expect.stringContaining("#gid=") }]);
    // Every read before the first write, as in every run.
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(result.message).toContain(`REKAP tidak dapat membaca lembar "${kadis.name}"`);
    expect(rekapRow(fake).slice(0, 2)).toEqual([TAK_TERBACA, TAK_TERBACA]);
    // Made again, the sheet feeds the REKAP again.
    const again = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(again.lembarTakTerbaca).toEqual([]);
    expect(rekapRow(fake)).toEqual([80, 60, 75]);
  });
});
