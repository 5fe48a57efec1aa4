import { capaian } from "../../../src/core/rules/capaian";
import { expectProblem } from "../../support/expect-problem";

describe("capaian, polaritas positif (realisasi / target × 100)", () => {
  it("80 of target 100 → 80", () => {
    expect(capaian(80, 100, "positif")).toBe(80);
  });

  it("is positif by default", () => {
    expect(capaian(80, 100)).toBe(80);
    expect(capaian(45, 60)).toBe(75);
  });

  it("is not capped above 100", () => {
    expect(capaian(150, 100)).toBe(150);
  });

  it("is floored at 0", () => {
    expect(capaian(0, 100)).toBe(0);
    expect(capaian(-10, 100)).toBe(0);
  });
});

describe("capaian, polaritas negatif ((2 × target − realisasi) / target × 100)", () => {
  it("realisasi 80 against target 100 → (200 − 80) / 100 × 100 = 120", () => {
    expect(capaian(80, 100, "negatif")).toBe(120);
  });

  it("realisasi on target → 100", () => {
    expect(capaian(100, 100, "negatif")).toBe(100);
  });

  it("realisasi above target lowers the capaian", () => {
    expect(capaian(150, 100, "negatif")).toBe(50);
    expect(capaian(12, 10, "negatif")).toBeCloseTo(80, 10);
  });

  it("is floored at 0: realisasi 250, target 100 → 0 (not −50)", () => {
    expect(capaian(250, 100, "negatif")).toBe(0);
    expect(capaian(200, 100, "negatif")).toBe(0);
  });
});

describe("capaian without a usable target", () => {
  it("refuses target 0 and negative targets", () => {
    expectProblem(() => capaian(80, 0), "TARGET_TIDAK_POSITIF", "target");
    expectProblem(() => capaian(80, -5), "TARGET_TIDAK_POSITIF", "target");
    expectProblem(() => capaian(80, 0, "negatif"), "TARGET_TIDAK_POSITIF", "target");
    expectProblem(() => capaian(0, -0.0001, "negatif"), "TARGET_TIDAK_POSITIF", "target");
  });

  it("gives a blank result when realisasi or target is blank", () => {
    expect(capaian(null, 100)).toBe("");
    expect(capaian(80, null)).toBe("");
    expect(capaian(null, null, "negatif")).toBe("");
  });
});
