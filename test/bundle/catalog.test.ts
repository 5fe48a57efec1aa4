/**
 * The catalog's server calls through the built dist/Code.js, loaded as Apps Script loads
 * it, with the SpreadsheetApp fake as its globals: checkCatalog and createCatalog are
 * top-level functions with JSDoc; first use writes the example; an empty catalog filled
 * in by a user (another OPD's) is what getSidebarData then offers.
 */
import { readFileSync } from "node:fs";
import { catalogTables, sheetValues } from "../../src/core/catalog/tables";
import { CODE_JS, loadCodeJs, plain, useCodeJs } from "../support/code-js";
import { createFakeSpreadsheetApp, FAKE_SPREADSHEET_URL } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

useCodeJs();

interface Info {
  ada: boolean;
  url: string;
  jabatan: number;
  indikator: number;
  masalah: { cell: string; message: string; url: string }[];
}
type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

/** Plain data out of the script's realm (its arrays and objects have other prototypes). */

test("checkCatalog and createCatalog are top-level functions with their JSDoc right above", () => {
  const code = readFileSync(CODE_JS, "utf8");
  expect(code).toMatch(
    /@return \{Object\} ServerResponse<CatalogInfo>\n \*\/\nfunction checkCatalog\(\) \{\n {2}return IKI\.entries\.checkCatalog\(\);\n\}/,
  );
  expect(code).toMatch(
    /@param \{Object\} request \{ isi: "contoh" \| "kosong" \}\n \* @return \{Object\} ServerResponse<CatalogInfo>\n \*\/\nfunction createCatalog\(request\) \{/,
  );
});

test("first use: no catalog, then the example written; a second createCatalog is refused", () => {
  const fake = createFakeSpreadsheetApp();
  const errors: unknown[][] = [];
  const server = loadCodeJs(fake.globals(), errors);
  const before = plain<Answer<Info>>(server.checkCatalog!());
  expect(before).toMatchObject({ ok: true, data: { ada: false, url: "", jabatan: 0, indikator: 0 } });

  const made = plain<Answer<Info>>(server.createCatalog!({ isi: "contoh" }));
  const katalog = `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("KATALOG")!.id}`;
  expect(made).toEqual({ ok: true, data: { ada: true, url: katalog, jabatan: 7, indikator: 22, masalah: [] } });
  expect(fake.spreadsheet.names()).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]);
  expect(plain(server.checkCatalog!())).toEqual(made);

  const again = plain<Answer<Info>>(server.createCatalog!({ isi: "kosong" }));
  expect(again.ok).toBe(false);
  expect(!again.ok && again.error).toMatch(/KATALOG sudah ada/);
  const bad = plain<Answer<Info>>(server.createCatalog!({ isi: 1 }));
  expect(!bad.ok && bad.error).toBe(
    'Permintaan katalog tidak sah: isi harus "contoh" (katalog contoh bawaan) atau "kosong" (katalog kosong untuk OPD lain) (yang dikirim: 1).',
  );
  expect(errors).toEqual([]);

  const sidebar = plain<Answer<{ jabatan: { kode: string }[]; katalog: Info }>>(server.getSidebarData!());
  expect(sidebar.ok && sidebar.data.jabatan).toHaveLength(7);
  expect(sidebar.ok && sidebar.data.katalog).toEqual(made.ok && made.data);
});

test("another OPD: an empty catalog, its problems linked, then filled in by hand: its jabatan offered, a blank ID filled", () => {
  const fake = createFakeSpreadsheetApp();
  const server = loadCodeJs(fake.globals());
  const empty = plain<Answer<Info>>(server.createCatalog!({ isi: "kosong" }));
  const pengaturan = `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("PENGATURAN")!.id}`;
  expect(empty.ok && empty.data.masalah.find((m) => m.cell === "PENGATURAN!B2")?.url).toBe(`${pengaturan}&range=B2`);

  // The secretariat types (or pastes) CATALOG_LAIN into the four sheets, header labels included;
  // text starting with "=" typed with a leading apostrophe, as Sheets wants.
  const tables = catalogTables(CATALOG_LAIN, { targetYears: [2025, 2026, 2027, 2028, 2029] });
  for (const name of ["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"] as const) {
    sheetValues(tables[name]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") fake.user.type(name, r + 1, c + 1, typeof value === "string" && /^[='+]/.test(value) ? `'${value}` : value);
      }),
    );
  }
  const id = fake.user.find("KATALOG", "kadinkes.aki")!;
  fake.user.type("KATALOG", id.a1, "");

  const checked = plain<Answer<Info>>(server.checkCatalog!());
  expect(checked).toMatchObject({ ok: true, data: { ada: true, jabatan: CATALOG_LAIN.jabatan.length, masalah: [] } });
  expect(fake.user.cell("KATALOG", id.a1).value).toMatch(/^kadinkes\.angka-kematian-ibu/);
  const sidebar = plain<Answer<{ jabatan: { kode: string; nama: string }[] }>>(server.getSidebarData!());
  expect(sidebar.ok && sidebar.data.jabatan).toEqual(CATALOG_LAIN.jabatan.map((j) => ({ kode: j.kode, nama: j.nama })));
});
