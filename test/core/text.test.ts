import { normLabel } from "../../src/core/text";

test("normLabel: a label as compared, case and white space aside; only text is a label", () => {
  expect(normLabel("  Target\n  2027 ")).toBe("target 2027");
  expect(normLabel("Indikator\tKinerja")).toBe("indikator kinerja");
  expect([normLabel(2027), normLabel(null), normLabel(undefined), normLabel(new Date(0))]).toEqual(["", "", "", ""]);
});
