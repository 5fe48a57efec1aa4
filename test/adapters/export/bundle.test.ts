import { KODE_JABATAN } from "../../../src/core/catalog/schema";
import { ExportProblem } from "../../../src/core/export/problem";
import { readTabs, withOnlySheetsVisible } from "../../../src/adapters/export/bundle-layout";
import { exportYear } from "../../../src/adapters/export/export-year";
import { FakeSpreadsheet, fakeExportServices, gidOf, yearSpreadsheet } from "../../fakes/export-services";

const JABATAN_SHEETS = KODE_JABATAN.map((k) => `2027 ${k}`);

/** Records, at each export request, which sheets were visible, in tab order. */
function recordVisible(fakes: ReturnType<typeof fakeExportServices>, ...statuses: number[]): string[][] {
  const seen: string[][] = [];
  const at = (status: number) => () => (seen.push(fakes.spreadsheet.visibleNames()), status);
  fakes.urlFetch.reply(...(statuses.length ? statuses : [200]).map(at));
  return seen;
}

function snapshot(book: FakeSpreadsheet) {
  return { order: book.names(), hidden: book.hiddenNames(), active: book.active?.name };
}

describe("exportYear with bundel: one PDF of the chosen sheets", () => {
  it("prints the jabatan in catalog order with REKAP last, from one whole-spreadsheet request", () => {
    const book = yearSpreadsheet(2027, { before: ["Petunjuk"], after: ["2026 KADIS", "2026 REKAP"] });
    const fakes = fakeExportServices({ spreadsheet: book });
    const before = snapshot(book);
    const seen = recordVisible(fakes);

    const result = exportYear({ tahun: 2027, bundel: true }, fakes.services);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(gidOf(fakes.urlFetch.calls[0]!.url)).toBeUndefined();
    expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP"]]);
    expect(snapshot(book)).toEqual(before);
    const folder = fakes.drive.folders()[0]!;
    expect(fakes.drive.pdfsIn(folder.id).map((f) => f.name)).toEqual(["IKI 2027 - Bundel.pdf"]);
    expect(result.files).toEqual([
      { name: "IKI 2027 - Bundel.pdf", url: expect.stringMatching(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view$/), label: "BUNDEL" },
    ]);
    expect(result.message).toBe('Bundel PDF berisi 8 sheet tersimpan di folder "IKI 2027".');
  });

  it("flushes once, after the layout change and before the request", () => {
    const fakes = fakeExportServices();
    exportYear({ tahun: 2027, jabatan: ["KADIS"], bundel: true }, fakes.services);
    const calls = fakes.spreadsheet.calls;
    expect(calls.filter((c) => c === "SpreadsheetApp.flush")).toHaveLength(1);
    expect(calls.indexOf("SpreadsheetApp.flush")).toBeGreaterThan(calls.lastIndexOf("Sheet.hideSheet 2027 KABID PPPA"));
  });

  it("a subset: only those jabatan and REKAP are printed", () => {
    const fakes = fakeExportServices();
    const seen = recordVisible(fakes);
    exportYear({ tahun: 2027, jabatan: ["KABID PPPA", "SEKRETARIS"], bundel: true }, fakes.services);
    expect(seen).toEqual([["2027 SEKRETARIS", "2027 KABID PPPA", "2027 REKAP"]]);
  });

  it("restores every sheet's visibility after a failed export (403), and saves nothing", () => {
    const book = yearSpreadsheet(2027, { after: ["Catatan"] });
    book.byName("2027 KADIS").hidden = true; // hidden by the user: printed, then hidden again
    book.byName("Catatan").hidden = true; // hidden by the user: stays hidden
    book.active = book.byName("2027 SEKRETARIS");
    const fakes = fakeExportServices({ spreadsheet: book });
    const before = snapshot(book);
    const seen = recordVisible(fakes, 403);

    expect(() => exportYear({ tahun: 2027, bundel: true }, fakes.services)).toThrow(/bundel tahun 2027 ditolak Google \(HTTP 403/);
    expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP"]]);
    expect(snapshot(book)).toEqual(before);
    expect(fakes.drive.calls).toEqual([]);
  });

  it("restores visibility after retries run out (5 × 500)", () => {
    const fakes = fakeExportServices({ spreadsheet: yearSpreadsheet(2027, { before: ["Data"] }) });
    const before = snapshot(fakes.spreadsheet);
    recordVisible(fakes, 500, 500, 500, 500, 500);
    expect(() => exportYear({ tahun: 2027, jabatan: ["KADIS"], bundel: true }, fakes.services)).toThrow(/HTTP 500.*5 percobaan/);
    expect(fakes.clock.sleeps).toHaveLength(4);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("tabs out of order (REKAP first): moved for the print, order and active sheet put back, even on failure", () => {
    const book = new FakeSpreadsheet();
    for (const name of ["2027 REKAP", "2027 KABID PPPA", "Petunjuk", ...JABATAN_SHEETS.slice(0, 6)]) book.addSheet(name);
    book.active = book.byName("Petunjuk");
    for (const status of [200, 403]) {
      const fakes = fakeExportServices({ spreadsheet: book });
      const before = snapshot(book);
      const seen = recordVisible(fakes, status);
      try {
        exportYear({ tahun: 2027, bundel: true }, fakes.services);
      } catch (e) {
        expect(status).toBe(403);
      }
      expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP"]]);
      expect(snapshot(book)).toEqual(before);
    }
  });
});

describe("withOnlySheetsVisible", () => {
  it("shows before it hides: works when the only visible sheet is not chosen", () => {
    const book = new FakeSpreadsheet();
    book.addSheet("A", true);
    book.addSheet("B", true);
    book.addSheet("Lain");
    const visible = withOnlySheetsVisible(book, readTabs(book), ["A", "B"], () => book.visibleNames());
    expect(visible).toEqual(["A", "B"]);
    expect(book.hiddenNames()).toEqual(["A", "B"]);
  });

  it("touches nothing it does not need to: no moves when already in order", () => {
    const book = yearSpreadsheet(2027);
    withOnlySheetsVisible(book, readTabs(book), [...JABATAN_SHEETS, "2027 REKAP"], () => undefined);
    expect(book.calls.filter((c) => /hideSheet|showSheet|setActiveSheet|moveActiveSheet/.test(c))).toEqual([]);
  });

  it("the user was on a sheet that had to be hidden: they are back on it afterwards", () => {
    const book = yearSpreadsheet(2027, { after: ["Catatan"] });
    book.active = book.byName("Catatan");
    const during = withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS"], () => book.active?.name);
    expect(during).toBe("2027 KADIS");
    expect(book.active?.name).toBe("Catatan");
    expect(book.hiddenNames()).toEqual([]);
  });

  it("keeps restoring after a step fails; the export's own error wins and the restore problem is logged", () => {
    const book = yearSpreadsheet(2027, { after: ["X", "Y"] });
    const x = book.byName("X");
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const fail = () =>
      withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS"], () => {
        x.failing.add("showSheet");
        throw new Error("export gagal");
      });
    expect(fail).toThrow("export gagal");
    expect(book.byName("Y").hidden).toBe(false);
    expect(x.hidden).toBe(true);
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('menampilkan lagi "X"'));
    spy.mockRestore();
  });

  it("a restore that fails after a good export is reported, naming the sheet", () => {
    const book = yearSpreadsheet(2027);
    const rekap = book.byName("2027 REKAP");
    let caught: unknown;
    try {
      withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS"], () => {
        rekap.failing.add("showSheet");
        return "pdf";
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExportProblem);
    expect((caught as Error).message).toMatch(/tidak dapat dikembalikan.*menampilkan lagi "2027 REKAP" \(showSheet gagal/);
    expect(book.hiddenNames()).toEqual(["2027 REKAP"]);
  });

  it("a sheet deleted meanwhile: clear error, nothing changed", () => {
    const book = yearSpreadsheet(2027);
    expect(() => withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS", "Hilang"], () => 1)).toThrow(/Sheet "Hilang" tidak ditemukan/);
    expect(book.hiddenNames()).toEqual([]);
  });
});
