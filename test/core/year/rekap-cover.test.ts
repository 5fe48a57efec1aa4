/** Which jabatan the REKAP covers: one rule for the Sheets adapter and the offline command. */
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { rekapJabatan } from "../../../src/core/year/rekap-cover";

const KODES = kodeJabatan(EXAMPLE_CATALOG);
const [first, second, third] = KODES as [string, string, string];
const last = KODES[KODES.length - 1] as string;

describe("rekapJabatan", () => {
  it("the chosen jabatan and those whose sheets are already there, in the catalog's order", () => {
    expect(rekapJabatan(EXAMPLE_CATALOG, [last, second], [first])).toEqual([first, second, last]);
  });
  it("each once, whether chosen, already there or both", () => {
    expect(rekapJabatan(EXAMPLE_CATALOG, [third, first], [first, third])).toEqual([first, third]);
  });
  it("every jabatan chosen: all of them", () => {
    expect(rekapJabatan(EXAMPLE_CATALOG, KODES, [])).toEqual(KODES);
  });
  it("a kode the catalog does not have is not covered", () => {
    expect(rekapJabatan(EXAMPLE_CATALOG, [first], ["KABID LAMA"])).toEqual([first]);
  });
});
