/**
 * Issue 10: a triwulan sheet prints without its working columns (Formulasi, Sumber Data, every
 * Pembilang / Penyebut), so its printed form is readable on A4. Sheets leaves hidden columns out of
 * a PDF: they are hidden while the PDF is made and shown again after, also when it fails; a column
 * the user hid stays hidden; a tahunan sheet prints whole.
 */
import { exportYear } from "../../../src/adapters/export/export-year";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../../src/core/catalog";
import { scaffoldYear } from "../../../src/server/scaffold-year";
import { type ExportFakes, fakeExportServices } from "../../support/fakes/export-services";
import { createFakeSpreadsheetApp, type FakeSpreadsheetApp } from "../../support/fakes/spreadsheet-app";

const KODES = kodeJabatan(EXAMPLE_CATALOG);

function triwulanYear(): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  const made = scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services());
  if (!made.ok) throw new Error(made.error);
  return fake;
}

/** The header labels of the columns hidden on `name` (its group row and label row as the sheet shows them). */
function hiddenLabels(fake: FakeSpreadsheetApp, name: string): string[] {
  const sheet = fake.spreadsheet.sheet(name)!;
  const labelRow = [...Array(40).keys()].find((r) => sheet.peek(r, 0)?.value === "No") as number;
  let group = "";
  return [...Array(sheet.extent().cols).keys()].flatMap((c) => {
    const top = String(sheet.peek(labelRow, c)?.value ?? "");
    const under = sheet.peek(labelRow + 1, c)?.value;
    const below = typeof under === "string" ? under : ""; // a tahunan header has the column numbers under it
    if (top) group = top;
    const label = below ? `${group} / ${below}` : top;
    return sheet.hiddenColumns.has(c) ? [label] : [];
  });
}

/** What was hidden on each sheet at each request to the export address. */
function spyOnFetch(fakes: ExportFakes, fake: FakeSpreadsheetApp, names: string[]): string[][][] {
  const seen: string[][][] = [];
  fakes.urlFetch.otherwise = () => {
    seen.push(names.map((n) => hiddenLabels(fake, n)));
    return 200;
  };
  return seen;
}

const WORKING = [
  "Penjelasan / Formulasi Penghitungan",
  "Sumber Data",
  ...["TW I", "TW II", "TW III", "TW IV", "Tahunan"].flatMap((g) => [`${g} / Pembilang`, `${g} / Penyebut`]),
];

describe("a triwulan sheet's PDF leaves its working columns out", () => {
  it("per jabatan: hidden while its PDF is fetched (only the id column before and after)", () => {
    const fake = triwulanYear();
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const seen = spyOnFetch(fakes, fake, ["2027 KADIS"]);
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODES);
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]!.sort()).toEqual(["ID", ...WORKING].sort());
    expect(hiddenLabels(fake, "2027 KADIS")).toEqual(["ID"]);
  });

  it("bundle: every triwulan sheet at once; the REKAP without its on-screen BUKTI counts", () => {
    const fake = triwulanYear();
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    const seen = spyOnFetch(fakes, fake, ["2027 KADIS", "2027 KABID PPPA", "2027 REKAP"]);
    exportYear({ tahun: 2027, bundel: true }, fakes.services, KODES);
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]!.sort()).toEqual(["ID", ...WORKING].sort());
    expect(seen[0]![1]!.sort()).toEqual(["ID", ...WORKING].sort());
    expect(seen[0]![2]).toEqual(["Bukti", "Terverifikasi", "ID"]);
    // Shown again after.
    for (const n of ["2027 KADIS", "2027 KABID PPPA", "2027 REKAP"]) expect(hiddenLabels(fake, n)).toEqual(["ID"]);
  });

  it("shown again when the PDF fails; a column the user hid stays hidden", () => {
    const fake = triwulanYear();
    const sheet = fake.spreadsheet.sheet("2027 KADIS")!;
    const formulasi = [...Array(sheet.extent().cols).keys()].find(
      (c) => sheet.peek(7, c)?.value === "Penjelasan / Formulasi Penghitungan",
    )!;
    sheet.hiddenColumns.add(formulasi);
    const fakes = fakeExportServices({ spreadsheetApp: fake });
    fakes.urlFetch.otherwise = 500;
    expect(() => exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODES)).toThrow();
    expect(hiddenLabels(fake, "2027 KADIS").sort()).toEqual(["ID", "Penjelasan / Formulasi Penghitungan"].sort());
  });

  it("a tahunan sheet prints every column", () => {
    const fakes = fakeExportServices();
    const seen = spyOnFetch(fakes, fakes.spreadsheetApp as FakeSpreadsheetApp, ["2027 KADIS"]);
    exportYear({ tahun: 2027, jabatan: ["KADIS"] }, fakes.services, KODES);
    expect(seen).toEqual([[["ID"]]]);
  });
});
