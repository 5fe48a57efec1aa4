/**
 * The Perjanjian Kinerja's server calls through the built dist/Code.js, loaded as Apps Script loads it,
 * with the SpreadsheetApp fake as its globals: create, update after a catalog edit, lock, press again
 * (the locked PK unchanged); the Indonesian names the specification uses answer the same.
 */
import { readFileSync } from "node:fs";
import { fakeWithCatalog } from "../support/catalog-fake";
import { CODE_JS, loadCodeJs, plain, useCodeJs } from "../support/code-js";

useCodeJs();

type Answer<T> = { ok: true; data: T } | { ok: false; error: string };
interface Made {
  lembar: { name: string; status: string }[];
  belumDiisi: { label: string; cell: string }[];
  message: string;
}
interface Locked {
  dikunci: { name: string }[];
  sudahTerkunci: { name: string }[];
  belumDiisi: { label: string; cell: string }[];
}

function data<T>(answer: unknown): T {
  const a = plain<Answer<T>>(answer);
  if (!a.ok) throw new Error(a.error);
  return a.data;
}

test("top-level functions with their JSDoc, under the English names and the specification's Indonesian ones", () => {
  const code = readFileSync(CODE_JS, "utf8");
  for (const name of ["createPerjanjianKinerja", "lockPerjanjianKinerja", "buatPerjanjianKinerja", "kunciPerjanjianKinerja"]) {
    expect(code).toMatch(new RegExp(`@return \\{Object\\} ServerResponse<Pk(Lock)?Result>\\n \\*/\\nfunction ${name}\\(request\\) \\{`));
  }
});

test("create, update after a catalog edit, lock, press again: the locked PK is left exactly as it was", () => {
  const fake = fakeWithCatalog();
  const errors: unknown[][] = [];
  const server = loadCodeJs(fake.globals(), errors);

  const first = data<Made>(server.buatPerjanjianKinerja!({ tahun: 2027, jabatan: ["KABID PPPA"] }));
  expect(first.lembar).toEqual([{ name: "PK 2027 KABID PPPA", status: "dibuat", kode: "KABID PPPA", url: expect.any(String) }]);
  expect(first.belumDiisi.map((m) => m.cell)).toEqual(["JABATAN!E8", "JABATAN!F8", "JABATAN!G8"]);
  // Refused while the draft prints placeholders.
  const early = data<Locked>(server.kunciPerjanjianKinerja!({ tahun: 2027, jabatan: ["KABID PPPA"] }));
  expect(early.dikunci).toEqual([]);
  expect(early.belumDiisi.map((m) => m.cell)).toEqual(["JABATAN!E8", "JABATAN!F8", "JABATAN!G8"]);

  // The secretariat fills the official in; the PK follows.
  fake.user.type("JABATAN", "E8", "Hj. SITI FATIMAH, S.Sos.");
  fake.user.type("JABATAN", "F8", "Pembina");
  fake.user.type("JABATAN", "G8", "19780512 200501 2 007");
  const updated = data<Made>(server.createPerjanjianKinerja!({ tahun: 2027, jabatan: ["KABID PPPA"] }));
  expect(updated.lembar.map((l) => l.status)).toEqual(["diperbarui"]);
  expect(updated.belumDiisi).toEqual([]);
  expect([...fake.user.contents("PK 2027 KABID PPPA").values()]).toContain("Hj. SITI FATIMAH, S.Sos.");

  const locked = data<Locked>(server.lockPerjanjianKinerja!({ tahun: 2027, jabatan: ["KABID PPPA"] }));
  expect(locked.dikunci.map((s) => s.name)).toEqual(["PK 2027 KABID PPPA"]);
  expect(fake.user.protection("PK 2027 KABID PPPA", "B2")).toBe("protected");

  const before = fake.user.contents("PK 2027 KABID PPPA");
  fake.user.type("JABATAN", "E8", "PEJABAT BARU");
  const again = data<Made>(server.createPerjanjianKinerja!({ tahun: 2027, jabatan: ["KABID PPPA"] }));
  expect(again.lembar.map((l) => l.status)).toEqual(["terkunci"]);
  expect(fake.user.contents("PK 2027 KABID PPPA")).toEqual(before);
  expect(errors).toEqual([]);
});
