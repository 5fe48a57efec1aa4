import { exportPdf } from "../../src/server/export-pdf";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { fakeWithCatalog } from "../support/catalog-fake";
import { consoleSpies } from "../support/console-spies";
import { exportRefusal } from "../support/export-refusal";
import { fakeExportServices, gidOf } from "../support/fakes/export-services";
import { createFakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

const logged = consoleSpies();

const errorOf = exportRefusal;

describe("exportPdf: request validation (Indonesian, naming the field)", () => {
  it.each([
    [{ tahun: "2027" }, /tahun harus bilangan bulat dari 2000 sampai 2100, misalnya 2027 \(yang dikirim: "2027"\)/],
    [{ tahun: 2027.5 }, /tahun harus bilangan bulat/],
    [{ tahun: 1999 }, /tahun harus .*\(yang dikirim: 1999\)/],
    [{}, /tahun harus .*\(yang dikirim: kosong\)/],
    [{ tahun: 2027, jabatan: [] }, /jabatan tidak boleh daftar kosong/],
    [{ tahun: 2027, jabatan: "KADIS" }, /jabatan harus daftar kode jabatan \(yang dikirim: "KADIS"\)/],
    [{ tahun: 2027, jabatan: ["KADIS", "BUPATI"] }, /jabatan ke-2 tidak dikenal \(yang dikirim: "BUPATI"\); pilih dari: KADIS, SEKRETARIS/],
    [{ tahun: 2027, bundel: "ya" }, /bundel harus true \(satu file\) atau false/],
    [null, /^Permintaan ekspor PDF tidak sah: permintaan harus berupa objek \{ tahun, jabatan\?, bundel\? \} \(yang dikirim: null\)\.$/],
    ["2027", /permintaan harus berupa objek/],
  ])("%j is refused", (request, message) => {
    const error = errorOf(request);
    expect(error).toMatch(/^Permintaan ekspor PDF tidak sah: /);
    expect(error).toMatch(message);
    // A refusal is the user's to act on: a warning, not an error (src/server/endpoint.ts).
    expect(logged.warn).toHaveBeenCalledWith(error);
    expect(logged.error).not.toHaveBeenCalled();
  });

  it("lists every field at fault", () => {
    const error = errorOf({ tahun: "x", bundel: 1 });
    expect(error).toMatch(/tahun harus .*; bundel harus/);
  });
});

describe("exportPdf: results", () => {
  it("default jabatan: every jabatan sheet of that year; files with their Drive links and the folder link", () => {
    const fakes = fakeExportServices();
    const response = exportPdf({ tahun: 2027 }, fakes.services);
    if (!response.ok) throw new Error(response.error);
    const folder = fakes.drive.folders()[0]!;
    expect(response.data.folderUrl).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(response.data.files).toHaveLength(7);
    for (const file of response.data.files) {
      const stored = fakes.drive.files.find((f) => f.name === file.name)!;
      expect(file.url).toBe(`https://drive.google.com/file/d/${stored.id}/view`);
    }
    expect(logged.error).not.toHaveBeenCalled();
  });

  it("one jabatan per call, as the sidebar does", () => {
    const fakes = fakeExportServices();
    const response = exportPdf({ tahun: 2027, jabatan: ["KABID PPPA"] }, fakes.services);
    expect(response).toMatchObject({ ok: true, data: { files: [{ name: "IKI 2027 - KABID PPPA.pdf", label: "KABID PPPA" }] } });
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });

  it("an export failure comes back as { ok: false, error } and is logged", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(404);
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error).toMatch(/^Ekspor PDF jabatan KADIS gagal \(HTTP 404/);
    expect(logged.error).toHaveBeenCalledWith(response.error, expect.anything());
  });

  it("exports the year's sheet, never a hand-made one moved aside as '(lama)'", () => {
    const spreadsheetApp = createFakeSpreadsheetApp();
    spreadsheetApp.user.insertSheet("2027 KADIS (lama)");
    spreadsheetApp.user.type("2027 KADIS (lama)", "A1", "tabel saya");
    scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, spreadsheetApp.services());
    spreadsheetApp.user.insertSheet("2027 kadis (lama 2)");
    const fakes = fakeExportServices({ spreadsheetApp });
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response.ok).toBe(true);
    expect(fakes.urlFetch.calls.map((c) => gidOf(c.url))).toEqual([spreadsheetApp.spreadsheet.sheet("2027 KADIS")?.id]);

    const bundle = fakeExportServices({ spreadsheetApp });
    expect(exportPdf({ tahun: 2027, bundel: true }, bundle.services).ok).toBe(true);
    expect(spreadsheetApp.log.calls.filter((c) => c.method === "hideSheet").map((c) => c.sheet)).toEqual(
      expect.arrayContaining(["2027 KADIS (lama)", "2027 kadis (lama 2)"]),
    );
  });

  it("only a '(lama)' sheet of a jabatan: that jabatan has no sheet to export", () => {
    const spreadsheetApp = fakeWithCatalog();
    spreadsheetApp.user.insertSheet("2027 KADIS (lama)");
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakeExportServices({ spreadsheetApp }).services);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/Sheet "2027 KADIS" untuk jabatan KADIS belum ada/) });
  });

  it("a missing year: tells the user to create it first", () => {
    const response = exportPdf({ tahun: 2030 }, fakeExportServices().services);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/Belum ada sheet IKI tahun 2030.*Buat tahun 2030 dulu/) });
  });

  it("an unexpected error is still an Indonesian answer", () => {
    const fakes = fakeExportServices();
    fakes.spreadsheetApp.getActiveSpreadsheet = () => {
      throw new TypeError("x is undefined");
    };
    const response = exportPdf({ tahun: 2027 }, fakes.services);
    expect(response).toEqual({ ok: false, error: "Ekspor PDF gagal karena kesalahan tak terduga: x is undefined" });
  });
});

describe("exportPdf: the catalog read from the spreadsheet", () => {
  it("no KATALOG: refused in Indonesian, nothing fetched (the built-in example never stands in)", () => {
    const spreadsheetApp = createFakeSpreadsheetApp();
    spreadsheetApp.user.insertSheet("2027 KADIS");
    const fakes = fakeExportServices({ spreadsheetApp });
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response).toEqual({ ok: false, error: expect.stringContaining("Katalog belum ada") });
    expect(fakes.urlFetch.calls).toEqual([]);
  });

  it("another OPD's catalog: its kodes are known, the built-in ones are not", () => {
    const spreadsheetApp = fakeWithCatalog(CATALOG_LAIN);
    const kode = CATALOG_LAIN.jabatan[0]!.kode;
    expect(scaffoldYear({ tahun: 2027, jabatan: [kode] }, spreadsheetApp.services()).ok).toBe(true);
    const fakes = fakeExportServices({ spreadsheetApp });
    expect(exportPdf({ tahun: 2027, jabatan: [kode] }, fakes.services).ok).toBe(true);
    const refused = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakeExportServices({ spreadsheetApp }).services);
    expect(refused).toEqual({
      ok: false,
      error: expect.stringContaining(`jabatan ke-1 tidak dikenal (yang dikirim: "KADIS"); pilih dari: ${kode}`),
    });
  });
});
