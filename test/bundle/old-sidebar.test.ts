/**
 * A sidebar opened before the contract's renames stays open in a user's browser after a
 * deploy: it calls the old global names, sends the old requests and reads the old answer
 * fields. Through the built dist/Code.js, loaded as Apps Script loads it, each of those still
 * works (src/entries/registry.ts OLD_NAMES, src/shared/api.ts ScaffoldResultOldNames).
 */
import { readFileSync } from "node:fs";
import { CODE_JS, loadCodeJs, useCodeJs } from "../support/code-js";
import { createFakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { SHEETS_2027 } from "../support/spec";

useCodeJs();

/** Plain data out of the script's realm, as google.script.run delivers it. */
const plain = (v: unknown): { ok: boolean; data: Record<string, unknown>; error?: string } => JSON.parse(JSON.stringify(v));

/** What the old sidebar required of a KatalogInfo (its answers.ts before the rename): the fields, their kinds. */
function oldKatalogInfo(data: Record<string, unknown>): void {
  expect(data).toEqual({
    ada: expect.any(Boolean),
    url: expect.any(String),
    jabatan: expect.any(Number),
    indikator: expect.any(Number),
    masalah: expect.any(Array),
  });
}

describe("the old global names", () => {
  it.each([
    ["periksaKatalog", "checkCatalog", ""],
    ["buatKatalog", "createCatalog", "request"],
  ])("%s: a top-level function with its JSDoc, forwarding to %s", (old, current, params) => {
    const code = readFileSync(CODE_JS, "utf8");
    const stub = new RegExp(`\\n \\*/\\nfunction ${old}\\(${params}\\) \\{\\n {2}return IKI\\.entries\\.${old}\\(${params}\\);\\n\\}`);
    const at = code.search(stub);
    expect(at).toBeGreaterThan(0);
    const doc = code.slice(code.lastIndexOf("/**", at), at);
    expect(doc).toContain(`Nama lama ${current}`);
    expect(doc).toContain("sidebar yang masih terbuka");
    expect(code).toMatch(new RegExp(`\\nfunction ${current}\\(${params}\\) \\{`));
  });

  it("buatKatalog({ isi }) and periksaKatalog() answer as before, as createCatalog and checkCatalog do", () => {
    const fake = createFakeSpreadsheetApp();
    const server = loadCodeJs(fake.globals());
    const made = plain(server.buatKatalog!({ isi: "contoh" }));
    expect(made.ok).toBe(true);
    oldKatalogInfo(made.data);
    expect(made.data).toMatchObject({ ada: true, jabatan: 7, indikator: 22, masalah: [] });
    const checked = plain(server.periksaKatalog!());
    expect(checked).toEqual(made);
    expect(plain(server.checkCatalog!())).toEqual(checked);
    // A second buatKatalog is refused as createCatalog refuses it.
    expect(plain(server.buatKatalog!({ isi: "kosong" }))).toEqual(plain(server.createCatalog!({ isi: "kosong" })));
    const bad = plain(server.buatKatalog!({ isi: 1 }));
    expect(bad.error).toMatch(/^Permintaan katalog tidak sah: isi harus "contoh"/);
  });
});

describe("scaffoldYear's answer, read by the old sidebar", () => {
  it("still carries `sheets` (now `lembar`): the same list, each { name, url, status }", () => {
    const fake = createFakeSpreadsheetApp();
    const server = loadCodeJs(fake.globals());
    expect(plain(server.buatKatalog!({ isi: "contoh" })).ok).toBe(true);
    // The old sidebar's sequence: one jabatan per call, `rekap: false` before the last.
    const first = plain(server.scaffoldYear!({ tahun: 2027, jabatan: ["KADIS"], periode: "tahunan", rekap: false }));
    const last = plain(server.scaffoldYear!({ tahun: 2027, jabatan: ["SEKRETARIS"], periode: "tahunan" }));
    for (const answer of [first, last]) {
      expect(answer.ok).toBe(true);
      expect(answer.data.sheets).toEqual(answer.data.lembar);
    }
    expect((last.data.sheets as { name: string }[]).map((s) => s.name)).toEqual(["2027 SEKRETARIS", "2027 REKAP", "2027 BUKTI"]);
    expect(last.data.sheets).toEqual([
      { name: "2027 SEKRETARIS", url: expect.stringContaining("#gid="), status: "dibuat" },
      { name: "2027 REKAP", url: expect.stringContaining("#gid="), status: "dibuat" },
      { name: "2027 BUKTI", url: expect.stringContaining("#gid="), status: "dibuat" },
    ]);
    // The rest of what the old sidebar required, unchanged.
    expect(last.data).toMatchObject({ tahun: 2027, periode: "tahunan", nilaiDipertahankan: 0, nilaiDipindahkan: 0, lembarLama: [] });
    expect(typeof last.data.message).toBe("string");
  });

  it("the whole year in one call: every sheet under both names", () => {
    const fake = createFakeSpreadsheetApp();
    const server = loadCodeJs(fake.globals());
    plain(server.buatKatalog!({ isi: "contoh" }));
    const answer = plain(server.scaffoldYear!({ tahun: 2027 }));
    expect((answer.data.sheets as { name: string }[]).map((s) => s.name)).toEqual([...SHEETS_2027]);
    expect(answer.data.lembar).toEqual(answer.data.sheets);
  });
});
