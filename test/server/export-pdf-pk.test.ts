/**
 * exportPdf with `dokumen` and `perubahan` (README "PDF export"): the request's new fields checked and
 * refused in Indonesian, and a PK export answered as the IKI's is.
 */
import { exportPdf } from "../../src/server/export-pdf";
import { consoleSpies } from "../support/console-spies";
import { exportRefusal } from "../support/export-refusal";
import { fakeExportServices, yearSpreadsheet } from "../support/fakes/export-services";
import { withPkSheets } from "../support/pk-sheets";

const logged = consoleSpies();

const errorOf = exportRefusal;

describe("exportPdf: dokumen and perubahan refused in Indonesian", () => {
  it.each([
    [{ tahun: 2027, dokumen: "PK" }, /dokumen harus "iki" \(lembar IKI\) atau "pk" \(Perjanjian Kinerja\) \(yang dikirim: "PK"\)/],
    [{ tahun: 2027, dokumen: 1 }, /dokumen harus "iki" .*\(yang dikirim: 1\)/],
    [
      { tahun: 2027, dokumen: "pk", perubahan: "ya" },
      /perubahan harus true \(PK Perubahan\) atau false \(PK murni\) \(yang dikirim: "ya"\)/,
    ],
    [
      { tahun: 2027, perubahan: true },
      /perubahan hanya berlaku untuk dokumen "pk" \(Perjanjian Kinerja\); lembar IKI tidak punya versi perubahan/,
    ],
    [{ tahun: 2027, dokumen: "iki", perubahan: true }, /perubahan hanya berlaku untuk dokumen "pk"/],
  ])("%j is refused", (request, message) => {
    const error = errorOf(request);
    expect(error).toMatch(/^Permintaan ekspor PDF tidak sah: /);
    expect(error).toMatch(message);
    expect(logged.warn).toHaveBeenCalledWith(error);
    expect(logged.error).not.toHaveBeenCalled();
  });

  it("perubahan false with the IKI is not refused: it asks for nothing else", () => {
    const fakes = fakeExportServices();
    expect(exportPdf({ tahun: 2027, jabatan: ["KADIS"], dokumen: "iki", perubahan: false }, fakes.services)).toMatchObject({
      ok: true,
      data: { files: [{ name: "IKI 2027 - KADIS.pdf" }] },
    });
  });
});

describe("exportPdf: dokumen pk", () => {
  it("one jabatan per call, as the sidebar does: its PK to PK <tahun> - <kode>.pdf", () => {
    const fakes = fakeExportServices({ spreadsheetApp: withPkSheets(yearSpreadsheet(), ["KADIS", "SEKRETARIS"]) });
    const response = exportPdf({ tahun: 2027, jabatan: ["SEKRETARIS"], dokumen: "pk" }, fakes.services);
    expect(response).toMatchObject({
      ok: true,
      data: { folderName: "IKI 2027", files: [{ name: "PK 2027 - SEKRETARIS.pdf", label: "SEKRETARIS" }], tataLetak: "resmi" },
    });
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });

  it("a jabatan without its PK sheet: an answer in Indonesian, not an exception", () => {
    const fakes = fakeExportServices({ spreadsheetApp: withPkSheets(yearSpreadsheet(), ["SEKRETARIS"]) });
    const response = exportPdf({ tahun: 2027, jabatan: ["KADIS"], dokumen: "pk" }, fakes.services);
    expect(response).toEqual({ ok: false, error: "PK 2027 KADIS belum dibuat: tekan Buat PK dulu, lalu ekspor lagi." });
    expect(fakes.urlFetch.calls).toEqual([]);
  });

  it("perubahan bundle: PK Perubahan <tahun> - Bundel.pdf", () => {
    const spreadsheetApp = withPkSheets(yearSpreadsheet(), ["KADIS", "KABID PPPA"], { perubahan: true });
    const response = exportPdf(
      { tahun: 2027, dokumen: "pk", perubahan: true, bundel: true },
      fakeExportServices({ spreadsheetApp }).services,
    );
    expect(response).toMatchObject({ ok: true, data: { files: [{ name: "PK Perubahan 2027 - Bundel.pdf", label: "BUNDEL" }] } });
  });
});
