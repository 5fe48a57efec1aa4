import { writeCatalogSheets } from "../../src/adapters/sheets/catalog-write";
import { EXAMPLE_CATALOG } from "../../src/core/catalog/example";
import type { Catalog } from "../../src/core/catalog/model";
import { tahunJakarta } from "../../src/core/tahun";
import { getSidebarData, tahunAda } from "../../src/server/sidebar-data";
import type { SidebarData } from "../../src/shared/api";
import { createFakeSpreadsheetApp, deleteSheet, FAKE_SPREADSHEET_URL, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

const KODES = EXAMPLE_CATALOG.jabatan.map((j) => j.kode);

function withCatalog(catalog: Catalog | null, names: string[] = []): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  for (const name of names) fake.user.insertSheet(name);
  if (catalog) writeCatalogSheets(fake.services(), catalog, [2027]);
  fake.log.clear();
  return fake;
}

function dataOf(fake: FakeSpreadsheetApp, now = new Date("2027-06-01T00:00:00Z")): SidebarData {
  const response = getSidebarData(fake.services(), now);
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

function data(names: string[], now: Date): SidebarData {
  return dataOf(withCatalog(EXAMPLE_CATALOG, names), now);
}

describe("getSidebarData", () => {
  it.each([
    ["the built-in example", EXAMPLE_CATALOG],
    ["another OPD's", CATALOG_LAIN],
  ])("lists the jabatan of the catalog read from the spreadsheet (%s), its place, and both periode", (_, catalog) => {
    const fake = withCatalog(catalog);
    const d = dataOf(fake);
    expect(d.jabatan).toEqual(catalog.jabatan.map((j) => ({ kode: j.kode, nama: j.nama })));
    expect(d.katalog).toMatchObject({
      ada: true,
      url: `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("KATALOG")!.id}`,
      jabatan: catalog.jabatan.length,
      masalah: [],
    });
    expect(d.periode).toEqual(["tahunan", "triwulan"]);
  });

  it("no catalog yet: no jabatan (never the built-in example's), and the catalog section says so", () => {
    const d = dataOf(withCatalog(null, ["Sheet1"]));
    expect(d.jabatan).toEqual([]);
    expect(d.katalog).toMatchObject({ ada: false, url: "", jabatan: 0, indikator: 0 });
    expect(d.katalog.masalah).toHaveLength(3);
  });

  it("a catalog with problems, or with a sheet deleted: no jabatan to choose, the problems linked", () => {
    const fake = withCatalog(EXAMPLE_CATALOG);
    fake.user.type("KATALOG", "I3", "persen");
    const d = dataOf(fake);
    expect(d.jabatan).toEqual([]);
    expect(d.katalog.masalah.map((m) => m.url)).toEqual([`${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("KATALOG")!.id}&range=I3`]);
    expect(d.katalog.jabatan).toBe(7);
    deleteSheet(fake, "PENGATURAN");
    const gone = dataOf(fake);
    expect(gone.katalog.ada).toBe(false);
    expect(gone.jabatan).toEqual([]);
  });

  it("offers last year to two years ahead, this year (Asia/Jakarta) by default", () => {
    const d = data([], new Date("2027-06-01T00:00:00Z"));
    expect(d.tahunPilihan).toEqual([2026, 2027, 2028, 2029]);
    expect(d.tahunDefault).toBe(2027);
  });

  it("uses the year in Jakarta near New Year, not the machine's time zone", () => {
    // 18:00 UTC on 31 December is already 01:00 on 1 January in Jakarta (UTC+7).
    const d = data([], new Date("2026-12-31T18:00:00Z"));
    expect(d.tahunDefault).toBe(2027);
    expect(d.tahunPilihan).toEqual([2026, 2027, 2028, 2029]);
    expect(tahunJakarta(new Date("2026-12-31T16:59:59Z"))).toBe(2026);
    expect(tahunJakarta(new Date("2026-12-31T17:00:00Z"))).toBe(2027);
  });

  it("finds the years that already have sheets, by '<tahun> <kode>' or '<tahun> REKAP'", () => {
    const d = data(
      ["Sheet1", "2027 KADIS", "2025 REKAP", "2027 REKAP", "2026 catatan", "2030 KABID PPPA", "x2028 KADIS"],
      new Date("2027-06-01T00:00:00Z"),
    );
    expect(d.tahunAda).toEqual([2025, 2027, 2030]);
    expect(tahunAda([], KODES)).toEqual([]);
    // Sheets matches sheet names without regard to case: a renamed "2029 Kabid Pppa" is still that year's sheet.
    expect(tahunAda(["2029 Kabid Pppa", "2031 rekap"], KODES)).toEqual([2029, 2031]);
  });

  it("kode are the catalog's: another OPD's sheets count, the example's do not; without a catalog only REKAP tells", () => {
    const names = ["2026 KADINKES", "2027 KADIS", "2028 REKAP"];
    expect(
      tahunAda(
        names,
        CATALOG_LAIN.jabatan.map((j) => j.kode),
      ),
    ).toEqual([2026, 2028]);
    expect(tahunAda(names, [])).toEqual([2028]);
  });

  it("a hand-made sheet moved aside ('<name> (lama)', '(lama 2)') is not a year's sheet", () => {
    expect(tahunAda(["2026 KADIS (lama)", "2028 REKAP (lama 2)", "2029 kadis (LAMA)", "2030 KADIS"], KODES)).toEqual([2030]);
  });

  it("without a catalog: reads sheet names only, and writes nothing", () => {
    const fake = withCatalog(null, ["2027 KADIS"]);
    getSidebarData(fake.services(), new Date("2027-06-01T00:00:00Z"));
    expect(fake.log.calls.map((c) => [c.method, c.kind])).toEqual([
      ["getSheets", "read"],
      ["getName", "read"],
    ]);
  });

  it("with the catalog: the names, each catalog sheet's values, the address; no lookup by name, no write (blank IDs wait)", () => {
    const fake = withCatalog(EXAMPLE_CATALOG, ["2027 KADIS"]);
    const idg = fake.user.find("KATALOG", "kadis.idg")!;
    fake.user.type("KATALOG", idg.a1, "");
    dataOf(fake);
    expect(fake.log.calls.filter((c) => c.kind !== "handle").map((c) => c.method)).toEqual([
      "getSheets",
      ...Array(5).fill("getName"),
      ...["getDataRange", "getValues", "getDataRange", "getValues", "getDataRange", "getValues", "getDataRange", "getValues"],
      "getUrl",
    ]);
    expect(fake.user.cell("KATALOG", idg.a1).value).toBe("");
  });

  it("answers an Indonesian error when the spreadsheet cannot be read", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const response = getSidebarData({
      spreadsheet: {
        getSheets: () => {
          throw new Error("boom");
        },
      } as never,
    });
    expect(response).toEqual({ ok: false, error: expect.stringContaining("Data sidebar tidak dapat dimuat: boom") });
    spy.mockRestore();
  });
});
