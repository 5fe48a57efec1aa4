import { CALL_DEADLINE_MS, exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { MIME_FOLDER, MIME_PDF } from "../../../src/core/export/drive-query";
import { ExportProblem } from "../../../src/core/export/problem";
import { fakeExportServices, gidOf, yearSpreadsheet } from "../../support/fakes/export-services";
import { FAKE_SPREADSHEET_ID } from "../../support/fakes/spreadsheet-app";
import { thrown } from "../../support/thrown";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

describe("exportYear: one PDF per jabatan", () => {
  it("saves 7 files in the folder IKI 2027, one export request per sheet by gid", () => {
    const fakes = fakeExportServices();
    const result = exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);

    const [folder, ...more] = fakes.drive.folders();
    expect(more).toEqual([]);
    expect(folder!.name).toBe("IKI 2027");
    const pdfs = fakes.drive.pdfsIn(folder!.id);
    expect(pdfs.map((f) => f.name)).toEqual(KODE_JABATAN.map((k) => `IKI 2027 - ${k}.pdf`));
    expect(pdfs.every((f) => f.mimeType === MIME_PDF && f.content?.startsWith("%PDF"))).toBe(true);

    const gids = KODE_JABATAN.map((k) => fakes.spreadsheet.sheet(`2027 ${k}`)!.id);
    expect(fakes.urlFetch.calls.map((c) => gidOf(c.url))).toEqual(gids);
    expect(result.tahun).toBe(2027);
    expect(result.folderName).toBe("IKI 2027");
    expect(result.folderUrl).toBe(`https://drive.google.com/drive/folders/${folder!.id}`);
    expect(result.files).toEqual(
      pdfs.map((f, i) => ({ name: f.name, url: `https://drive.google.com/file/d/${f.id}/view`, label: KODE_JABATAN[i] })),
    );
    expect(result.message).toBe('7 file PDF tersimpan di folder "IKI 2027".');
  });

  it("fetches with the user's token and muteHttpExceptions; reads the token once", () => {
    const fakes = fakeExportServices();
    exportYear({ tahun: 2027, jabatan: ["KADIS", "SEKRETARIS"] }, fakes.services, KODE_JABATAN);
    expect(fakes.scriptApp.calls).toBe(1);
    for (const { url, params } of fakes.urlFetch.calls) {
      expect(url.startsWith(`https://docs.google.com/spreadsheets/d/${FAKE_SPREADSHEET_ID}/export?format=pdf&`)).toBe(true);
      expect(params).toEqual({ headers: { Authorization: "Bearer ya29.token-palsu" }, muteHttpExceptions: true });
    }
  });

  it("flushes once, before the first export", () => {
    const fakes = fakeExportServices();
    const flushes = () => fakes.spreadsheetApp.log.count("flush");
    const seen: number[] = [];
    const recordFlushes = () => {
      seen.push(flushes());
      return 200;
    };
    fakes.urlFetch.reply(...KODE_JABATAN.map(() => recordFlushes));
    exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);
    expect(flushes()).toBe(1);
    expect(seen).toEqual(KODE_JABATAN.map(() => 1));
  });

  it("429, 429, 200: retried with backoff, delays recorded and not slept", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(429, 429, 200);
    const started = Date.now();
    const result = exportYear({ tahun: 2027, jabatan: ["KABID REHSOS"] }, fakes.services, KODE_JABATAN);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fakes.urlFetch.calls).toHaveLength(3);
    expect(new Set(fakes.urlFetch.calls.map((c) => c.url)).size).toBe(1);
    expect(fakes.clock.sleeps).toEqual([750, 1500]);
    expect(result.files.map((f) => f.name)).toEqual(["IKI 2027 - KABID REHSOS.pdf"]);
  });

  it("a 404: clear Indonesian error naming the jabatan and the status; nothing saved, not even the folder", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(404);
    const error = thrown(() => exportYear({ tahun: 2027, jabatan: ["KABID LINJAMSOS"] }, fakes.services, KODE_JABATAN));
    expect(error).toBeInstanceOf(ExportProblem);
    expect(error.message).toContain("jabatan KABID LINJAMSOS");
    expect(error.message).toContain("HTTP 404");
    expect(error.message).toMatch(/tidak menemukan spreadsheet.*Muat ulang/);
    expect(fakes.urlFetch.calls).toHaveLength(1);
    expect(fakes.clock.sleeps).toEqual([]);
    expect(fakes.drive.calls).toEqual([]);
    expect(fakes.drive.files).toEqual([]);
  });

  it("a 404 on the 3rd jabatan of 7: nothing half-saved", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(200, 200, 404);
    const error = thrown(() => exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN));
    expect(error.message).toContain(`jabatan ${KODE_JABATAN[2]}`);
    expect(fakes.urlFetch.calls).toHaveLength(3);
    expect(fakes.drive.calls).toEqual([]);
  });

  it("the folder exists already: reused, not duplicated", () => {
    const fakes = fakeExportServices();
    const existing = fakes.drive.seed({ name: "IKI 2027", mimeType: MIME_FOLDER });
    const result = exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);
    expect(fakes.drive.folders()).toEqual([existing]);
    expect(fakes.drive.pdfsIn(existing.id)).toHaveLength(7);
    expect(fakes.drive.calls.filter((c) => c.method === "create" && (c.args[0] as { mimeType: string }).mimeType === MIME_FOLDER)).toEqual(
      [],
    );
    expect(result.folderUrl).toBe(`https://drive.google.com/drive/folders/${existing.id}`);
  });

  it("a folder of that name made by hand is invisible under drive.file: the add-on makes its own", () => {
    const fakes = fakeExportServices();
    fakes.drive.seed({ name: "IKI 2027", mimeType: MIME_FOLDER, byApp: false });
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODE_JABATAN);
    expect(fakes.drive.folders().filter((f) => f.byApp)).toHaveLength(1);
  });

  it("a second export replaces the files (same ids and links, new content) instead of duplicating", () => {
    const fakes = fakeExportServices();
    const first = exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);
    const before = fakes.drive.files.map((f) => ({ ...f }));
    const second = exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN);

    expect(fakes.drive.folders()).toHaveLength(1);
    const pdfs = fakes.drive.pdfsIn(fakes.drive.folders()[0]!.id);
    expect(pdfs).toHaveLength(7);
    expect(second.files).toEqual(first.files);
    pdfs.forEach((f) => {
      const old = before.find((b) => b.id === f.id)!;
      expect(f.version).toBe(2);
      expect(f.content).not.toBe(old.content);
    });
    expect(fakes.drive.calls.filter((c) => c.method === "update")).toHaveLength(7);
    expect(second.message).toMatch(/^7 file PDF tersimpan di folder "IKI 2027" \(7 menggantikan file lama/);
  });

  it("a missing sheet: Indonesian error telling the user to create the year first; nothing fetched", () => {
    const fakes = fakeExportServices({ spreadsheetApp: yearSpreadsheet(2027, { kode: ["KADIS"] }) });
    const error = thrown(() => exportYear({ tahun: 2027, jabatan: ["KADIS", "KABID DAYASOS"] }, fakes.services, KODE_JABATAN));
    expect(error.message).toMatch(/"2027 KABID DAYASOS" untuk jabatan KABID DAYASOS belum ada.*Buat tahun 2027 dulu/);
    expect(fakes.urlFetch.calls).toEqual([]);
    expect(fakes.drive.calls).toEqual([]);
  });

  it("stops starting exports at the call's deadline, saving nothing", () => {
    const fakes = fakeExportServices({ latencyMs: 50_000 });
    const error = thrown(() => exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN));
    expect(error.message).toMatch(/Waktu habis sebelum PDF jabatan .* diekspor.*Tidak ada file yang disimpan/);
    expect(fakes.urlFetch.calls.length).toBe(Math.ceil(CALL_DEADLINE_MS / 50_000));
    expect(fakes.drive.calls).toEqual([]);
  });

  it("a Drive failure while saving names the file and lists what was already saved", () => {
    const fakes = fakeExportServices();
    const drive = fakes.drive;
    let creates = 0;
    const create = drive.create.bind(drive);
    drive.create = (resource, media, args) => {
      if (resource.mimeType === MIME_PDF && ++creates === 3) throw new Error("User rate limit exceeded");
      return create(resource, media, args);
    };
    const error = thrown(() => exportYear({ tahun: 2027 }, fakes.services, KODE_JABATAN));
    expect(error).toBeInstanceOf(ExportProblem);
    expect(error.message).toContain(
      `Menyimpan "IKI 2027 - ${KODE_JABATAN[2]}.pdf" ke folder "IKI 2027" di Google Drive gagal: User rate limit exceeded`,
    );
    expect(error.message).toContain(`File yang sudah tersimpan: IKI 2027 - KADIS.pdf, IKI 2027 - SEKRETARIS.pdf.`);
  });
});
