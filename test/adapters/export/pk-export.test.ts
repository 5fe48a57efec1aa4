/**
 * The Perjanjian Kinerja through the PDF export flow (README "PDF export"), on the in-memory fakes:
 * the PK sheets made by the real adapter from the real plan, printed A4 portrait by the export address
 * (or Spreadsheet.getAs when it refuses the token), saved beside the IKI's in "IKI <tahun>".
 */
import { exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { ExportProblem } from "../../../src/core/export/problem";
import { fakeExportServices, gidOf, yearSpreadsheet } from "../../support/fakes/export-services";
import type { FakeSpreadsheet } from "../../support/fakes/spreadsheet-app";
import { withPkSheets } from "../../support/pk-sheets";
import { thrown } from "../../support/thrown";

const KODES = kodeJabatan(EXAMPLE_CATALOG);

/** The year's IKI sheets, the PK of KADIS and SEKRETARIS, the PK Perubahan of KADIS, and a notes sheet the user is on. */
function pkYear() {
  const fake = withPkSheets(withPkSheets(yearSpreadsheet(2027), ["SEKRETARIS", "KADIS"]), ["KADIS"], { perubahan: true });
  fake.user.insertSheet("Catatan");
  fake.user.hideSheet("PK 2027 SEKRETARIS");
  fake.log.clear();
  return fake;
}

function snapshot(book: FakeSpreadsheet) {
  return { order: book.names(), hidden: book.hiddenNames(), active: book.active?.name };
}

const params = (url: string) => new URL(url).searchParams;

describe("exportYear, dokumen pk: one PDF per jabatan", () => {
  it("the PK sheets of the year by gid, A4 portrait with the PK's margins, whole sheet; saved as PK <tahun> - <kode>.pdf in IKI <tahun>", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const before = snapshot(fakes.spreadsheet);
    const result = exportYear({ tahun: 2027, dokumen: "pk" }, fakes.services, KODES);

    const gids = ["PK 2027 KADIS", "PK 2027 SEKRETARIS"].map((name) => fakes.spreadsheet.sheet(name)!.id);
    expect(fakes.urlFetch.calls.map((c) => gidOf(c.url))).toEqual(gids);
    for (const { url } of fakes.urlFetch.calls) {
      const p = params(url);
      expect([p.get("size"), p.get("portrait"), p.get("fitw")]).toEqual(["A4", "true", "true"]);
      expect(["top_margin", "bottom_margin", "left_margin", "right_margin"].map((k) => p.get(k))).toEqual(["0.6", "0.6", "0.7", "0.6"]);
      // A PK has no colour legend: nothing is cut off.
      expect(p.has("r1")).toBe(false);
    }
    const [folder, ...more] = fakes.drive.folders();
    expect(more).toEqual([]);
    expect(folder!.name).toBe("IKI 2027");
    const pdfs = fakes.drive.pdfsIn(folder!.id);
    expect(pdfs.map((f) => f.name)).toEqual(["PK 2027 - KADIS.pdf", "PK 2027 - SEKRETARIS.pdf"]);
    expect(result.files).toEqual(
      pdfs.map((f, i) => ({ name: f.name, url: `https://drive.google.com/file/d/${f.id}/view`, label: ["KADIS", "SEKRETARIS"][i] })),
    );
    expect(result.message).toBe('2 file PDF tersimpan di folder "IKI 2027".');
    expect(result.tataLetak).toBe("resmi");
    // One flush, no column hidden or shown, the tabs as the user left them.
    expect(fakes.spreadsheetApp.log.count("flush")).toBe(1);
    expect(fakes.spreadsheetApp.log.calls.filter((c) => /Columns$/.test(c.method))).toEqual([]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("perubahan: the PK Perubahan sheet, named PK Perubahan <tahun> - <kode>.pdf", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const result = exportYear({ tahun: 2027, dokumen: "pk", perubahan: true }, fakes.services, KODES);
    expect(fakes.urlFetch.calls.map((c) => gidOf(c.url))).toEqual([fakes.spreadsheet.sheet("PK Perubahan 2027 KADIS")!.id]);
    expect(result.files.map((f) => [f.name, f.label])).toEqual([["PK Perubahan 2027 - KADIS.pdf", "KADIS"]]);
  });

  it("a chosen jabatan without its PK: said in Indonesian; nothing fetched, nothing saved", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const problem = thrown(() =>
      exportYear({ tahun: 2027, dokumen: "pk", perubahan: true, jabatan: ["SEKRETARIS"] }, fakes.services, KODES),
    );
    expect(problem).toBeInstanceOf(ExportProblem);
    expect(problem.message).toBe("PK Perubahan 2027 SEKRETARIS belum dibuat: tekan Buat PK dulu, lalu ekspor lagi.");
    expect(fakes.urlFetch.calls).toEqual([]);
    expect(fakes.drive.calls).toEqual([]);
  });

  it("the IKI and the PK files live side by side in the one folder", () => {
    const spreadsheetApp = pkYear();
    const drive = fakeExportServices().drive;
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakeExportServices({ spreadsheetApp, drive }).services, KODES);
    exportYear({ tahun: 2027, jabatan: ["KADIS"], dokumen: "pk" }, fakeExportServices({ spreadsheetApp, drive }).services, KODES);
    expect(drive.folders()).toHaveLength(1);
    expect(drive.pdfsIn(drive.folders()[0]!.id).map((f) => f.name)).toEqual(["IKI 2027 - KADIS.pdf", "PK 2027 - KADIS.pdf"]);
  });
});

