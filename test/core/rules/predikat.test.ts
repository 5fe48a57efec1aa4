import { predikat } from "../../../src/core/rules/predikat";

describe("predikat, skala baik (default)", () => {
  it.each([
    [150, "Sangat Baik"],
    [100, "Sangat Baik"],
    [90.0001, "Sangat Baik"],
    [90, "Baik"],
    [80, "Baik"],
    [75.01, "Baik"],
    [75, "Cukup"],
    [70, "Cukup"],
    [65.001, "Cukup"],
    [65, "Kurang"],
    [50.5, "Kurang"],
    [50, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [-5, "Sangat Kurang"],
  ])("%p → %p", (capaian, label) => {
    expect(predikat(capaian)).toBe(label);
    expect(predikat(capaian, "baik")).toBe(label);
  });

  it("judges the unrounded value: 90.004 (shown as 90,00) is Sangat Baik, 75.004 is Baik", () => {
    expect(predikat(90.004)).toBe("Sangat Baik");
    expect(predikat(75.004)).toBe("Baik");
    expect(predikat(50.0000001)).toBe("Kurang");
  });

  it("gives a blank result for a blank capaian", () => {
    expect(predikat(null)).toBe("");
    expect(predikat(null, "tinggi")).toBe("");
  });
});

describe("predikat, skala tinggi (same bands)", () => {
  it.each([
    [95, "Sangat Tinggi"],
    [90.0001, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.01, "Tinggi"],
    [75, "Sedang"],
    [65.5, "Sedang"],
    [65, "Rendah"],
    [50.5, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
  ])("%p → %p", (capaian, label) => {
    expect(predikat(capaian, "tinggi")).toBe(label);
  });
});
