/**
 * The Perjanjian Kinerja's PDFs through the built dist/Code.js, loaded as Apps Script loads it, with the
 * main SpreadsheetApp fake and the export fakes as its globals (as end-to-end.test.ts): the year made by
 * scaffoldYear, the PK sheets written into the same fake by the sheets adapter from the real plan, then
 * exportPdf with dokumen "pk" per jabatan and as a bundle (README "PDF export").
 */

import { exportGlobals, loadCodeJs, useCodeJs } from "../support/code-js";
import { FakeClock, FakeDriveFiles, FakeScriptApp, FakeUrlFetchApp, gidOf } from "../support/fakes/export-services";
import { createFakeSpreadsheetApp, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { withPkSheets } from "../support/pk-sheets";

useCodeJs();

interface Answer {
  ok: boolean;
  error?: string;
  data?: { folderName: string; files: { name: string; url: string; label: string }[] };
}

function layout(fake: FakeSpreadsheetApp) {
  return { tabs: fake.spreadsheet.sheets.map((s) => ({ name: s.name, hidden: s.hidden })), active: fake.spreadsheet.active?.name };
}

test("exportPdf with dokumen pk: PK <tahun> - <kode>.pdf, the PK Perubahan bundle, a missing PK said; portrait; the tabs as they were", () => {
  const fake = createFakeSpreadsheetApp();
  fake.user.insertSheet("Sheet1");
  const clock = new FakeClock();
  const urlFetch = new FakeUrlFetchApp(clock);
  const drive = new FakeDriveFiles();
  const errors: unknown[][] = [];
  const server = loadCodeJs(
    { ...fake.globals(), ...exportGlobals({ urlFetch, scriptApp: new FakeScriptApp(), drive, clock }) },
    errors,
  ) as Record<string, (request: unknown) => Answer>;

  expect(server.scaffoldYear!({ tahun: 2027 })).toMatchObject({ ok: true });
  withPkSheets(fake, ["KADIS", "SEKRETARIS"]);
  withPkSheets(fake, ["KADIS", "SEKRETARIS"], { perubahan: true });
  fake.user.select("Sheet1");
  const before = layout(fake);

  const kadis = server.exportPdf!({ tahun: 2027, jabatan: ["KADIS"], dokumen: "pk" });
  expect(kadis).toMatchObject({ ok: true, data: { folderName: "IKI 2027", files: [{ name: "PK 2027 - KADIS.pdf", label: "KADIS" }] } });

  const visible: string[][] = [];
  urlFetch.reply(() => {
    visible.push(fake.spreadsheet.visibleNames());
    return 200;
  });
  const bundle = server.exportPdf!({ tahun: 2027, dokumen: "pk", perubahan: true, bundel: true });
  expect(bundle).toMatchObject({ ok: true, data: { files: [{ name: "PK Perubahan 2027 - Bundel.pdf", label: "BUNDEL" }] } });
  expect(visible).toEqual([["PK Perubahan 2027 KADIS", "PK Perubahan 2027 SEKRETARIS"]]);

  const missing = server.exportPdf!({ tahun: 2027, jabatan: ["KABID PPPA"], dokumen: "pk" });
  expect(missing).toMatchObject({ ok: false, error: "PK 2027 KABID PPPA belum dibuat: tekan Buat PK dulu, lalu ekspor lagi." });
  const refused = server.exportPdf!({ tahun: 2027, perubahan: true });
  expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Permintaan ekspor PDF tidak sah: perubahan hanya berlaku/) });

  const [kadisCall, bundleCall, ...more] = urlFetch.calls;
  expect(more).toEqual([]);
  expect(gidOf(kadisCall!.url)).toBe(fake.spreadsheet.sheet("PK 2027 KADIS")!.id);
  expect(gidOf(bundleCall!.url)).toBeUndefined();
  for (const call of [kadisCall!, bundleCall!]) {
    const params = new URL(call.url).searchParams;
    expect([params.get("portrait"), params.get("left_margin"), params.get("fitw")]).toEqual(["true", "0.7", "true"]);
  }
  expect(drive.pdfsIn(drive.folders()[0]!.id).map((f) => f.name)).toEqual(["PK 2027 - KADIS.pdf", "PK Perubahan 2027 - Bundel.pdf"]);
  expect(layout(fake)).toEqual(before);
  // Logged as the IKI's missing sheet is: an export that could not run.
  expect(errors.map(([message]) => message)).toEqual([missing.error]);
});
