import { edep, idg, idgIndeks } from "../../../src/core/rules/idg";
import { RuleProblem } from "../../../src/core/rules/problem";
import { expectProblem } from "../../support/expect-problem";

describe("idg = (I_parl + I_DM + I_inc) / 3", () => {
  it("is the mean of the three indices", () => {
    expect(idg(60, 70, 80)).toBe(70);
    expect(idg(0, 0, 0)).toBe(0);
    expect(idg(100, 100, 100)).toBe(100);
    expect(idg(31.8, 50, 65.5)).toBeCloseTo(49.1, 10); // 147.3 / 3
  });

  it("refuses an index outside 0-100, naming the argument", () => {
    expectProblem(() => idg(101, 50, 50), "INDEKS_DI_LUAR_RENTANG", "i_parl");
    expectProblem(() => idg(50, -1, 50), "INDEKS_DI_LUAR_RENTANG", "i_dm");
    expectProblem(() => idg(50, 50, 100.5), "INDEKS_DI_LUAR_RENTANG", "i_inc");
  });

  it("refuses an out-of-range index even when another one is blank", () => {
    expectProblem(() => idg(null, 150, 50), "INDEKS_DI_LUAR_RENTANG", "i_dm");
  });

  it("gives a blank result when an index is blank", () => {
    expect(idg(null, 70, 80)).toBe("");
    expect(idg(60, null, 80)).toBe("");
    expect(idg(60, 70, null)).toBe("");
  });
});

describe("edep (ε = 2): 1 / (P_f / X_f + P_m / X_m)", () => {
  it("GEM worked example: equal population, 8.7 % women in parliament → ≈ 15.89 on the scale of x", () => {
    // 1 / (0.5 / 8.7 + 0.5 / 91.3) = 1 / (0.0574713 + 0.0054765) = 15.886…
    expect(edep(50, 50, 8.7, 91.3)).toBeCloseTo(15.89, 2);
  });

  it("accepts head counts the same as shares", () => {
    // 1 / (0.51 / 10 + 0.49 / 20) = 1 / 0.0755 = 13.2450…
    expect(edep(0.51, 0.49, 10, 20)).toBeCloseTo(13.245, 3);
    expect(edep(510000, 490000, 10, 20)).toBeCloseTo(13.245, 3);
  });

  it("equal values give that value (harmonic mean)", () => {
    expect(edep(50, 50, 30, 30)).toBeCloseTo(30, 10);
    expect(edep(0.3, 0.7, 42, 42)).toBeCloseTo(42, 10);
  });

  it("a zero x with a nonzero population pulls EDEP to 0", () => {
    expect(edep(50, 50, 0, 100)).toBe(0);
    expect(edep(50, 50, 100, 0)).toBe(0);
  });

  it("refuses negative arguments, naming them", () => {
    expectProblem(() => edep(-1, 50, 10, 10), "NEGATIF", "p_perempuan");
    expectProblem(() => edep(50, -1, 10, 10), "NEGATIF", "p_laki");
    expectProblem(() => edep(50, 50, -1, 10), "NEGATIF", "x_perempuan");
    expectProblem(() => edep(50, 50, 10, -1), "NEGATIF", "x_laki");
  });

  it("refuses a total population of 0", () => {
    expect(() => edep(0, 0, 10, 10)).toThrow(RuleProblem);
  });

  it("gives a blank result when a value is blank", () => {
    expect(edep(null, 50, 10, 10)).toBe("");
    expect(edep(50, 50, 10, null)).toBe("");
  });
});

describe("idgIndeks: EDEP of complementary shares / 50 %, on 0-100", () => {
  it("GEM worked example: equal population, 8.7 % women in parliament → ≈ 31.8", () => {
    // shares 0.087 / 0.913: EDEP 0.15886…, / 0.5 × 100 = 31.77…
    expect(idgIndeks(50, 50, 8.7, 91.3)).toBeCloseTo(31.8, 1);
    expect(idgIndeks(0.5, 0.5, 0.087, 0.913)).toBeCloseTo(31.8, 1);
  });

  it("equal shares give 100, whatever their scale", () => {
    expect(idgIndeks(50, 50, 50, 50)).toBeCloseTo(100, 10);
    expect(idgIndeks(50, 50, 1, 1)).toBeCloseTo(100, 10);
    expect(idgIndeks(510000, 490000, 30, 30)).toBeCloseTo(100, 10);
  });

  it("head counts give the same as shares", () => {
    // 1 / (0.51 / 0.2 + 0.49 / 0.8) = 1 / 3.1625 = 0.316206…; × 200 = 63.241…
    expect(idgIndeks(0.51, 0.49, 20, 80)).toBeCloseTo(63.241, 3);
    expect(idgIndeks(510000, 490000, 20, 80)).toBeCloseTo(63.241, 3);
    expect(idgIndeks(510000, 490000, 0.2, 0.8)).toBeCloseTo(63.241, 3);
  });

  it("no women at all (x = 0) with a female population → 0", () => {
    expect(idgIndeks(50, 50, 0, 100)).toBe(0);
  });

  it("refuses negative arguments, naming them", () => {
    expectProblem(() => idgIndeks(50, 50, -1, 50), "NEGATIF", "x_perempuan");
    expectProblem(() => idgIndeks(50, -5, 10, 90), "NEGATIF", "p_laki");
  });

  it("refuses x shares that sum to 0", () => {
    expect(() => idgIndeks(50, 50, 0, 0)).toThrow(RuleProblem);
  });

  it("gives a blank result when a value is blank", () => {
    expect(idgIndeks(50, 50, null, 90)).toBe("");
    expect(idgIndeks(null, 50, 10, 90)).toBe("");
  });

  // BUG (reported): huge shares overflow their sum to Infinity, each share becomes 0 and the
  // index silently comes out 0 instead of 100. Marked failing until the code is fixed.
  test("equal huge shares still give 100 (1e308, 1e308)", () => {
    expect(idgIndeks(50, 50, 1e308, 1e308)).toBeCloseTo(100, 10);
  });
});
