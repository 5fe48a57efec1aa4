/**
 * The export remembers, per user (PropertiesService.getUserProperties()), that the
 * export address refused the token: the following server calls go straight to
 * Spreadsheet.getAs, and the address is tried again once a day.
 */
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { ROUTE_KEY } from "../../../src/core/export/route-memory";
import { exportPdf } from "../../../src/server/export-pdf";
import { type ExportFakes, FakeClock, FakeProperties, fakeExportServices, yearSpreadsheet } from "../../support/fakes/export-services";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const DAY = 24 * 60 * 60 * 1000;

let consoleSpies: jest.SpyInstance[];
beforeEach(() => {
  consoleSpies = [
    jest.spyOn(console, "warn").mockImplementation(() => undefined),
    jest.spyOn(console, "error").mockImplementation(() => undefined),
  ];
});
afterEach(() => consoleSpies.forEach((s) => s.mockRestore()));

const getAsCount = (fakes: ExportFakes) => fakes.spreadsheetApp.log.calls.filter((c) => c.method === "getAs").length;

/** The sidebar's way: one exportPdf call per jabatan, the same user (same properties) and the same clock. */
function sidebarExport(fakes: ExportFakes) {
  return KODE_JABATAN.map((kode) => {
    const response = exportPdf({ tahun: 2027, jabatan: [kode] }, fakes.services);
    if (!response.ok) throw new Error(response.error);
    return response.data;
  });
}

describe("the refused address is remembered across server calls", () => {
  it("7 calls, one per jabatan: the address is asked once, getAs 7 times; the memory is written once", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.otherwise = 403;
    const results = sidebarExport(fakes);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(getAsCount(fakes)).toBe(7);
    expect(fakes.properties.count("setProperty")).toBe(1);
    expect(fakes.properties.count("getProperty")).toBe(7);
    expect(results.map((r) => r.tataLetak)).toEqual(KODE_JABATAN.map(() => "bawaan-google"));
    // The same notice every time (the sidebar shows it once), with the reason from the first call.
    expect(new Set(results.map((r) => r.catatanTataLetak)).size).toBe(1);
    expect(results[6]!.catatanTataLetak).toContain("HTTP 403: akses ditolak");
    expect(fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id)).toHaveLength(7);
  });

  it("the memory is the user's store, not the script's state: another services object of the same user skips the address", () => {
    const properties = new FakeProperties();
    const clock = new FakeClock();
    const first = fakeExportServices({ properties, clock });
    first.urlFetch.otherwise = 403;
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, first.services);
    expect(properties.store.get(ROUTE_KEY)).toContain("bawaan-google");

    const sameUser = fakeExportServices({ properties, clock });
    expect(exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] }, sameUser.services).ok).toBe(true);
    expect(sameUser.urlFetch.calls).toEqual([]);
    expect(sameUser.scriptApp.calls).toBe(0);

    const otherUser = fakeExportServices({ clock });
    exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] }, otherUser.services);
    expect(otherUser.urlFetch.calls).toHaveLength(1);
  });

  it("a bundle after a refused jabatan goes straight to getAs too", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.otherwise = 401;
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    const response = exportPdf({ tahun: 2027, bundel: true }, fakes.services);
    expect(response.ok && response.data.tataLetak).toBe("bawaan-google");
    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(getAsCount(fakes)).toBe(2);
  });
});

describe("the address is tried again once a day", () => {
  function refusedYesterday(at: number) {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(403);
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    fakes.clock.t += at;
    fakes.urlFetch.calls.length = 0;
    return fakes;
  }

  it("just under a day later: still skipped", () => {
    const fakes = refusedYesterday(DAY - 1);
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(fakes.urlFetch.calls).toEqual([]);
  });

  it("a day later and the grant changed: the official layout again, remembered, no getAs on the next calls", () => {
    const fakes = refusedYesterday(DAY);
    const before = getAsCount(fakes);
    const again = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(again.ok && again.data.tataLetak).toBe("resmi");
    expect(again.ok && again.data.catatanTataLetak).toBe("");
    expect(fakes.properties.store.get(ROUTE_KEY)).toContain("resmi");
    exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fakes.services);
    expect(fakes.urlFetch.calls).toHaveLength(2);
    expect(getAsCount(fakes)).toBe(before);
    // Nothing to change: no write on a call that found the address working as remembered.
    expect(fakes.properties.count("setProperty")).toBe(2);
  });

  it("a day later, refused again: remembered for another day", () => {
    const fakes = refusedYesterday(DAY + 5);
    fakes.urlFetch.reply(403);
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(fakes.urlFetch.calls).toHaveLength(1);
    fakes.clock.t += DAY - 1;
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });
});

describe("remembered refusal, and then getAs fails", () => {
  it("the address is tried once more in that call: if it works now, the file is saved with the official layout", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(403);
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    fakes.spreadsheet.getAsFailures.push(new Error("Exception: Too many conversions"));
    const response = exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fakes.services);
    expect(response.ok && response.data.tataLetak).toBe("resmi");
    expect(fakes.urlFetch.calls).toHaveLength(2);
    expect(fakes.properties.store.get(ROUTE_KEY)).toContain("resmi");
  });

  it("refused again: both attempts named with their reasons, nothing saved, layout put back", () => {
    const fake = yearSpreadsheet(2027, { after: ["Catatan"] });
    fake.user.select("Catatan");
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    fakes.urlFetch.otherwise = 403;
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    const driveCalls = fakes.drive.calls.length;
    fakes.spreadsheet.getAsFailures.push(new Error("Exception: Too many conversions"));
    const response = exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fakes.services);
    expect(response).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^PDF jabatan SEKRETARIS tidak dapat dibuat dengan kedua cara: \(1\) alamat ekspor Google: HTTP 403: akses ditolak; \(2\) ekspor bawaan Google \(Spreadsheet\.getAs\): "Exception: Too many conversions"/,
      ),
    });
    expect(fakes.drive.calls).toHaveLength(driveCalls);
    expect(fake.spreadsheet.hiddenNames()).toEqual([]);
    expect(fake.spreadsheet.active?.name).toBe("Catatan");
  });
});

describe("a store that fails never stops an export", () => {
  it("getProperty throws: the address is tried as if nothing were remembered; a warning is logged", () => {
    const fakes = fakeExportServices();
    fakes.properties.failNext.getProperty = new Error("Exception: Service unavailable: Properties");
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response.ok && response.data.tataLetak).toBe("resmi");
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("Service unavailable: Properties"));
  });

  it("setProperty throws after a refusal: the file is still saved through getAs", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(403);
    fakes.properties.failNext.setProperty = new Error("Exception: You have exceeded the property storage quota");
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(response.ok && response.data.tataLetak).toBe("bawaan-google");
    expect(fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id)).toHaveLength(1);
  });

  it("a stored value of another shape is ignored", () => {
    const fakes = fakeExportServices();
    fakes.properties.store.set(ROUTE_KEY, "{rusak");
    exportPdf({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services);
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });
});
