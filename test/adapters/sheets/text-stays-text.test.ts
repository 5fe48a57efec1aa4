/**
 * Catalog text that starts with "=", "+", "-" or "@" lands as text (issue 9, "Text stays text"): Sheets'
 * setValues reads such a string as a formula ("=…", and "+…"/"-…" too, as typing it would; "@…" is
 * Lotus-style), so in a General cell the adapter quotes it with a leading apostrophe, which Sheets keeps
 * as text and does not show; a text-format (@) cell takes it as it is, no apostrophe (issue 15). The fake
 * models "=" only; the values handed to setValues are checked for the other three.
 */

import { readSheetCatalog } from "../../../src/adapters/sheets/catalog";
import { cellValue } from "../../../src/adapters/sheets/grids";
import type { Catalog } from "../../../src/core/catalog/model";
import { scaffoldYear } from "../../../src/server/scaffold-year";
import { fakeWithCatalog } from "../../support/catalog-fake";
import { FakeRange } from "../../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const LEADS = ["=", "+", "-", "@"];

describe("cellValue", () => {
  it.each(["=SUM(A1:A9)", "=1+1", "+62 812", "-5", "- butir", "@ Σ kasus", "'kutip"])("quotes %j so it stays text", (value) => {
    expect(cellValue({ value })).toBe(`'${value}`);
  });

  it.each([["Σ kasus"], [-5], [0], ["5"], [""]])("leaves %j as it is", (value) => {
    expect(cellValue({ value })).toBe(value);
  });

  it("a formula is a formula", () => {
    expect(cellValue({ formula: "=A1+1" })).toBe("=A1+1");
    expect(cellValue({ formula: "A1+1" })).toBe("=A1+1");
  });
});

/** CATALOG_LAIN (formulasi "=…", "-", "@ …", sumber data "+ …") with a sasaran and indicators named that way too. */
const HOSTILE: Catalog = (() => {
  const copy = structuredClone(CATALOG_LAIN);
  const kadinkes = copy.jabatan[0]!;
  kadinkes.sasaran[0]!.nama = '=HYPERLINK("http://x";"klik")';
  kadinkes.sasaran[0]!.indikator[0]!.nama = "+62 angka kematian ibu";
  kadinkes.sasaran[0]!.indikator[1]!.nama = "-prevalensi stunting";
  kadinkes.sasaran[1]!.indikator[0]!.nama = "@status KLA";
  return copy;
})();

/** Every catalog text that a spreadsheet would read as a formula. */
const TEXTS = [
  ...new Set(
    HOSTILE.jabatan
      .flatMap((j) => j.sasaran.flatMap((s) => [s.nama, ...s.indikator.flatMap((i) => [i.nama, i.formulasi, i.sumberData])]))
      .filter((t): t is string => typeof t === "string" && LEADS.includes(t.charAt(0))),
  ),
];

describe("scaffoldYear: catalog text starting with =, +, - or @ lands as text, on the form and in REKAP", () => {
  it("every such text is a plain value on the sheets, none a formula, and was handed to setValues quoted", () => {
    const fake = fakeWithCatalog(HOSTILE);
    const setValues = jest.spyOn(FakeRange.prototype, "setValues");
    try {
      const result = scaffoldYear({ tahun: 2027 }, fake.services());
      expect(result.ok).toBe(true);
      const handed = setValues.mock.calls.flatMap(([values]) => values.flat());
      expect(TEXTS.length).toBeGreaterThanOrEqual(LEADS.length + 2);
      for (const text of TEXTS) {
        expect([text, handed.includes(text)]).toEqual([text, false]);
        expect([text, handed.includes(`'${text}`)]).toEqual([text, true]);
      }
    } finally {
      setValues.mockRestore();
    }
    const where = (sheet: string) => [...fake.spreadsheet.sheet(sheet)!.cells.values()];
    const formSheets = ["2027 KADINKES", "2027 SEKDIN", "2027 KABID P2P"];
    for (const text of TEXTS) {
      const cells = [...formSheets, "2027 REKAP"].flatMap(where);
      expect([text, cells.some((c) => c.value === text && !c.formula)]).toEqual([text, true]);
      expect([text, cells.some((c) => c.formula === text)]).toEqual([text, false]);
    }
    // The REKAP lists the indicators by name: those named like formulas are text there too.
    for (const name of ["+62 angka kematian ibu", "-prevalensi stunting", "@status KLA"])
      expect(fake.user.find("2027 REKAP", name)).toBeDefined();
  });
});

describe("the catalog sheets: text-format (@) cells take such text as it is and read it back exactly", () => {
  it("no leading apostrophe in KATALOG (the KLA formulasi '-', a HYPERLINK sasaran), and the catalog reads back the same", () => {
    const fake = fakeWithCatalog(HOSTILE);
    const katalog = [...fake.user.contents("KATALOG").values()];
    for (const text of TEXTS) expect([text, katalog.includes(text), katalog.includes(`'${text}`)]).toEqual([text, true, false]);
    const read = readSheetCatalog(fake.services());
    const texts = (c: Catalog) =>
      c.jabatan.flatMap((j) => j.sasaran.flatMap((s) => [s.nama, ...s.indikator.flatMap((i) => [i.nama, i.formulasi, i.sumberData])]));
    expect(read.read.problems).toEqual([]);
    expect(read.read.catalog && texts(read.read.catalog)).toEqual(texts(HOSTILE));
  });
});
