/** "(lama)" names of hand-made sheets moved out of the way, within an .xlsx's 31-character sheet names. */
import { freeLamaName } from "../../src/offline/xlsx/ownership";

test("(lama), lalu (lama 2) bila sudah dipakai, tanpa peka huruf besar", () => {
  expect(freeLamaName("2027 kadis", new Set())).toBe("2027 kadis (lama)");
  expect(freeLamaName("2027 kadis", new Set(["2027 kadis (lama)"]))).toBe("2027 kadis (lama 2)");
});

test("nama panjang dipotong agar tetap paling banyak 31 karakter", () => {
  const name = freeLamaName("2027 KABID LINJAMSOS CATATAN XY", new Set());
  expect(name).toBe("2027 KABID LINJAMSOS CAT (lama)");
  expect(name.length).toBeLessThanOrEqual(31);
});
