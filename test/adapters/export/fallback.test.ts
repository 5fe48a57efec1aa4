/**
 * The second way to a PDF: when the export address refuses the add-on's token (401,
 * 403, or a 200 that is Google's sign-in page), Spreadsheet.getAs prints the chosen
 * sheets (only they visible for that moment), saved the same way, with a notice.
 */

import { exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { MIME_PDF } from "../../../src/core/export/drive-query";
import { ExportProblem } from "../../../src/core/export/problem";
import {
  type ExportFakes,
  FakeBlob,
  type FakeHttpResponse,
  fakeExportServices,
  signInPage,
  yearSpreadsheet,
} from "../../support/fakes/export-services";
import type { FakeSpreadsheet } from "../../support/fakes/spreadsheet-app";
import { thrown } from "../../support/thrown";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const JABATAN_SHEETS = KODE_JABATAN.map((k) => `2027 ${k}`);

/** Tab order, hidden sheets and the active sheet: what a user sees of the spreadsheet. */
function snapshot(book: FakeSpreadsheet) {
  return { order: book.names(), hidden: book.hiddenNames(), active: book.active?.name };
}

function getAsCalls(fakes: ExportFakes) {
  return fakes.spreadsheetApp.log.calls.filter((c) => c.method === "getAs");
}

/** A spreadsheet with the year, a hidden jabatan sheet, a notes sheet of the user's, the user on it. */
function busyYear() {
  const fake = yearSpreadsheet(2027, { before: ["Petunjuk"], after: ["Catatan"] });
  fake.user.hideSheet("2027 KABID DAYASOS");
  fake.user.select("Catatan");
  return fake;
}

describe("exportYear: the export address refuses the token → Spreadsheet.getAs", () => {
  it.each<[string, () => FakeHttpResponse | number, RegExp]>([
    ["403", () => 403, /HTTP 403: akses ditolak/],
    ["401", () => 401, /HTTP 401: izin add-on tidak berlaku/],
    ["a 200 that is the sign-in page", signInPage, /HTTP 200: halaman masuk akun, bukan PDF \("text\/html; charset=utf-8"\)/],
  ])("%s, one jabatan: printed with only its sheet visible, saved under the same name, layout put back", (_, reply, reason) => {
    const fakes = fakeExportServices({ spreadsheetApp: busyYear() });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.reply(reply());

    const result = exportYear({ tahun: 2027, jabatan: ["KABID DAYASOS"] }, fakes.services, KODE_JABATAN);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(getAsCalls(fakes)).toHaveLength(1);
    const [folder] = fakes.drive.folders();
    const [pdf, ...more] = fakes.drive.pdfsIn(folder!.id);
    expect(more).toEqual([]);
    expect(pdf).toMatchObject({ name: "IKI 2027 - KABID DAYASOS.pdf", mimeType: MIME_PDF, content: "%PDF-1.4 getAs: 2027 KABID DAYASOS" });
    const saved = fakes.drive.calls.find((c) => c.method === "create" && (c.args[0] as { mimeType: string }).mimeType === MIME_PDF);
    expect((saved!.args[1] as FakeBlob).names).toEqual(["IKI 2027 - KABID DAYASOS.pdf"]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);

    expect(result.files).toEqual([
      { name: "IKI 2027 - KABID DAYASOS.pdf", url: `https://drive.google.com/file/d/${pdf!.id}/view`, label: "KABID DAYASOS" },
    ]);
    expect(result.tataLetak).toBe("bawaan-google");
    expect(result.catatanTataLetak).toMatch(/^PDF dibuat dengan tata letak bawaan Google/);
    expect(result.catatanTataLetak).toMatch(reason);
    expect(result.catatanTataLetak).toContain("drive.readonly");
    expect(result.message).toBe('1 file PDF tersimpan di folder "IKI 2027".');
  });

  it("the whole year in one call: the address is refused once, then every jabatan goes through getAs alone", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.otherwise = 403;
    const result = exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    const pdfs = fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id);
    expect(pdfs.map((f) => [f.name, f.content])).toEqual(KODE_JABATAN.map((k) => [`IKI 2027 - ${k}.pdf`, `%PDF-1.4 getAs: 2027 ${k}`]));
    expect(fakes.spreadsheet.hiddenNames()).toEqual([]);
    expect(result.tataLetak).toBe("bawaan-google");
    expect(result.catatanTataLetak).toMatch(/^PDF dibuat dengan tata letak bawaan Google/);
  });

  it("each getAs comes after the layout change and a flush", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.otherwise = 403;
    exportYear({ tahun: 2027, jabatan: ["KADIS", "SEKRETARIS"] }, fakes.services, KODE_JABATAN);
    const calls = fakes.spreadsheetApp.log.calls;
    expect(getAsCalls(fakes).map((c) => c.seq)).toHaveLength(2);
    for (const getAs of getAsCalls(fakes)) {
      const previous = calls.filter((c) => c.seq < getAs.seq && (c.kind === "write" || c.kind === "flush")).at(-1);
      expect(previous?.method).toBe("flush");
    }
  });

  it("the address works: the official layout, no getAs, no notice", () => {
    const fakes = fakeExportServices();
    const result = exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN);
    expect(getAsCalls(fakes)).toEqual([]);
    expect(result.tataLetak).toBe("resmi");
    expect(result.catatanTataLetak).toBe("");
  });

  it.each([404, 400])("%i is not a refusal of the token: no fallback, nothing saved, nothing remembered", (status) => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(status);
    expect(thrown(() => exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN)).message).toContain(`HTTP ${status}`);
    expect(getAsCalls(fakes)).toEqual([]);
    expect(fakes.drive.calls).toEqual([]);
    expect(fakes.properties.count("setProperty")).toBe(0);
  });

  it("429/5xx that never end are not a refusal either", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.otherwise = 503;
    expect(() => exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN)).toThrow(
      /HTTP 503\) masih terjadi setelah 5 percobaan/,
    );
    expect(getAsCalls(fakes)).toEqual([]);
  });
});

