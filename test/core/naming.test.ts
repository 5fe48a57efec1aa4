import { EXAMPLE_CATALOG, kodeJabatan } from "../../src/core/catalog";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

import {
  bundleFileName,
  folderName,
  lamaName,
  parseSheetName,
  pdfFileName,
  rekapSheetName,
  sheetKey,
  sheetName,
} from "../../src/core/naming";

describe("names the product writes", () => {
  it("sheets, folder and files follow the README (sheet set, PDF export)", () => {
    expect(sheetName(2027, "KABID REHSOS")).toBe("2027 KABID REHSOS");
    expect(rekapSheetName(2027)).toBe("2027 REKAP");
    expect(folderName(2027)).toBe("IKI 2027");
    expect(pdfFileName(2027, "KASUBAG UMUM")).toBe("IKI 2027 - KASUBAG UMUM.pdf");
    expect(bundleFileName(2027)).toBe("IKI 2027 - Bundel.pdf");
  });

  it("sheet names match without regard to case, as Sheets matches them", () => {
    expect(sheetKey("2027 Kabid Pppa")).toBe(sheetKey(sheetName(2027, "KABID PPPA")));
  });

  it("an .xlsx's 31 characters: the '(lama)' name is cut to fit", () => {
    expect(lamaName("2027 KABID LINJAMSOS, SALINAN PAK BUDI", 2, 31)).toBe("2027 KABID LINJAMSOS, (lama 2)");
    expect(lamaName("2027 KADIS", 1, 31)).toBe("2027 KADIS (lama)");
  });
});

describe("parseSheetName: every name sheetName writes reads back", () => {
  it.each([...KODE_JABATAN, "REKAP"])("'2027 %s', in any case", (kode) => {
    expect(parseSheetName(sheetName(2027, kode), KODE_JABATAN)).toEqual({ tahun: 2027, kode });
    expect(parseSheetName(sheetName(2031, kode).toLowerCase(), KODE_JABATAN)).toEqual({ tahun: 2031, kode });
  });

  it("anything else is not a year's sheet", () => {
    for (const name of [
      "Sheet1",
      "2027 catatan",
      "x2027 KADIS",
      "2027  KADIS",
      "27 KADIS",
      "2027 KADIS (lama)",
      lamaName(rekapSheetName(2027), 2),
    ]) {
      expect([name, parseSheetName(name, KODE_JABATAN)]).toEqual([name, null]);
    }
  });
});
