import { klaCapaian, klaStatus } from "../../../src/core/rules/kla";
import { expectProblem } from "../../support/expect-problem";

describe("klaStatus", () => {
  it.each([
    [0, "Belum Peringkat"],
    [499.99, "Belum Peringkat"],
    [500, "Pratama"],
    [600, "Pratama"],
    [600.5, "Madya"],
    [650, "Madya"],
    [700, "Madya"],
    [700.1, "Nindya"],
    [800, "Nindya"],
    [800.1, "Utama"],
    [900, "Utama"],
    [900.01, "KLA"],
    [1000, "KLA"],
  ])("%p → %p", (nilai, status) => {
    expect(klaStatus(nilai)).toBe(status);
  });

  it("refuses scores outside 0-1000", () => {
    expectProblem(() => klaStatus(-1), "NILAI_KLA_DI_LUAR_RENTANG", "nilai");
    expectProblem(() => klaStatus(-0.01), "NILAI_KLA_DI_LUAR_RENTANG", "nilai");
    expectProblem(() => klaStatus(1000.5), "NILAI_KLA_DI_LUAR_RENTANG", "nilai");
  });

  it("gives a blank result for a blank score", () => {
    expect(klaStatus(null)).toBe("");
  });
});

describe("klaCapaian (a KLA target is a status)", () => {
  it("is met (100) when the realised status ranks at or above the target", () => {
    expect(klaCapaian("Madya", "Madya")).toBe(100);
    expect(klaCapaian("Nindya", "Madya")).toBe(100);
    expect(klaCapaian("KLA", "Pratama")).toBe(100);
    expect(klaCapaian("Pratama", "Pratama")).toBe(100);
  });

  it("gives the share of the target's rank otherwise: Pratama (rank 1) vs Madya (rank 2) → 50", () => {
    expect(klaCapaian("Pratama", "Madya")).toBe(50);
    expect(klaCapaian("Madya", "KLA")).toBeCloseTo(40, 10); // 2 / 5
    expect(klaCapaian("Belum Peringkat", "Pratama")).toBe(0);
  });

  it("gives a blank result when either side is blank", () => {
    expect(klaCapaian("", "Madya")).toBe("");
    expect(klaCapaian("Madya", "")).toBe("");
  });
});
