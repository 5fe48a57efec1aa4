import { exportPdf } from "../../src/server/export-pdf";
import { fakeExportServices } from "../fakes/export-services";

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

function errorOf(request: unknown): string {
  const fakes = fakeExportServices();
  const response = exportPdf(request, fakes.services);
  if (response.ok) throw new Error("expected an error");
  expect(fakes.urlFetch.calls).toEqual([]);
  expect(fakes.drive.calls).toEqual([]);
  return response.error;
}

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
    expect(consoleError).toHaveBeenCalledWith(error);
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
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("one jabatan per call, as the sidebar does", () => {
    const fakes = fakeExportServices();
    const response = exportPdf({ tahun: 2027, jabatan: ["KABID PPPA"] }, fakes.services);
    expect(response).toMatchObject({ ok: true, data: { files: [{ name: "IKI 2027 - KABID PPPA.pdf", label: "KABID PPPA" }] } });
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });

  it("an export failure comes back as { ok: false, error } and is logged", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(403);
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error).toMatch(/^Ekspor PDF jabatan KADIS ditolak Google \(HTTP 403/);
    expect(consoleError).toHaveBeenCalledWith(response.error, expect.anything());
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
