import { readTabs, withOnlySheetsVisible } from "../../../src/adapters/export/bundle-layout";
import { exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { ExportProblem } from "../../../src/core/export/problem";
import { fakeExportServices, gidOf, spreadsheetWith, yearSpreadsheet } from "../../support/fakes/export-services";
import type { FakeSpreadsheet } from "../../support/fakes/spreadsheet-app";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const JABATAN_SHEETS = KODE_JABATAN.map((k) => `2027 ${k}`);

/** Records, at each export request, which sheets were visible, in tab order. */
function recordVisible(fakes: ReturnType<typeof fakeExportServices>, ...statuses: number[]): string[][] {
  const seen: string[][] = [];
  const at = (status: number) => () => {
    seen.push(fakes.spreadsheet.visibleNames());
    return status;
  };
  fakes.urlFetch.reply(...(statuses.length ? statuses : [200]).map(at));
  return seen;
}

function snapshot(book: FakeSpreadsheet) {
  return { order: book.names(), hidden: book.hiddenNames(), active: book.active?.name };
}

describe("exportYear with bundel: one PDF of the chosen sheets", () => {
  it("prints the jabatan in catalog order, then REKAP and BUKTI, from one whole-spreadsheet request", () => {
    const fake = yearSpreadsheet(2027, { before: ["Petunjuk"], after: ["2026 KADIS", "2026 REKAP"] });
    fake.user.select("Petunjuk"); // the user is on a sheet that is hidden for the print
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const book = fakes.spreadsheet;
    const before = snapshot(book);
    const seen = recordVisible(fakes);

    const result = exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(gidOf(fakes.urlFetch.calls[0]!.url)).toBeUndefined();
    expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP", "2027 BUKTI"]]);
    expect(snapshot(book)).toEqual(before);
    const folder = fakes.drive.folders()[0]!;
    expect(fakes.drive.pdfsIn(folder.id).map((f) => f.name)).toEqual(["IKI 2027 - Bundel.pdf"]);
    expect(result.files).toEqual([
      { name: "IKI 2027 - Bundel.pdf", url: expect.stringMatching(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view$/), label: "BUNDEL" },
    ]);
    expect(result.message).toBe('Bundel PDF berisi 9 sheet tersimpan di folder "IKI 2027".');
  });

  it("flushes once, after the layout change and before the request", () => {
    const fakes = fakeExportServices();
    exportYear({ tahun: 2027, jabatan: ["KADIS"], bundel: true }, fakes.services, KODE_JABATAN);
    const calls = fakes.spreadsheetApp.log.calls;
    const flushes = calls.filter((c) => c.target === "SpreadsheetApp" && c.method === "flush");
    expect(flushes).toHaveLength(1);
    const lastHide = calls.filter((c) => c.method === "hideSheet" && c.sheet === "2027 KABID PPPA").at(-1);
    expect(flushes[0]!.seq).toBeGreaterThan(lastHide!.seq);
  });

  it("a subset: only those jabatan, REKAP and BUKTI are printed", () => {
    const fakes = fakeExportServices();
    const seen = recordVisible(fakes);
    exportYear({ tahun: 2027, jabatan: ["KABID PPPA", "SEKRETARIS"], bundel: true }, fakes.services, KODE_JABATAN);
    expect(seen).toEqual([["2027 SEKRETARIS", "2027 KABID PPPA", "2027 REKAP", "2027 BUKTI"]]);
  });

  it("restores every sheet's visibility after a failed export (404), and saves nothing", () => {
    const fake = yearSpreadsheet(2027, { after: ["Catatan"] });
    fake.user.hideSheet("2027 KADIS"); // hidden by the user: printed, then hidden again
    fake.user.hideSheet("Catatan"); // hidden by the user: stays hidden
    fake.user.select("2027 SEKRETARIS");
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const book = fakes.spreadsheet;
    const before = snapshot(book);
    const seen = recordVisible(fakes, 404);

    expect(() => exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN)).toThrow(/bundel tahun 2027 gagal \(HTTP 404/);
    expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP", "2027 BUKTI"]]);
    expect(snapshot(book)).toEqual(before);
    expect(fakes.drive.calls).toEqual([]);
  });

  it("restores visibility after retries run out (5 × 500)", () => {
    const fake = yearSpreadsheet(2027, { before: ["Data"] });
    fake.user.select("Data"); // the user is on a sheet that is hidden for the print
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const before = snapshot(fakes.spreadsheet);
    recordVisible(fakes, 500, 500, 500, 500, 500);
    expect(() => exportYear({ tahun: 2027, jabatan: ["KADIS"], bundel: true }, fakes.services, KODE_JABATAN)).toThrow(
      /HTTP 500.*5 percobaan/,
    );
    expect(fakes.clock.sleeps).toHaveLength(4);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("tabs out of order (REKAP first): moved for the print, order and active sheet put back, even on failure", () => {
    const fake = spreadsheetWith("2027 REKAP", "2027 KABID PPPA", "Petunjuk", ...JABATAN_SHEETS.slice(0, 6));
    fake.user.select("Petunjuk");
    const book = fake.spreadsheet;
    for (const status of [200, 404]) {
      const fakes = fakeExportServices({ spreadsheetApp: fake });
      const before = snapshot(book);
      const seen = recordVisible(fakes, status);
      try {
        exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN);
      } catch (_e) {
        expect(status).toBe(404);
      }
      expect(seen).toEqual([[...JABATAN_SHEETS, "2027 REKAP"]]);
      expect(snapshot(book)).toEqual(before);
    }
  });
});

describe("withOnlySheetsVisible", () => {
  it("shows before it hides: works when the only visible sheet is not chosen", () => {
    const fake = spreadsheetWith("A", "B", "Lain");
    fake.user.hideSheet("A");
    fake.user.hideSheet("B");
    const book = fake.spreadsheet;
    const visible = withOnlySheetsVisible(book, readTabs(book), ["A", "B"], () => book.visibleNames());
    expect(visible).toEqual(["A", "B"]);
    expect(book.hiddenNames()).toEqual(["A", "B"]);
  });

  it("touches nothing it does not need to: no moves when already in order", () => {
    const fake = yearSpreadsheet(2027);
    const book = fake.spreadsheet;
    // Every sheet, in tab order (the catalog sheets, written on first use, stand before the year's).
    withOnlySheetsVisible(book, readTabs(book), book.names(), () => undefined);
    expect(fake.log.calls.filter((c) => /^(hideSheet|showSheet|setActiveSheet|moveActiveSheet)$/.test(c.method))).toEqual([]);
  });

  it("the user was on a sheet that had to be hidden: they are back on it afterwards", () => {
    const fake = yearSpreadsheet(2027, { after: ["Catatan"] });
    fake.user.select("Catatan");
    const book = fake.spreadsheet;
    const during = withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS"], () => book.active?.name);
    expect(during).toBe("2027 KADIS");
    expect(book.active?.name).toBe("Catatan");
    expect(book.hiddenNames()).toEqual([]);
  });

  it("keeps restoring after a step fails; the export's own error wins and the restore problem is logged", () => {
    const book = yearSpreadsheet(2027, { after: ["X", "Y"] }).spreadsheet;
    const x = book.sheet("X")!;
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const fail = () =>
      withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS"], () => {
        x.failing.add("showSheet");
        throw new Error("export gagal");
      });
    expect(fail).toThrow("export gagal");
    expect(book.sheet("Y")!.hidden).toBe(false);
    expect(x.hidden).toBe(true);
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('menampilkan lagi "X"'));
    spy.mockRestore();
  });

  it("a restore that fails after a good export is reported, naming the sheet", () => {
    const book = yearSpreadsheet(2027).spreadsheet;
    const rekap = book.sheet("2027 REKAP")!;
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
    expect((caught as Error).message).toMatch(/tidak dapat dikembalikan.*menampilkan lagi "2027 REKAP" \(fake: showSheet failed\)/);
    expect(book.hiddenNames()).toEqual(["2027 REKAP"]);
  });

  it("a sheet deleted meanwhile: clear error, nothing changed", () => {
    const book = yearSpreadsheet(2027).spreadsheet;
    expect(() => withOnlySheetsVisible(book, readTabs(book), ["2027 KADIS", "Hilang"], () => 1)).toThrow(/Sheet "Hilang" tidak ditemukan/);
    expect(book.hiddenNames()).toEqual([]);
  });
});
