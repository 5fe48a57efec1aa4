/**
 * The Perjanjian Kinerja in the PDF export (README "PDF export"): the file names, the export address
 * for A4 portrait with the PK's margins, which sheets go into which file, and the fallback's notice.
 * The expected names and margins are written out here, not taken from src.
 */
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { layoutNotice } from "../../../src/core/export/layout-notice";
import { planExport } from "../../../src/core/export/plan";
import { ExportProblem } from "../../../src/core/export/problem";
import { buildPdfExportUrl, PDF_EXPORT_PARAMS, pdfExportParams } from "../../../src/core/export/url";
import { pkBundleFileName, pkPdfFileName } from "../../../src/core/naming";
import { thrown } from "../../support/thrown";

const KODES = kodeJabatan(EXAMPLE_CATALOG);
const ID = "1AbC-dEf_123";
const paramsOf = (url: string) => new URL(url).searchParams;
const PK = KODES.map((k) => `PK 2027 ${k}`);
const PK_PERUBAHAN = KODES.map((k) => `PK Perubahan 2027 ${k}`);
const IKI = [...KODES.map((k) => `2027 ${k}`), "2027 REKAP"];

describe("PK file names", () => {
  it("one file per jabatan and the bundle, murni and perubahan", () => {
    expect(pkPdfFileName(2027, "KADIS", false)).toBe("PK 2027 - KADIS.pdf");
    expect(pkPdfFileName(2027, "KABID REHSOS", true)).toBe("PK Perubahan 2027 - KABID REHSOS.pdf");
    expect(pkBundleFileName(2027, false)).toBe("PK 2027 - Bundel.pdf");
    expect(pkBundleFileName(2028, true)).toBe("PK Perubahan 2028 - Bundel.pdf");
  });
});

describe("the export address of a PK: A4 portrait, fit to width, the PK's margins", () => {
  it.each([
    ["size", "A4"],
    ["portrait", "true"],
    ["fitw", "true"],
    ["gridlines", "false"],
    ["pagenum", "CENTER"],
    ["top_margin", "0.6"],
    ["bottom_margin", "0.6"],
    ["left_margin", "0.7"],
    ["right_margin", "0.6"],
  ])("sets %s=%s", (key, value) => {
    expect(paramsOf(buildPdfExportUrl({ spreadsheetId: ID, gid: 7, orientation: "portrait" })).getAll(key)).toEqual([value]);
  });

  it("the same parameters, in the same order, as the IKI's; only orientation and margins differ", () => {
    const portrait = pdfExportParams("portrait");
    expect(portrait.map(([k]) => k)).toEqual(PDF_EXPORT_PARAMS.map(([k]) => k));
    const differ = portrait.filter(([, v], i) => PDF_EXPORT_PARAMS[i]![1] !== v).map(([k]) => k);
    expect(differ).toEqual(["portrait", "top_margin", "left_margin", "right_margin"]);
  });

  it("landscape, or no orientation, is the IKI's address exactly", () => {
    const iki = buildPdfExportUrl({ spreadsheetId: ID, gid: 7, range: { rows: 20, cols: 13 } });
    expect(buildPdfExportUrl({ spreadsheetId: ID, gid: 7, range: { rows: 20, cols: 13 }, orientation: "landscape" })).toBe(iki);
    expect(pdfExportParams("landscape")).toEqual(PDF_EXPORT_PARAMS);
    expect(paramsOf(iki).get("portrait")).toBe("false");
  });

  it("a bundle (no gid) prints portrait too", () => {
    const params = paramsOf(buildPdfExportUrl({ spreadsheetId: ID, orientation: "portrait" }));
    expect(params.get("portrait")).toBe("true");
    expect(params.has("gid")).toBe(false);
  });
});

