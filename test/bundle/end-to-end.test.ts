/**
 * End to end through the built dist/Code.js, loaded as Apps Script loads it (a
 * plain script in a fresh context) with the main SpreadsheetApp fake and the export
 * fakes as its globals: a new spreadsheet gets the year's sheets from scaffoldYear,
 * then exportPdf saves a bundle and one jabatan's PDF in Drive, and leaves the tabs
 * as the user had them.
 */

import { EXAMPLE_CATALOG, kodeJabatan } from "../../src/core/catalog";
import { MIME_PDF } from "../../src/core/export/drive-query";
import { exportGlobals, loadCodeJs, useCodeJs } from "../support/code-js";
import { FakeClock, FakeDriveFiles, FakeScriptApp, FakeUrlFetchApp, gidOf } from "../support/fakes/export-services";
import { createFakeSpreadsheetApp, FAKE_SPREADSHEET_ID, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const YEAR_SHEETS = [...KODE_JABATAN.map((k) => `2027 ${k}`), "2027 REKAP"];

useCodeJs();

interface Answer {
  ok: boolean;
  error?: string;
  data?: { folderName: string; files: { name: string; url: string; label: string }[] };
}

/** Every sheet in tab order with its visibility, and the sheet the user is on. */
function layout(fake: FakeSpreadsheetApp) {
  return { tabs: fake.spreadsheet.sheets.map((s) => ({ name: s.name, hidden: s.hidden })), active: fake.spreadsheet.active?.name };
}

test("scaffoldYear, then exportPdf as a bundle and for KADIS: both PDFs saved, every sheet as it was", () => {
  const fake = createFakeSpreadsheetApp();
  fake.user.insertSheet("Sheet1"); // a new spreadsheet
  const clock = new FakeClock();
  const urlFetch = new FakeUrlFetchApp(clock);
  const scriptApp = new FakeScriptApp();
  const drive = new FakeDriveFiles();
  const errors: unknown[][] = [];
  const server = loadCodeJs({ ...fake.globals(), ...exportGlobals({ urlFetch, scriptApp: scriptApp, drive, clock }) }, errors) as Record<
    string,
    (request: unknown) => Answer
  >;

  expect(server.scaffoldYear!({ tahun: 2027 })).toMatchObject({ ok: true });
  // First use: the built-in example is written into the catalog sheets, then the year.
  expect(fake.spreadsheet.names()).toEqual(["Sheet1", "KATALOG", "JABATAN", "PENGATURAN", "PROGRAM", ...YEAR_SHEETS, "2027 BUKTI"]);

  // The user hides a jabatan sheet and a notes sheet of their own, and goes back to Sheet1.
  fake.user.insertSheet("Catatan");
  fake.user.hideSheet("Catatan");
  fake.user.hideSheet("2027 KABID PPPA");
  fake.user.select("Sheet1");
  const before = layout(fake);

  const visibleAtRequest: string[][] = [];
  urlFetch.reply(() => {
    visibleAtRequest.push(fake.spreadsheet.visibleNames());
    return 200;
  });
  const bundle = server.exportPdf!({ tahun: 2027, bundel: true });
  expect(bundle).toMatchObject({ ok: true, data: { folderName: "IKI 2027", files: [{ name: "IKI 2027 - Bundel.pdf", label: "BUNDEL" }] } });
  expect(visibleAtRequest).toEqual([[...YEAR_SHEETS, "2027 BUKTI"]]);
  expect(layout(fake)).toEqual(before);

  fake.log.clear();
  const kadis = server.exportPdf!({ tahun: 2027, jabatan: ["KADIS"] });
  expect(kadis).toMatchObject({ ok: true, data: { folderName: "IKI 2027", files: [{ name: "IKI 2027 - KADIS.pdf", label: "KADIS" }] } });
  expect(fake.log.count("write")).toBe(0);
  expect(layout(fake)).toEqual(before);

  // One whole-spreadsheet request for the bundle, then one by the KADIS sheet's gid.
  const [bundleCall, kadisCall, ...more] = urlFetch.calls;
  expect(more).toEqual([]);
  for (const call of [bundleCall!, kadisCall!]) {
    expect(call.url.startsWith(`https://docs.google.com/spreadsheets/d/${FAKE_SPREADSHEET_ID}/export?format=pdf&`)).toBe(true);
    expect(call.params).toEqual({ headers: { Authorization: `Bearer ${scriptApp.token}` }, muteHttpExceptions: true });
  }
  expect(gidOf(bundleCall!.url)).toBeUndefined();
  expect(gidOf(kadisCall!.url)).toBe(fake.spreadsheet.sheet("2027 KADIS")!.id);

  // Both PDFs in the one folder "IKI 2027", each holding what its request served, linked from the answers.
  const [folder, ...otherFolders] = drive.folders();
  expect(otherFolders).toEqual([]);
  expect(folder!.name).toBe("IKI 2027");
  const pdfs = drive.pdfsIn(folder!.id);
  expect(pdfs.map((f) => [f.name, f.mimeType])).toEqual([
    ["IKI 2027 - Bundel.pdf", MIME_PDF],
    ["IKI 2027 - KADIS.pdf", MIME_PDF],
  ]);
  expect(pdfs[0]!.content).toBe(`%PDF-1.4 #1 ${bundleCall!.url}`);
  expect(pdfs[1]!.content).toBe(`%PDF-1.4 #2 ${kadisCall!.url}`);
  expect([...bundle.data!.files, ...kadis.data!.files].map((f) => f.url)).toEqual(
    pdfs.map((f) => `https://drive.google.com/file/d/${f.id}/view`),
  );
  expect(clock.sleeps).toEqual([]);
  expect(errors).toEqual([]);
});
