/**
 * The roles through the built dist/Code.js, loaded as Apps Script loads it, with the SpreadsheetApp fake
 * and Session as its globals: a pengelola's press protects by role (the caller kept, an address not yet
 * an editor listed); a pengisi's press is refused.
 */
import { fakeWithCatalog } from "../support/catalog-fake";
import { loadCodeJs, plain, useCodeJs } from "../support/code-js";
import { FAKE_EDITOR, FAKE_OWNER } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN, LAIN_EMAIL } from "../support/fixtures/catalog-lain";

useCodeJs();

const { sekretariat: SEKRETARIAT, gizi: GIZI } = LAIN_EMAIL;

test("scaffoldYear through Code.js: protections by role, the caller kept, addresses not yet editors listed; a pengisi refused", () => {
  const fake = fakeWithCatalog(CATALOG_LAIN);
  fake.spreadsheet.editors = [FAKE_EDITOR, SEKRETARIAT, GIZI];
  fake.caller = SEKRETARIAT;
  const server = loadCodeJs(fake.globals());
  const answer = plain<{ ok: boolean; data: { perlindungan: string; belumPunyaAkses: string[] } }>(
    server.scaffoldYear!({ tahun: 2027, jabatan: ["KASI GIZI 2"] }),
  );
  expect(answer.ok).toBe(true);
  expect(answer.data.perlindungan).toBe("peran");
  expect(answer.data.belumPunyaAkses).toEqual([
    "verifikator@inspektorat.sukamaju.go.id",
    "p2p@dinkes.sukamaju.go.id",
    "Rina.Wulandari@gmail.com",
  ]);
  const sheet = fake.spreadsheet.sheet("2027 KASI GIZI 2")!;
  const restricted = sheet.protections.filter((p) => !p.warningOnly);
  expect(restricted.length).toBe(sheet.protections.length);
  // The sheet protection: the pengelola (the caller) only; each input's: gizi@ and the pengelola.
  const lists = restricted.map((p) => [...p.editors].sort().join(" "));
  expect(new Set(lists)).toEqual(new Set([SEKRETARIAT, [GIZI, SEKRETARIAT].sort().join(" ")]));
  expect(fake.log.calls.some((c) => c.target === "Session")).toBe(true);

  fake.caller = GIZI;
  const refused = plain<{ ok: boolean; error: string }>(server.scaffoldYear!({ tahun: 2027, jabatan: ["KASI GIZI 2"] }));
  expect(refused.ok).toBe(false);
  expect(refused.error).toContain(`Anda masuk sebagai ${GIZI}`);
  fake.caller = FAKE_OWNER;
  expect(plain<{ ok: boolean }>(server.scaffoldYear!({ tahun: 2027, jabatan: ["KASI GIZI 2"] })).ok).toBe(true);
});
