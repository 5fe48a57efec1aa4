import { percent } from "../../../src/core/rules/percent";
import { expectProblem } from "../../support/expect-problem";

describe("percent (Σ pembilang / Σ penyebut × 100)", () => {
  it("gives percentage points: 45 of 60 → 75", () => {
    expect(percent([45], [60])).toBe(75);
  });

  it("sums both sides before dividing", () => {
    expect(percent([20, 25], [30, 30])).toBe(75); // 45 / 60
    expect(percent([1, 1, 1], [2, 2, 2])).toBe(50);
  });

  it("does not cap the value: 120 / 100 → 120", () => {
    expect(percent([120], [100])).toBe(120);
  });

  it("gives 0 when the pembilang is 0", () => {
    expect(percent([0], [60])).toBe(0);
  });

  it("ignores blank cells", () => {
    expect(percent([45, null], [60, null])).toBe(75);
    expect(percent([null, 45, null], [60])).toBe(75);
    expect(percent([20, null, 25], [null, 30, 30])).toBe(75);
  });

  it("gives a blank result when everything is blank", () => {
    expect(percent([null], [null])).toBe("");
    expect(percent([null, null], [null, null, null])).toBe("");
    expect(percent([], [])).toBe("");
  });

  it("gives a blank result when one side has no value yet (nothing to divide)", () => {
    expect(percent([45], [null])).toBe("");
    expect(percent([null], [60])).toBe("");
  });

  it("refuses Σ penyebut = 0 with something to divide", () => {
    expectProblem(() => percent([0], [0]), "PENYEBUT_NOL", "penyebut");
    expectProblem(() => percent([5], [0, null]), "PENYEBUT_NOL", "penyebut");
    expectProblem(() => percent([5], [2, -2]), "PENYEBUT_NOL", "penyebut");
  });
});