describe("exportYear with bundel: refused → getAs of the chosen sheets in order", () => {
  it("one layout change serves both tries; REKAP last; everything put back; saved as the bundle", () => {
    const fake = busyYear();
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.otherwise = 403;

    const result = exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN);

    expect(fakes.urlFetch.calls).toHaveLength(1);
    const pdfs = fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id);
    expect(pdfs.map((f) => [f.name, f.content])).toEqual([
      ["IKI 2027 - Bundel.pdf", `%PDF-1.4 getAs: ${[...JABATAN_SHEETS, "2027 REKAP", "2027 BUKTI"].join(" | ")}`],
    ]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
    // Hidden once, shown once: the address and getAs saw the same layout.
    expect(fake.log.calls.filter((c) => c.method === "hideSheet" && c.sheet === "Catatan")).toHaveLength(1);
    expect(result.files.map((f) => f.label)).toEqual(["BUNDEL"]);
    expect(result.tataLetak).toBe("bawaan-google");
    expect(result.message).toBe('Bundel PDF berisi 9 sheet tersimpan di folder "IKI 2027".');
  });

  it("the sign-in page for a bundle falls back too", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(signInPage());
    const result = exportYear({ tahun: 2027, jabatan: ["KADIS"], bundel: true }, fakes.services, KODE_JABATAN);
    expect(fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id)[0]!.content).toBe("%PDF-1.4 getAs: 2027 KADIS | 2027 REKAP | 2027 BUKTI");
    expect(result.catatanTataLetak).toMatch(/halaman masuk akun/);
  });
});

describe("both ways fail: one message naming both, nothing saved, the layout put back", () => {
  const GETAS_ERROR = `Exception: Service Spreadsheets failed while accessing document with id fake-spreadsheet. ${"z".repeat(300)}`;

  it("one jabatan", () => {
    const fakes = fakeExportServices({ spreadsheetApp: busyYear() });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.reply(403);
    fakes.spreadsheet.getAsFailures.push(new Error(GETAS_ERROR));

    const error = thrown(() => exportYear({ tahun: 2027, jabatan: ["KABID DAYASOS"] }, fakes.services, KODE_JABATAN));

    expect(error).toBeInstanceOf(ExportProblem);
    expect(error.message).toMatch(
      /^PDF jabatan KABID DAYASOS tidak dapat dibuat dengan kedua cara: \(1\) alamat ekspor Google: HTTP 403: akses ditolak; \(2\) ekspor bawaan Google \(Spreadsheet\.getAs\): "Exception: Service Spreadsheets/,
    );
    expect(error.message).not.toContain("z".repeat(100));
    expect(error.message).toContain("Tidak ada file yang disimpan");
    expect(fakes.drive.calls).toEqual([]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("the 3rd jabatan of a whole year: nothing half-saved", () => {
    const fakes = fakeExportServices({ spreadsheetApp: busyYear() });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.otherwise = 401;
    fakes.spreadsheet.getAs = ((original) =>
      function (this: FakeSpreadsheet, type: string) {
        if (getAsCalls(fakes).length === 2) throw new Error("Exception: Too many conversions");
        return original.call(this, type);
      })(fakes.spreadsheet.getAs);

    const error = thrown(() => exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN));
    expect(error.message).toMatch(
      new RegExp(`^PDF jabatan ${KODE_JABATAN[2]} tidak dapat dibuat dengan kedua cara: \\(1\\) alamat ekspor Google: HTTP 401`),
    );
    expect(error.message).toContain('"Exception: Too many conversions"');
    expect(fakes.drive.calls).toEqual([]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("a bundle", () => {
    const fakes = fakeExportServices({ spreadsheetApp: busyYear() });
    const before = snapshot(fakes.spreadsheet);
    fakes.urlFetch.reply(signInPage());
    fakes.spreadsheet.getAsFailures.push(new Error("Exception: Timeout"));

    const error = thrown(() => exportYear({ tahun: 2027, bundel: true }, fakes.services, KODE_JABATAN));
    expect(error.message).toMatch(
      /^PDF bundel tahun 2027 tidak dapat dibuat dengan kedua cara: \(1\) alamat ekspor Google: HTTP 200: halaman masuk akun/,
    );
    expect(error.message).toContain('(2) ekspor bawaan Google (Spreadsheet.getAs): "Exception: Timeout"');
    expect(fakes.drive.calls).toEqual([]);
    expect(snapshot(fakes.spreadsheet)).toEqual(before);
  });

  it("getAs that gives something other than a PDF counts as failed", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(403);
    fakes.spreadsheet.getAs = () => new FakeBlob("<html/>", "text/html");
    const error = thrown(() => exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN));
    expect(error.message).toMatch(/\(2\) ekspor bawaan Google \(Spreadsheet\.getAs\): bukan PDF \("text\/html"\)/);
    expect(fakes.drive.calls).toEqual([]);
  });
});