describe("exportYear, dokumen pk: the bundle", () => {
  it("one request without gid, portrait, only the chosen PK sheets visible in catalog order; the tabs put back", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const before = snapshot(fakes.spreadsheet);
    const visible: string[][] = [];
    fakes.urlFetch.reply(() => {
      visible.push(fakes.spreadsheet.visibleNames());
      return 200;
    });
    const result = exportYear({ tahun: 2027, dokumen: "pk", bundel: true }, fakes.services, KODES);
    expect(visible).toEqual([["PK 2027 KADIS", "PK 2027 SEKRETARIS"]]);
    const [call, ...more] = fakes.urlFetch.calls;
    expect(more).toEqual([]);
    expect(gidOf(call!.url)).toBeUndefined();
    expect(params(call!.url).get("portrait")).toBe("true");
    expect(result.files.map((f) => [f.name, f.label])).toEqual([["PK 2027 - Bundel.pdf", "BUNDEL"]]);
    expect(result.message).toBe('Bundel PDF berisi 2 sheet tersimpan di folder "IKI 2027".');
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("perubahan: PK Perubahan <tahun> - Bundel.pdf with the PK Perubahan sheets only", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const visible: string[][] = [];
    fakes.urlFetch.reply(() => {
      visible.push(fakes.spreadsheet.visibleNames());
      return 200;
    });
    const result = exportYear({ tahun: 2027, dokumen: "pk", perubahan: true, bundel: true }, fakes.services, KODES);
    expect(visible).toEqual([["PK Perubahan 2027 KADIS"]]);
    expect(result.files.map((f) => f.name)).toEqual(["PK Perubahan 2027 - Bundel.pdf"]);
  });

  it("no PK of that year at all: said in Indonesian, the tabs untouched", () => {
    const fakes = fakeExportServices({ spreadsheetApp: yearSpreadsheet(2027) });
    expect(thrown(() => exportYear({ tahun: 2027, dokumen: "pk", bundel: true }, fakes.services, KODES)).message).toMatch(
      /^Belum ada PK 2027 di spreadsheet ini .*tekan Buat PK dulu/,
    );
    expect(fakes.spreadsheetApp.log.calls.filter((c) => c.kind === "write")).toEqual([]);
  });
});

describe("exportYear, dokumen pk: the address refuses the token → Spreadsheet.getAs", () => {
  it("one jabatan: only its PK visible for getAs, saved under the PK name, the notice names A4 tegak", () => {
    const fakes = fakeExportServices({ spreadsheetApp: pkYear() });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.otherwise = 403;
    const result = exportYear({ tahun: 2027, dokumen: "pk", jabatan: ["SEKRETARIS"] }, fakes.services, KODES);
    const pdfs = fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id);
    expect(pdfs.map((f) => [f.name, f.content])).toEqual([["PK 2027 - SEKRETARIS.pdf", "%PDF-1.4 getAs: PK 2027 SEKRETARIS"]]);
    expect(result.tataLetak).toBe("bawaan-google");
    expect(result.catatanTataLetak).toMatch(/^PDF dibuat dengan tata letak bawaan Google.*A4 tegak/);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("the bundle: the PK Perubahan sheets alone for getAs", () => {
    const fakes = fakeExportServices({ spreadsheetApp: withPkSheets(pkYear(), ["SEKRETARIS"], { perubahan: true }) });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.otherwise = 401;
    exportYear({ tahun: 2027, dokumen: "pk", perubahan: true, bundel: true }, fakes.services, KODES);
    const pdfs = fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id);
    expect(pdfs.map((f) => [f.name, f.content])).toEqual([
      ["PK Perubahan 2027 - Bundel.pdf", "%PDF-1.4 getAs: PK Perubahan 2027 KADIS | PK Perubahan 2027 SEKRETARIS"],
    ]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });
});