describe("planExport, dokumen pk", () => {
  const sheets = ["Catatan", ...IKI, ...[...PK].reverse(), ...PK_PERUBAHAN.slice(0, 2)];

  it("one file per jabatan: the PK sheets of the year in catalog order, portrait, the folder IKI <tahun>", () => {
    const plan = planExport({ tahun: 2027, dokumen: "pk" }, sheets, KODES);
    expect(plan).toMatchObject({ tahun: 2027, folderName: "IKI 2027", bundel: false, dokumen: "pk", orientation: "portrait" });
    expect(plan.files.map((f) => f.sheetNames)).toEqual(PK.map((name) => [name]));
    expect(plan.files[0]).toEqual({
      label: "KADIS",
      fileName: "PK 2027 - KADIS.pdf",
      sheetNames: ["PK 2027 KADIS"],
      subject: "PK jabatan KADIS",
    });
  });

  it("perubahan: the PK Perubahan sheets that exist, never the murni ones", () => {
    const plan = planExport({ tahun: 2027, dokumen: "pk", perubahan: true }, sheets, KODES);
    expect(plan.files.map((f) => [f.label, f.fileName, f.sheetNames])).toEqual([
      ["KADIS", "PK Perubahan 2027 - KADIS.pdf", ["PK Perubahan 2027 KADIS"]],
      ["SEKRETARIS", "PK Perubahan 2027 - SEKRETARIS.pdf", ["PK Perubahan 2027 SEKRETARIS"]],
    ]);
    expect(plan.files[0]!.subject).toBe("PK Perubahan jabatan KADIS");
  });

  it("bundle: the chosen PK sheets in catalog order, no REKAP, one portrait file", () => {
    const plan = planExport({ tahun: 2027, dokumen: "pk", bundel: true, jabatan: ["SEKRETARIS", "KADIS"] }, sheets, KODES);
    expect(plan.orientation).toBe("portrait");
    expect(plan.files).toEqual([
      {
        label: "BUNDEL",
        fileName: "PK 2027 - Bundel.pdf",
        sheetNames: ["PK 2027 KADIS", "PK 2027 SEKRETARIS"],
        subject: "bundel PK tahun 2027",
      },
    ]);
    const perubahan = planExport({ tahun: 2027, dokumen: "pk", perubahan: true, bundel: true }, sheets, KODES);
    expect(perubahan.files[0]!.fileName).toBe("PK Perubahan 2027 - Bundel.pdf");
    expect(perubahan.files[0]!.sheetNames).toEqual(PK_PERUBAHAN.slice(0, 2));
  });

  it("finds a PK sheet renamed in another case, as Sheets does", () => {
    const plan = planExport({ tahun: 2027, dokumen: "pk", jabatan: ["KADIS"] }, ["pk 2027 Kadis"], KODES);
    expect(plan.files[0]!.sheetNames).toEqual(["pk 2027 Kadis"]);
  });

  it("a chosen jabatan without its PK: said in Indonesian, naming the sheet and the button", () => {
    const problem = thrown(() =>
      planExport({ tahun: 2027, dokumen: "pk", perubahan: true, jabatan: ["KADIS", "KABID PPPA"] }, sheets, KODES),
    );
    expect(problem).toBeInstanceOf(ExportProblem);
    expect(problem.message).toBe("PK Perubahan 2027 KABID PPPA belum dibuat: tekan Buat PK dulu, lalu ekspor lagi.");
    const two = thrown(() => planExport({ tahun: 2027, dokumen: "pk", jabatan: ["KADIS", "SEKRETARIS"] }, IKI, KODES));
    expect(two.message).toBe("PK 2027 KADIS, PK 2027 SEKRETARIS belum dibuat: tekan Buat PK dulu, lalu ekspor lagi.");
  });

  it("no PK of that year at all: said in Indonesian", () => {
    const problem = thrown(() => planExport({ tahun: 2027, dokumen: "pk", bundel: true }, IKI, KODES));
    expect(problem).toBeInstanceOf(ExportProblem);
    expect(problem.message).toBe(
      "Belum ada PK 2027 di spreadsheet ini (dicari: PK 2027 KADIS dan seterusnya): tekan Buat PK dulu, lalu ekspor lagi.",
    );
  });

  it("the IKI plan is as before: landscape, its own sheets only", () => {
    const plan = planExport({ tahun: 2027, dokumen: "iki" }, sheets, KODES);
    expect(plan).toMatchObject({ dokumen: "iki", orientation: "landscape" });
    expect(plan).toEqual(planExport({ tahun: 2027 }, sheets, KODES));
    expect(plan.files.map((f) => f.fileName)).toEqual(KODES.map((k) => `IKI 2027 - ${k}.pdf`));
  });
});

describe("the fallback's notice for a PK", () => {
  it("names the PK's official layout (A4 tegak), not the IKI's", () => {
    const notice = layoutNotice("HTTP 403: akses ditolak", undefined, "portrait");
    expect(notice).toMatch(/^PDF dibuat dengan tata letak bawaan Google/);
    expect(notice).toMatch(/A4 tegak/);
    expect(notice).not.toMatch(/mendatar/);
    expect(notice).toContain("drive.readonly");
    expect(layoutNotice("x", undefined, "landscape")).toBe(layoutNotice("x"));
  });
});
