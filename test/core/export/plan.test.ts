import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { driveQueryLiteral, queryFolder, queryPdfsInFolder } from "../../../src/core/export/drive-query";
import { planExport } from "../../../src/core/export/plan";
import { ExportProblem } from "../../../src/core/export/problem";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const YEAR = KODE_JABATAN.map((k) => `2027 ${k}`);

describe("Drive queries", () => {
  it("Drive queries quote and escape their literals", () => {
    expect(driveQueryLiteral("IKI 2027")).toBe("'IKI 2027'");
    expect(driveQueryLiteral("it's a\\b")).toBe("'it\\'s a\\\\b'");
    expect(queryFolder("IKI 2027")).toBe("name = 'IKI 2027' and mimeType = 'application/vnd.google-apps.folder' and trashed = false");
    expect(queryPdfsInFolder("f1")).toBe("'f1' in parents and mimeType = 'application/pdf' and trashed = false");
  });
});

describe("planExport", () => {
  it("no jabatan given: one file per jabatan sheet of the year, catalog order, REKAP not a file", () => {
    const plan = planExport({ tahun: 2027 }, ["Catatan", ...[...YEAR].reverse(), "2027 REKAP", "2026 KADIS"], KODE_JABATAN);
    expect(plan.folderName).toBe("IKI 2027");
    expect(plan.bundel).toBe(false);
    expect(plan.files.map((f) => f.label)).toEqual([...KODE_JABATAN]);
    expect(plan.files[0]).toEqual({
      label: "KADIS",
      fileName: "IKI 2027 - KADIS.pdf",
      sheetNames: ["2027 KADIS"],
      subject: "jabatan KADIS",
    });
  });

  it("no jabatan given: only the jabatan sheets that exist", () => {
    const plan = planExport({ tahun: 2027 }, ["2027 KABID PPPA", "2027 KADIS"], KODE_JABATAN);
    expect(plan.files.map((f) => f.label)).toEqual(["KADIS", "KABID PPPA"]);
  });

  it("chosen jabatan come out in catalog order, once each", () => {
    const plan = planExport({ tahun: 2027, jabatan: ["KABID PPPA", "KADIS", "KABID PPPA"] }, YEAR, KODE_JABATAN);
    expect(plan.files.map((f) => f.fileName)).toEqual(["IKI 2027 - KADIS.pdf", "IKI 2027 - KABID PPPA.pdf"]);
  });

  it("bundle: chosen sheets in catalog order, REKAP last", () => {
    const plan = planExport({ tahun: 2027, bundel: true }, ["2027 REKAP", ...YEAR], KODE_JABATAN);
    expect(plan.files).toHaveLength(1);
    expect(plan.files[0]!.label).toBe("BUNDEL");
    expect(plan.files[0]!.fileName).toBe("IKI 2027 - Bundel.pdf");
    expect(plan.files[0]!.sheetNames).toEqual([...YEAR, "2027 REKAP"]);
    expect(plan.files[0]!.subject).toBe("bundel tahun 2027");
  });

  it("bundle: the BUKTI sheet (the evidence index) after the REKAP when it is there; not in a jabatan's own file", () => {
    const plan = planExport({ tahun: 2027, bundel: true }, ["2027 BUKTI", "2027 REKAP", ...YEAR], KODE_JABATAN);
    expect(plan.files[0]!.sheetNames).toEqual([...YEAR, "2027 REKAP", "2027 BUKTI"]);
    const per = planExport({ tahun: 2027, jabatan: ["KADIS"] }, ["2027 BUKTI", ...YEAR], KODE_JABATAN);
    expect(per.files.map((f) => f.sheetNames)).toEqual([["2027 KADIS"]]);
  });

  it("finds a sheet a user renamed in another case, as Sheets does, and prints it under its actual name", () => {
    const per = planExport({ tahun: 2027, jabatan: ["KADIS"] }, ["2027 Kadis"], KODE_JABATAN);
    expect(per.files[0]!.sheetNames).toEqual(["2027 Kadis"]);
    const bundle = planExport({ tahun: 2027, bundel: true }, ["2027 kadis", "2027 Rekap"], KODE_JABATAN);
    expect(bundle.files[0]!.sheetNames).toEqual(["2027 kadis", "2027 Rekap"]);
  });

  it("bundle without a REKAP sheet: just the jabatan", () => {
    const plan = planExport({ tahun: 2027, jabatan: ["SEKRETARIS", "KADIS"], bundel: true }, YEAR, KODE_JABATAN);
    expect(plan.files[0]!.sheetNames).toEqual(["2027 KADIS", "2027 SEKRETARIS"]);
  });

  it("a chosen jabatan without its sheet: Indonesian error naming it, telling to create the year", () => {
    let caught: unknown;
    try {
      planExport({ tahun: 2027, jabatan: ["KADIS", "KABID PPPA"] }, ["2027 KADIS"], KODE_JABATAN);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExportProblem);
    const message = (caught as Error).message;
    expect(message).toContain('"2027 KABID PPPA"');
    expect(message).toContain("jabatan KABID PPPA");
    expect(message).toMatch(/Buat tahun 2027 dulu/);
    expect(message).not.toContain('KADIS"');
  });

  it("a year without any sheet: Indonesian error telling to create the year", () => {
    expect(() => planExport({ tahun: 2030 }, YEAR, KODE_JABATAN)).toThrow(/Belum ada sheet IKI tahun 2030.*Buat tahun 2030 dulu/);
    expect(() => planExport({ tahun: 2030, bundel: true }, [], KODE_JABATAN)).toThrow(ExportProblem);
  });
});
