/**
 * Issue 9, "Scale": the year is made one scaffoldYear call per jabatan ("n / N", README "The sidebar: preparing a year"),
 * every call but the last with `rekap: false`. Such a call reads and writes only its own
 * sheet, so its document calls do not grow with the spreadsheet; the last call writes the
 * REKAP for every jabatan and names the add-on's sheets whose kode the catalog lost.
 */

import { kodeJabatan } from "../../src/core/catalog";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldRequest, ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog, renameKode, yearSheets } from "../support/catalog-fake";
import type { CallKind, FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { bigCatalog } from "../support/fixtures/big-catalog";

const TAHUN = 2027;
const CATALOG = bigCatalog(30, 10, TAHUN);
const KODES = kodeJabatan(CATALOG);
const DOCUMENT: CallKind[] = ["read", "write", "handle"];
const REKAP = `${TAHUN} REKAP`;

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

/** The 30-jabatan catalog and the year's sheets of its first `n` jabatan, with their REKAP. */
function withYearSheets(n: number): FakeSpreadsheetApp {
  const fake = fakeWithCatalog(CATALOG);
  if (n) ok(scaffoldYear({ tahun: TAHUN, jabatan: KODES.slice(0, n) }, fake.services()));
  fake.log.clear();
  return fake;
}

/** The document calls (read, write, handle) of one scaffoldYear call. */
function documentCalls(fake: FakeSpreadsheetApp, request: ScaffoldRequest): number {
  fake.log.clear();
  ok(scaffoldYear(request, fake.services()));
  return fake.log.count(...DOCUMENT);
}

/** The sidebar's sequence: one call per kode, `rekap: false` but for the last. */
function sequence(fake: FakeSpreadsheetApp, kodes: readonly string[]): ScaffoldResult[] {
  return kodes.map((kode, i) =>
    ok(scaffoldYear({ tahun: TAHUN, jabatan: [kode], ...(i < kodes.length - 1 && { rekap: false }) }, fake.services())),
  );
}

describe("a one-jabatan call with rekap: false", () => {
  it("updating a jabatan sheet costs the same document calls beside 5 or 30 year sheets", () => {
    const request = { tahun: TAHUN, jabatan: ["BIDANG 1"], rekap: false };
    const few = documentCalls(withYearSheets(5), request);
    const many = documentCalls(withYearSheets(30), request);
    expect(many).toBe(few);
    expect(few).toBeLessThan(80);
  });

  it("making a new jabatan sheet costs the same document calls beside 5 or 29 year sheets", () => {
    const request = { tahun: TAHUN, jabatan: ["BIDANG 30"], rekap: false };
    expect(documentCalls(withYearSheets(29), request)).toBe(documentCalls(withYearSheets(5), request));
  });

  it("touches no sheet but its own and the catalog's, and leaves the REKAP as it was", () => {
    const fake = withYearSheets(30);
    const rekapBefore = fake.user.contents(REKAP);
    const result = ok(scaffoldYear({ tahun: TAHUN, jabatan: ["BIDANG 7"], rekap: false }, fake.services()));
    const touched = new Set(fake.log.calls.flatMap((c) => (c.sheet ? [c.sheet] : [])));
    expect([...touched].sort()).toEqual([`${TAHUN} BIDANG 7`, "JABATAN", "KATALOG", "PENGATURAN", "PROGRAM"]);
    expect(fake.user.contents(REKAP)).toEqual(rekapBefore);
    expect(result.lembar.map((s) => [s.name, s.status])).toEqual([[`${TAHUN} BIDANG 7`, "diperbarui"]]);
    // Not looked for: the sequence's last call does.
    expect(result).not.toHaveProperty("lembarTakDikenal");
    expect(result.message).toMatch(/^Lembar IKI 2027 \(tahunan\) siap: 0 dibuat, 1 diperbarui\./);
  });

  it("still renames a hand-made sheet of the name '(lama)', nothing typed in it lost", () => {
    const fake = withYearSheets(5);
    fake.user.insertSheet(`${TAHUN} BIDANG 9`);
    fake.user.type(`${TAHUN} BIDANG 9`, "A1", "catatan saya");
    fake.user.type(`${TAHUN} BIDANG 9`, "C4", 42);
    const typed = fake.user.contents(`${TAHUN} BIDANG 9`);
    const result = ok(scaffoldYear({ tahun: TAHUN, jabatan: ["BIDANG 9"], rekap: false }, fake.services()));
    expect(result.lembarLama).toEqual([
      { semula: `${TAHUN} BIDANG 9`, menjadi: `${TAHUN} BIDANG 9 (lama)`, url: expect.stringMatching(/#gid=\d+$/) },
    ]);
    expect(fake.user.contents(`${TAHUN} BIDANG 9 (lama)`)).toEqual(typed);
    expect(result.lembar.map((s) => [s.name, s.status])).toEqual([[`${TAHUN} BIDANG 9`, "dibuat"]]);
  });

  it("a rekap that is not true or false is refused in Indonesian, nothing written", () => {
    const fake = withYearSheets(0);
    const response = scaffoldYear({ tahun: TAHUN, rekap: "tidak" }, fake.services());
    expect(response).toEqual({
      ok: false,
      error: expect.stringMatching(/^Permintaan tidak sah: rekap harus true .* \(yang dikirim: "tidak"\)/),
    });
    expect(fake.log.count("write")).toBe(0);
  });
});

describe("the sequence, one call per jabatan, REKAP last", () => {
  it("ends where one call for the whole year ends: the same sheets holding the same cells", () => {
    const bySequence = withYearSheets(0);
    sequence(bySequence, KODES);
    const byOneCall = withYearSheets(0);
    ok(scaffoldYear({ tahun: TAHUN }, byOneCall.services()));
    expect(bySequence.spreadsheet.names()).toEqual(byOneCall.spreadsheet.names());
    for (const sheet of yearSheets(byOneCall)) {
      expect([sheet.name, bySequence.user.contents(sheet.name)]).toEqual([sheet.name, byOneCall.user.contents(sheet.name)]);
    }
  });

  it("names the sheet of a kode renamed in the catalog in the last call's answer only", () => {
    const fake = withYearSheets(30);
    renameKode(fake, "BIDANG 3", "BIDANG 3B");
    const before = fake.user.contents(`${TAHUN} BIDANG 3`);
    const kodes = KODES.map((k) => (k === "BIDANG 3" ? "BIDANG 3B" : k));
    const answers = sequence(fake, kodes);
    const last = answers.pop() as ScaffoldResult;
    expect(answers.filter((a) => a.lembarTakDikenal !== undefined)).toEqual([]);
    expect(last.lembarTakDikenal).toEqual([{ name: `${TAHUN} BIDANG 3`, url: expect.stringMatching(/#gid=\d+$/) }]);
    expect(last.message).toContain(`Lembar "${TAHUN} BIDANG 3" tidak cocok dengan jabatan mana pun di katalog`);
    expect(fake.user.contents(`${TAHUN} BIDANG 3`)).toEqual(before);
    // The REKAP covers the renamed kode's new sheet, not the old one.
    const formulas = [...fake.user.contents(REKAP).values()].map(String);
    expect(formulas.some((f) => f.includes(`'${TAHUN} BIDANG 3B'!`))).toBe(true);
    expect(formulas.some((f) => f.includes(`'${TAHUN} BIDANG 3'!`))).toBe(false);
  });
});
