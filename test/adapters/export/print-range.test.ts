/**
 * The colour legend under each jabatan sheet is for the screen: a per-jabatan export asks
 * the address for the rows above it only; the bundle (one request for every visible sheet)
 * cannot take a range and prints it.
 */

import { exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { LEGEND_TITLE } from "../../../src/core/plan/legend";
import { fakeExportServices, gidOf, yearSpreadsheet } from "../../support/fakes/export-services";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);
const RANGE = ["ir", "ic", "r1", "c1", "r2", "c2"];
const rangeOf = (url: string) => RANGE.map((k) => new URL(url).searchParams.get(k));

describe("export address: the rows above the colour legend", () => {
  it("per jabatan: r2 is the legend's row on the live sheet, c2 the columns that hold something", () => {
    const fakes = fakeExportServices();
    exportYear({ tahun: 2027, jabatan: ["KADIS", "KABID REHSOS"] }, fakes.services, KODE_JABATAN);
    const calls = fakes.urlFetch.calls;
    expect(calls).toHaveLength(2);
    ["KADIS", "KABID REHSOS"].forEach((kode, i) => {
      const sheet = fakes.spreadsheet.sheet(`2027 ${kode}`)!;
      const legend = fakes.spreadsheetApp.user.find(`2027 ${kode}`, LEGEND_TITLE)!;
      expect(gidOf(calls[i]!.url)).toBe(sheet.id);
      // r2 is one past the last printed row (0-based): the legend's 1-based row minus one.
      expect(rangeOf(calls[i]!.url)).toEqual(["false", "false", "0", "0", String(legend.row - 1), String(sheet.extent().cols)]);
    });
  });

  it("rows a user inserted above move the range with the legend", () => {
    const fake = yearSpreadsheet(2027);
    const before = fake.user.find("2027 KADIS", LEGEND_TITLE)!.row;
    fake.user.insertRows("2027 KADIS", 12, 3);
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN);
    expect(new URL(fakes.urlFetch.calls[0]!.url).searchParams.get("r2")).toBe(String(before + 3 - 1));
  });

  it("a sheet without the legend (made before it existed, or deleted): the whole sheet, as before", () => {
    const fake = yearSpreadsheet(2027);
    const at = fake.user.find("2027 KADIS", LEGEND_TITLE)!;
    fake.user.type("2027 KADIS", at.a1, "");
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN);
    expect(rangeOf(fakes.urlFetch.calls[0]!.url)).toEqual(RANGE.map(() => null));
  });

  it("bundle: one request without a gid takes no range (the legends print in the bundle)", () => {
    const fakes = fakeExportServices();
    exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN);
    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(rangeOf(fakes.urlFetch.calls[0]!.url)).toEqual(RANGE.map(() => null));
  });
});
