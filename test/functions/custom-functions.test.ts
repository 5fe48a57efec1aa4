import { CUSTOM_FUNCTIONS } from "../../src/functions/definitions";
import { CUSTOM_FUNCTION_PARAMS } from "../support/spec";

/** A custom function as Sheets calls it: positional arguments, single values or 2-D ranges. */
function fn(name: string): (...args: unknown[]) => unknown {
  const def = CUSTOM_FUNCTIONS.find((d) => d.name === name);
  if (!def) throw new Error(`no custom function ${name}`);
  return def.run;
}

/** The Error a call throws (fails the test when it does not throw). */
function errorOf(name: string, ...args: unknown[]): Error {
  try {
    fn(name)(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    const error = e as Error;
    expect(error.message.startsWith(name)).toBe(true);
    return error;
  }
  throw new Error(`${name}(${args.map((a) => JSON.stringify(a)).join(", ")}) did not throw`);
}

/** Same shape, numbers equal to 10 decimals (floating point: 1.1 × 100 is 110.00000000000001), other cells exactly. */
function expectGrid(actual: unknown, expected: unknown[][]): void {
  expect(Array.isArray(actual)).toBe(true);
  const rows = actual as unknown[][];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((row, r) =>
    row.forEach((want, c) => {
      const got = rows[r]?.[c];
      if (typeof want === "number") expect(got).toBeCloseTo(want, 10);
      else expect(got).toBe(want);
    }),
  );
}

const IKI_PERCENT = fn("IKI_PERCENT");
const IKI_CAPAIAN = fn("IKI_CAPAIAN");
const IKI_PREDIKAT = fn("IKI_PREDIKAT");
const IDG = fn("IDG");
const IDG_EDEP = fn("IDG_EDEP");
const IDG_INDEKS = fn("IDG_INDEKS");
const KLA_STATUS = fn("KLA_STATUS");

describe("CUSTOM_FUNCTIONS", () => {
  it("holds the seven functions of the spec, with their parameters in order", () => {
    const signatures = Object.fromEntries(CUSTOM_FUNCTIONS.map((d) => [d.name, d.params.map((p) => p.name)]));
    expect(signatures).toEqual(CUSTOM_FUNCTION_PARAMS);
  });
});

describe("IKI_PERCENT", () => {
  it("single values: 45 of 60 → 75, not capped", () => {
    expect(IKI_PERCENT(45, 60)).toBe(75);
    expect(IKI_PERCENT(120, 100)).toBe(120);
  });

  it("sums ranges and ignores blanks", () => {
    expect(IKI_PERCENT([[45], [""]], [[60], [""]])).toBe(75);
    expect(IKI_PERCENT([[20], [25]], [[30], [30]])).toBe(75);
    expect(IKI_PERCENT([[20, 25]], 60)).toBe(75);
  });

  it("sums ranges of different shapes (Σ, not element-wise)", () => {
    expect(IKI_PERCENT([[10], [20], [15]], [[60, ""]])).toBe(75);
  });

  it("gives a blank result for all-blank ranges", () => {
    expect(IKI_PERCENT([[""], [""]], [[""], [""]])).toBe("");
    expect(IKI_PERCENT("", "")).toBe("");
  });

  it("refuses Σ penyebut = 0, naming penyebut", () => {
    const e = errorOf("IKI_PERCENT", [[5], [""]], [[0], [""]]);
    expect(e.message).toContain("penyebut");
    expect(e.message).toContain("0");
  });

  it("refuses text in a range, naming the argument and the cell", () => {
    const e = errorOf("IKI_PERCENT", [[1], ["abc"]], [[1], [1]]);
    expect(e.message).toContain("pembilang");
    expect(e.message).toContain("baris 2, kolom 1");
    expect(e.message).toContain("bukan angka");
  });

  it("refuses booleans", () => {
    expect(errorOf("IKI_PERCENT", 1, true).message).toContain("penyebut");
  });
});

describe("IKI_CAPAIAN", () => {
  it("single values, positif by default and negatif on request", () => {
    expect(IKI_CAPAIAN(80, 100)).toBe(80);
    expect(IKI_CAPAIAN(80, 100, "positif")).toBe(80);
    expect(IKI_CAPAIAN(80, 100, "negatif")).toBe(120);
    expect(IKI_CAPAIAN(250, 100, "negatif")).toBe(0);
    expect(IKI_CAPAIAN("", 100)).toBe("");
  });

  it("ranges give the same shape, blanks stay blank", () => {
    expect(IKI_CAPAIAN([[80], [90], [""]], [[100], [100], [100]])).toEqual([[80], [90], [""]]);
    expect(IKI_CAPAIAN([[80, 45]], [[100, 60]])).toEqual([[80, 75]]);
  });

  it("broadcasts single values against a range (target and polaritas as scalars)", () => {
    expectGrid(IKI_CAPAIAN([[80], [90]], 100, "negatif"), [[120], [110]]);
    expect(IKI_CAPAIAN(80, [[100], [160]])).toEqual([[80], [50]]);
  });

  it("takes polaritas per row from a range", () => {
    expectGrid(IKI_CAPAIAN([[80], [90]], [[100], [100]], [["positif"], ["negatif"]]), [[80], [110]]);
  });

  it("a 1×1 range gives a 1×1 result", () => {
    expect(IKI_CAPAIAN([[80]], [[100]])).toEqual([[80]]);
  });

  it("refuses text in a range, naming realisasi and the row", () => {
    const e = errorOf("IKI_CAPAIAN", [[1], ["abc"]], [[1], [1]]);
    expect(e.message).toContain("realisasi");
    expect(e.message).toContain("baris 2");
    expect(e.message).toContain("baris 2, kolom 1");
    expect(e.message).toContain("bukan angka");
  });

  it("refuses target 0 in Indonesian", () => {
    const e = errorOf("IKI_CAPAIAN", 80, 0);
    expect(e.message).toContain("target");
    expect(e.message).toContain("target harus lebih besar dari 0");
  });

  it("refuses a negative target inside a range, with its position", () => {
    const e = errorOf("IKI_CAPAIAN", [[80, 90]], [[100, -1]]);
    expect(e.message).toContain("target harus lebih besar dari 0");
    expect(e.message).toContain("baris 1, kolom 2");
  });

  it("refuses ranges of different shapes, naming both arguments", () => {
    const e = errorOf("IKI_CAPAIAN", [[1], [2]], [[1], [2], [3]]);
    expect(e.message).toContain("realisasi");
    expect(e.message).toContain("target");
  });

  it('refuses polaritas "naik", listing "positif" and "negatif"', () => {
    const e = errorOf("IKI_CAPAIAN", 80, 100, "naik");
    expect(e.message).toContain("polaritas");
    expect(e.message).toContain("positif");
    expect(e.message).toContain("negatif");
  });

  it("refuses booleans and dates", () => {
    expect(errorOf("IKI_CAPAIAN", true, 100).message).toContain("realisasi");
    expect(errorOf("IKI_CAPAIAN", 80, new Date(2024, 0, 1)).message).toContain("target");
  });
});

describe("IKI_PREDIKAT", () => {
  it("single values on the unrounded capaian", () => {
    expect(IKI_PREDIKAT(90)).toBe("Baik");
    expect(IKI_PREDIKAT(90.0001)).toBe("Sangat Baik");
    expect(IKI_PREDIKAT(50)).toBe("Sangat Kurang");
    expect(IKI_PREDIKAT("")).toBe("");
  });

  it('skala "tinggi"', () => {
    expect(IKI_PREDIKAT(80, "tinggi")).toBe("Tinggi");
    expect(IKI_PREDIKAT(95, "tinggi")).toBe("Sangat Tinggi");
  });

  it("ranges give the same shape", () => {
    expect(IKI_PREDIKAT([[95], [""], [50], [70]])).toEqual([["Sangat Baik"], [""], ["Sangat Kurang"], ["Cukup"]]);
    expect(IKI_PREDIKAT([[95, 60]], "tinggi")).toEqual([["Sangat Tinggi", "Rendah"]]);
  });

  it("refuses an unknown skala and text capaian", () => {
    expect(errorOf("IKI_PREDIKAT", 80, "besar").message).toContain("skala");
    const e = errorOf("IKI_PREDIKAT", [[80], ["x"]]);
    expect(e.message).toContain("capaian");
    expect(e.message).toContain("baris 2, kolom 1");
    expect(e.message).toContain("bukan angka");
  });
});

describe("IDG", () => {
  it("single values: the mean of three indices", () => {
    expect(IDG(60, 70, 80)).toBe(70);
    expect(IDG("", 70, 80)).toBe("");
  });

  it("ranges give the same shape; single values broadcast", () => {
    expect(IDG([[60], [30]], [[70], [60]], [[80], [90]])).toEqual([[70], [60]]);
    expect(IDG([[60], [30]], 70, 80)).toEqual([[70], [60]]);
  });

  it("refuses an index outside 0-100, naming the argument", () => {
    const e = errorOf("IDG", 101, 50, 50);
    expect(e.message).toContain("i_parl");
    expect(e.message).toContain("0 dan 100");
    const r = errorOf("IDG", 50, [[50], [-1]], 50);
    expect(r.message).toContain("i_dm");
    expect(r.message).toContain("baris 2, kolom 1");
  });
});

describe("IDG_EDEP and IDG_INDEKS", () => {
  it("GEM worked example", () => {
    expect(IDG_EDEP(50, 50, 8.7, 91.3)).toBeCloseTo(15.89, 2);
    expect(IDG_INDEKS(50, 50, 8.7, 91.3)).toBeCloseTo(31.8, 1);
  });

  it("head counts work like shares; equal shares give 100", () => {
    expect(IDG_INDEKS(510000, 490000, 50, 50)).toBeCloseTo(100, 10);
    expect(IDG_INDEKS(510000, 490000, 20, 80)).toBeCloseTo(63.241, 3); // see idg.test.ts
  });

  it("ranges give the same shape, population broadcast", () => {
    const out = IDG_INDEKS(50, 50, [[8.7], [50], [""]], [[91.3], [50], [""]]) as number[][];
    expect(out).toHaveLength(3);
    expect(out.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(out[0]?.[0]).toBeCloseTo(31.8, 1);
    expect(out[1]?.[0]).toBeCloseTo(100, 10);
    expect(out[2]?.[0]).toBe("");
  });

  it("refuses negatives in Indonesian, naming the argument", () => {
    const e = errorOf("IDG_EDEP", 50, 50, -1, 10);
    expect(e.message).toContain("x_perempuan");
    expect(e.message).toContain("tidak boleh negatif");
    expect(errorOf("IDG_INDEKS", -1, 50, 10, 90).message).toContain("p_perempuan");
  });
});

describe("KLA_STATUS", () => {
  it("single values", () => {
    expect(KLA_STATUS(650)).toBe("Madya");
    expect(KLA_STATUS(500)).toBe("Pratama");
    expect(KLA_STATUS("")).toBe("");
  });

  it("ranges give the same shape", () => {
    expect(KLA_STATUS([[499.99], [500], [""], [900.01]])).toEqual([["Belum Peringkat"], ["Pratama"], [""], ["KLA"]]);
  });

  it("refuses scores outside 0-1000 with position", () => {
    const e = errorOf("KLA_STATUS", 1000.5);
    expect(e.message).toContain("nilai");
    expect(e.message).toContain("0 dan 1000");
    expect(errorOf("KLA_STATUS", [[500, -1]]).message).toContain("baris 1, kolom 2");
  });

  it("refuses text and dates, in Indonesian", () => {
    expect(errorOf("KLA_STATUS", "tinggi").message).toContain("bukan angka");
    expect(errorOf("KLA_STATUS", new Date(2024, 0, 1)).message).toContain("tanggal");
  });
});

describe("malformed ranges", () => {
  it("refuses empty and ragged ranges, naming the argument", () => {
    expect(errorOf("KLA_STATUS", []).message).toContain("nilai");
    expect(errorOf("KLA_STATUS", [[]]).message).toContain("nilai");
    expect(errorOf("IKI_CAPAIAN", [[1, 2], [3]], 100).message).toContain("realisasi");
    expect(errorOf("IKI_PERCENT", [[1], [2, 3]], 1).message).toContain("pembilang");
  });
});
