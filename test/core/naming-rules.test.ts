/**
 * The name rules the Sheets adapter and the offline command share (core/naming.ts): the free
 * "(lama)" name of a user's sheet moved aside, and which names are the add-on's year sheets of a
 * kode the catalog no longer has. Each path only says which names are taken.
 */
import { firstLamaName, isLamaName, sheetKey, unknownKodeName } from "../../src/core/naming";

/** As Sheets' getSheetByName: a name is taken when a sheet has it in any case. */
const takenInSheets = (names: readonly string[]) => {
  const keys = new Set(names.map(sheetKey));
  return (candidate: string) => keys.has(sheetKey(candidate));
};

describe("firstLamaName", () => {
  it("'(lama)', then '(lama 2)' when Sheets has '(lama)' in another case, skipping every taken number", () => {
    expect(firstLamaName("2027 KADIS", takenInSheets([]))).toBe("2027 KADIS (lama)");
    expect(firstLamaName("2027 KADIS", takenInSheets(["2027 kadis (LAMA)"]))).toBe("2027 KADIS (lama 2)");
    expect(firstLamaName("2027 Kadis", takenInSheets(["2027 kadis (LAMA)", "2027 KADIS (lama 2)", "2027 KADIS (LAMA 3)"]))).toBe(
      "2027 Kadis (lama 4)",
    );
  });

  it("asks about each candidate in turn, from '(lama)' up", () => {
    const asked: string[] = [];
    firstLamaName("2027 KADIS", (c) => asked.push(c) < 3);
    expect(asked).toEqual(["2027 KADIS (lama)", "2027 KADIS (lama 2)", "2027 KADIS (lama 3)"]);
  });

  it("within an .xlsx's 31 characters when asked", () => {
    expect(firstLamaName("2027 KABID LINJAMSOS CATATAN XY", () => false, 31)).toBe("2027 KABID LINJAMSOS CAT (lama)");
  });
});

describe("isLamaName: a name the add-on gave a sheet it moved aside", () => {
  it.each(["2027 KADIS (lama)", "2027 KADIS (lama 2)", "2027 REKAP (lama 12)"])("%s", (name) => {
    expect(isLamaName(name)).toBe(true);
  });
  it.each(["2027 KADIS", "2027 KABID LAMA", "2027 KADIS (lama) x", "2027 KADIS(lama)"])("not %s", (name) => {
    expect(isLamaName(name)).toBe(false);
  });
});

describe("unknownKodeName: named like the year's sheets, for a kode the catalog does not have", () => {
  const kodes = ["KADIS", "KABID PPPA"];
  it("a kode renamed or removed in the catalog", () => {
    expect(unknownKodeName("2027 KABID LAMA", 2027, kodes)).toBe(true);
  });
  it.each([
    ["a kode of the catalog, in any case", "2027 kabid pppa"],
    ["the REKAP", "2027 Rekap"],
    ["another year", "2028 KABID LAMA"],
    ["a sheet moved aside", "2027 KABID LAMA (lama)"],
    ["a name unlike the year's", "Sheet1"],
  ])("not %s", (_, name) => {
    expect(unknownKodeName(name, 2027, kodes)).toBe(false);
  });
});
