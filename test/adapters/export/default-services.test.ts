/**
 * defaultExportServices() against fakes installed as the Apps Script globals
 * (SpreadsheetApp, UrlFetchApp, ScriptApp, Utilities, Drive), as they are at run
 * time: the globals are read only when a member is used.
 */
import { defaultExportServices } from "../../../src/adapters/export/services";
import { ROUTE_KEY } from "../../../src/core/export/route-memory";
import { exportPdf } from "../../../src/server/export-pdf";
import {
  FakeClock,
  FakeDriveFiles,
  FakeProperties,
  FakeScriptApp,
  FakeUrlFetchApp,
  yearSpreadsheet,
} from "../../support/fakes/export-services";

const NAMES = ["SpreadsheetApp", "UrlFetchApp", "ScriptApp", "Utilities", "Drive", "PropertiesService"] as const;
const g = globalThis as Record<string, unknown>;

afterEach(() => {
  for (const name of NAMES) delete g[name];
});

function installGlobals() {
  const clock = new FakeClock();
  const fakes = {
    spreadsheetApp: yearSpreadsheet(2027),
    urlFetch: new FakeUrlFetchApp(clock),
    scriptApp: new FakeScriptApp(),
    drive: new FakeDriveFiles(),
    properties: new FakeProperties(),
    userPropertiesCalls: 0,
    clock,
  };
  g.SpreadsheetApp = fakes.spreadsheetApp.globals().SpreadsheetApp;
  g.UrlFetchApp = fakes.urlFetch;
  g.ScriptApp = fakes.scriptApp;
  g.Utilities = { sleep: (ms: number) => clock.sleep(ms) };
  g.Drive = { Files: fakes.drive };
  g.PropertiesService = {
    getUserProperties: () => {
      fakes.userPropertiesCalls++;
      return fakes.properties;
    },
  };
  return fakes;
}

describe("defaultExportServices", () => {
  it("reads no global when created", () => {
    expect(() => defaultExportServices()).not.toThrow();
  });

  it("without the Drive advanced service: a clear Indonesian error when Drive is used", () => {
    expect(() => defaultExportServices().driveFiles.list({})).toThrow(/Layanan lanjutan "Drive" \(v3\) belum aktif/);
  });

  it("exportPdf({ tahun: 2027 }) with the default services saves 7 files in IKI 2027, retrying a 429 with Utilities.sleep", () => {
    const fakes = installGlobals();
    fakes.urlFetch.reply(429);
    const spy = jest.spyOn(Math, "random").mockReturnValue(0.5);
    const response = exportPdf({ tahun: 2027 });
    spy.mockRestore();
    expect(response.ok).toBe(true);
    const folder = fakes.drive.folders();
    expect(folder.map((f) => f.name)).toEqual(["IKI 2027"]);
    expect(fakes.drive.pdfsIn(folder[0]!.id)).toHaveLength(7);
    expect(fakes.urlFetch.calls).toHaveLength(8);
    expect(fakes.clock.sleeps).toEqual([750]);
  });

  it("a refused export address: the PDF comes from Spreadsheet.getAs, the refusal lands in the user's PropertiesService store", () => {
    const fakes = installGlobals();
    fakes.urlFetch.otherwise = 403;
    const first = exportPdf({ tahun: 2027, jabatan: ["KADIS"] });
    const second = exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"] });
    expect(first.ok && first.data.tataLetak).toBe("bawaan-google");
    expect(second.ok && second.data.tataLetak).toBe("bawaan-google");
    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(fakes.properties.store.get(ROUTE_KEY)).toContain('"jalur":"bawaan-google"');
    // The store is asked for at each use, never held across calls.
    expect(fakes.userPropertiesCalls).toBe(fakes.properties.calls.length);
    expect(fakes.spreadsheetApp.log.calls.filter((c) => c.method === "getAs")).toHaveLength(2);
  });

  it("without PropertiesService (a vm without it): the export still works, a warning is logged", () => {
    const fakes = installGlobals();
    delete g.PropertiesService;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"] });
    expect(response.ok).toBe(true);
    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Ingatan jalur ekspor PDF tidak dapat dibaca/));
    warn.mockRestore();
  });
});
