import { EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import { tahunJakarta } from "../../src/core/tahun";
import { getSidebarData, tahunAda } from "../../src/server/sidebar-data";
import type { SidebarData } from "../../src/shared/api";
import { createFakeSpreadsheetApp } from "../fakes/spreadsheet-app";
const KODES = CATALOG.jabatan.map((j) => j.kode);

function data(names: string[], now: Date): SidebarData {
  const fake = createFakeSpreadsheetApp();
  for (const name of names) fake.spreadsheet.insertSheet(name);
  const response = getSidebarData(fake.services(), now);
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

describe("getSidebarData", () => {
  it("lists the jabatan of the catalog (kode and nama) and both periode", () => {
    const d = data([], new Date("2027-06-01T00:00:00Z"));
    expect(d.jabatan).toEqual(CATALOG.jabatan.map((j) => ({ kode: j.kode, nama: j.nama })));
    expect(d.jabatan).toHaveLength(7);
    expect(d.periode).toEqual(["tahunan", "triwulan"]);
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
    const d = data(["Sheet1", "2027 KADIS", "2025 REKAP", "2027 REKAP", "2026 catatan", "2030 KABID PPPA", "x2028 KADIS"], new Date("2027-06-01T00:00:00Z"));
    expect(d.tahunAda).toEqual([2025, 2027, 2030]);
    expect(tahunAda([], KODES)).toEqual([]);
    // Sheets matches sheet names without regard to case: a renamed "2029 Kabid Pppa" is still that year's sheet.
    expect(tahunAda(["2029 Kabid Pppa", "2031 rekap"], KODES)).toEqual([2029, 2031]);
  });

  it("a hand-made sheet moved aside ('<name> (lama)', '(lama 2)') is not a year's sheet", () => {
    expect(tahunAda(["2026 KADIS (lama)", "2028 REKAP (lama 2)", "2029 kadis (LAMA)", "2030 KADIS"], KODES)).toEqual([2030]);
  });

  it("reads sheet names only, before any write", () => {
    const fake = createFakeSpreadsheetApp();
    fake.spreadsheet.insertSheet("2027 KADIS");
    fake.log.clear();
    getSidebarData(fake.services(), new Date("2027-06-01T00:00:00Z"));
    expect(fake.log.calls.map((c) => [c.method, c.kind])).toEqual([
      ["getSheets", "read"],
      ["getName", "read"],
    ]);
  });

  it("answers an Indonesian error when the spreadsheet cannot be read", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const response = getSidebarData({ spreadsheet: { getSheets: () => { throw new Error("boom"); } } });
    expect(response).toEqual({ ok: false, error: expect.stringContaining("Data sidebar tidak dapat dimuat: boom") });
    spy.mockRestore();
  });
});
