/**
 * scaffoldYear and the catalog's `Target <tahun>` (README, "Pressing the button again"): empty target
 * cells are filled from the catalog, a typed target is kept and listed as differing, and an emptied
 * target cell gets the catalog's value again. Also: a kode renamed in the catalog after its year's
 * sheets exist leaves those sheets alone and says so.
 */

import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog, renameKode } from "../support/catalog-fake";
import { FAKE_SPREADSHEET_URL, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

const PLANS = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027 }).sheets.filter((p) => p.kind === "jabatan");
const INDIKATOR = new Map(CATALOG_LAIN.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator)).map((i) => [i.id, i]));
/** Indicators on the 2027 sheets with a Target 2027 in the catalog. */
const WITH_TARGET = PLANS.flatMap((p) => Object.keys(p.indikatorRows).filter((id) => INDIKATOR.get(id)?.target["2027"] !== undefined));

function planOf(id: string): SheetPlan {
  return PLANS.find((p) => p.indikatorRows[id] !== undefined) as SheetPlan;
}

/** The target cell of an indicator where its row is on the sheet now (found by its id). */
function targetCell(fake: FakeSpreadsheetApp, id: string): { sheet: string; a1: string } {
  const plan = planOf(id);
  const hit = fake.user.find(plan.name, id);
  if (!hit) throw new Error(`${id} not on ${plan.name}`);
  const col = plan.table.columns.findIndex((c) => c.key === "target");
  return { sheet: plan.name, a1: `${String.fromCharCode(65 + col)}${hit.row}` };
}

const targetOf = (fake: FakeSpreadsheetApp, id: string) => {
  const { sheet, a1 } = targetCell(fake, id);
  return fake.user.cell(sheet, a1).value;
};

describe("scaffoldYear: targets from the catalog", () => {
  it("the first run fills every target the catalog has for the year and says how many", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(WITH_TARGET.length).toBeGreaterThan(5);
    expect(result.targetDariKatalog).toBe(WITH_TARGET.length);
    expect(result.targetBerbeda).toEqual([]);
    expect(result.message).toContain(`${WITH_TARGET.length} target diisi dari katalog (Target 2027).`);
    for (const id of WITH_TARGET) expect([id, targetOf(fake, id)]).toEqual([id, INDIKATOR.get(id)?.target["2027"]]);
  });

  it("a typed target is kept and listed as differing, with a link to its cell; an emptied one is filled again", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const aki = targetCell(fake, "kadinkes.aki");
    fake.user.type(aki.sheet, aki.a1, 90);
    const kla = targetCell(fake, "kadinkes.kla");
    fake.user.type(kla.sheet, kla.a1, "Madya");
    const stunting = targetCell(fake, "kadinkes.stunting");
    fake.user.type(stunting.sheet, stunting.a1, "");
    // A row inserted above: the typed targets move, the report follows them.
    fake.user.insertRows(aki.sheet, 2, 1);

    const again = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(targetOf(fake, "kadinkes.aki")).toBe(90);
    expect(targetOf(fake, "kadinkes.kla")).toBe("Madya");
    expect(targetOf(fake, "kadinkes.stunting")).toBe(11.5);
    const gid = fake.spreadsheet.sheet("2027 KADINKES")?.id;
    expect(again.targetBerbeda).toEqual([
      {
        lembar: "2027 KADINKES",
        indikator: "Angka kematian ibu per 100.000 kelahiran hidup",
        target: 90,
        katalog: 92.5,
        url: `${FAKE_SPREADSHEET_URL}#gid=${gid}&range=${targetCell(fake, "kadinkes.aki").a1}`,
      },
      {
        lembar: "2027 KADINKES",
        indikator: "Status Kabupaten Layak Anak",
        target: "Madya",
        katalog: "Nindya",
        url: `${FAKE_SPREADSHEET_URL}#gid=${gid}&range=${targetCell(fake, "kadinkes.kla").a1}`,
      },
    ]);
    expect(again.targetDariKatalog).toBe(WITH_TARGET.length - 2);
    expect(again.message).toContain(
      '2 target di lembar berbeda dari katalog dan tidak diubah: 2027 KADINKES · "Angka kematian ibu per 100.000 kelahiran hidup": 90 (katalog 92,5), 2027 KADINKES · "Status Kabupaten Layak Anak": Madya (katalog Nindya).',
    );

    // The user types the catalog's value back: no longer listed.
    const back = targetCell(fake, "kadinkes.aki");
    fake.user.type(back.sheet, back.a1, 92.5);
    const third = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(third.targetBerbeda?.map((t) => t.indikator)).toEqual(["Status Kabupaten Layak Anak"]);
    expect(third.targetDariKatalog).toBe(WITH_TARGET.length - 1);
  });

  it("a target typed where the catalog has none for the year is the user's: kept, not listed", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    ok(scaffoldYear({ tahun: 2028 }, fake.services()));
    // p2p.kla has targets for 2027 and 2029 only.
    const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2028 }).sheets.find(
      (p) => p.indikatorRows["p2p.kla"] !== undefined,
    ) as SheetPlan;
    const hit = fake.user.find(plan.name, "p2p.kla")!;
    const a1 = `${String.fromCharCode(65 + plan.table.columns.findIndex((c) => c.key === "target"))}${hit.row}`;
    expect(fake.user.cell(plan.name, a1).value).toBe("");
    fake.user.type(plan.name, a1, "Utama");
    const again = ok(scaffoldYear({ tahun: 2028 }, fake.services()));
    expect(fake.user.cell(plan.name, a1).value).toBe("Utama");
    expect(again.targetBerbeda).toEqual([]);
  });
});

describe("scaffoldYear: a kode renamed in the catalog after its year's sheets exist", () => {
  it("leaves the old sheet untouched, makes the new one, and names the old one in the answer", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    fake.user.type("2027 KASI GIZI 2", "A1", "catatan lama");
    // Not the add-on's, or another year's: not listed.
    fake.user.insertSheet("2027 catatan");
    ok(scaffoldYear({ tahun: 2026, jabatan: ["KASI GIZI 2"] }, fake.services()));
    const before = fake.user.contents("2027 KASI GIZI 2");
    renameKode(fake, "KASI GIZI 2", "KASI GIZI");
    fake.log.clear();

    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const old = fake.spreadsheet.sheet("2027 KASI GIZI 2");
    expect(fake.user.contents("2027 KASI GIZI 2")).toEqual(before);
    expect(result.lembarTakDikenal).toEqual([{ name: "2027 KASI GIZI 2", url: `${FAKE_SPREADSHEET_URL}#gid=${old?.id}` }]);
    expect(result.lembar.find((s) => s.name === "2027 KASI GIZI")?.status).toBe("dibuat");
    expect(result.message).toContain('Lembar "2027 KASI GIZI 2" tidak cocok dengan jabatan mana pun di katalog');
    // Nothing the run did touched the old sheet.
    expect(fake.log.calls.filter((c) => c.sheet === "2027 KASI GIZI 2" && c.kind === "write")).toEqual([]);
  });

  it("a catalog that still has every kode lists nothing", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(ok(scaffoldYear({ tahun: 2027 }, fake.services())).lembarTakDikenal).toEqual([]);
  });
});
