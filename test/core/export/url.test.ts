import { buildPdfExportUrl, driveFileUrl, driveFolderUrl, EXPORT_BASE, PDF_EXPORT_PARAMS } from "../../../src/core/export/url";
import { PRINT } from "../../../src/core/print/print";

const ID = "1AbC-dEf_123";

function paramsOf(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe("buildPdfExportUrl", () => {
  it("points at the spreadsheet's export endpoint", () => {
    const url = new URL(buildPdfExportUrl({ spreadsheetId: ID, gid: 0 }));
    expect(url.origin + url.pathname).toBe(`https://docs.google.com/spreadsheets/d/${ID}/export`);
    expect(EXPORT_BASE).toBe("https://docs.google.com/spreadsheets/d/");
  });

  it.each([
    ["format", "pdf"],
    ["size", "A4"],
    ["portrait", "false"],
    ["fitw", "true"],
    ["gridlines", "false"],
    ["printtitle", "false"],
    ["sheetnames", "false"],
    ["pagenum", "CENTER"],
    ["printnotes", "false"],
    ["fzr", "true"],
    ["fzc", "false"],
    ["horizontal_alignment", "CENTER"],
    ["vertical_alignment", "TOP"],
    ["top_margin", "0.5"],
    ["bottom_margin", "0.6"],
    ["left_margin", "0.3"],
    ["right_margin", "0.3"],
    ["attachment", "false"],
  ])("sets %s=%s", (key, value) => {
    const params = paramsOf(buildPdfExportUrl({ spreadsheetId: ID, gid: 7 }));
    expect(params.getAll(key)).toEqual([value]);
  });

  it("writes every parameter exactly once, nothing else but the gid", () => {
    const params = paramsOf(buildPdfExportUrl({ spreadsheetId: ID, gid: 7 }));
    const keys = [...params.keys()];
    expect(keys).toEqual([...PDF_EXPORT_PARAMS.map(([k]) => k), "gid"]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("margins leave room for the signature block and the page number, in inches", () => {
    const MARGIN_INCH = PRINT.marginsInch;
    expect(MARGIN_INCH.bottom).toBeGreaterThanOrEqual(0.5);
    expect(MARGIN_INCH.top).toBeGreaterThanOrEqual(0.5);
    for (const m of Object.values(MARGIN_INCH)) expect(m).toBeLessThanOrEqual(1);
  });

  it("prints one sheet by its gid, written last", () => {
    const url = buildPdfExportUrl({ spreadsheetId: ID, gid: 1234567890 });
    expect(paramsOf(url).get("gid")).toBe("1234567890");
    expect(url.endsWith("&gid=1234567890")).toBe(true);
    expect(paramsOf(buildPdfExportUrl({ spreadsheetId: ID, gid: 0 })).get("gid")).toBe("0");
  });

  it("without a gid prints the whole spreadsheet (every visible sheet)", () => {
    const url = buildPdfExportUrl({ spreadsheetId: ID });
    expect(paramsOf(url).has("gid")).toBe(false);
  });

  it("refuses a gid that is not a whole number ≥ 0, and an empty id", () => {
    for (const gid of [-1, 1.5, Number.NaN, Infinity]) {
      expect(() => buildPdfExportUrl({ spreadsheetId: ID, gid })).toThrow(/gid sheet tidak sah/);
    }
    expect(() => buildPdfExportUrl({ spreadsheetId: "" })).toThrow(/ID spreadsheet kosong/);
  });

  it("encodes the id and every value: nothing can break out of the path or the query", () => {
    const url = buildPdfExportUrl({ spreadsheetId: "a/b?c=d&e f#g", gid: 3 });
    expect(url).toContain("/d/a%2Fb%3Fc%3Dd%26e%20f%23g/export?");
    expect(url).not.toMatch(/\s/);
    const parsed = new URL(url);
    expect(parsed.hash).toBe("");
    expect(decodeURIComponent(parsed.pathname.split("/")[3]!)).toBe("a/b?c=d&e f#g");
    // Each key=value pair is made of URL-safe characters only.
    for (const pair of url.split("?")[1]!.split("&")) expect(pair).toMatch(/^[A-Za-z0-9_.~%-]+=[A-Za-z0-9_.~%-]+$/);
  });

  it("a range prints rows 0…rows-1 and columns 0…cols-1 of that sheet (0-based start, end one past), the gid still last", () => {
    const url = buildPdfExportUrl({ spreadsheetId: ID, gid: 7, range: { rows: 23, cols: 14 } });
    const params = paramsOf(url);
    expect([...params.keys()]).toEqual([...PDF_EXPORT_PARAMS.map(([k]) => k), "ir", "ic", "r1", "c1", "r2", "c2", "gid"]);
    expect(["ir", "ic", "r1", "c1", "r2", "c2"].map((k) => params.get(k))).toEqual(["false", "false", "0", "0", "23", "14"]);
    expect(url.endsWith("&gid=7")).toBe(true);
    // The page numbers stay on (each per-jabatan file is its own document, so it counts from 1).
    expect(params.get("pagenum")).toBe("CENTER");
  });

  it("refuses a range without a gid (the address takes one range, for one sheet) or with rows/columns < 1", () => {
    expect(() => buildPdfExportUrl({ spreadsheetId: ID, range: { rows: 23, cols: 14 } })).toThrow(/Rentang cetak tidak sah/);
    for (const range of [
      { rows: 0, cols: 14 },
      { rows: 23, cols: 0 },
      { rows: 2.5, cols: 14 },
    ]) {
      expect(() => buildPdfExportUrl({ spreadsheetId: ID, gid: 1, range })).toThrow(/Rentang cetak tidak sah/);
    }
  });

  it("is the same URL for the same input", () => {
    expect(buildPdfExportUrl({ spreadsheetId: ID, gid: 5 })).toBe(buildPdfExportUrl({ spreadsheetId: ID, gid: 5 }));
  });
});

describe("Drive links", () => {
  it("opens a file in the viewer and a folder in Drive", () => {
    expect(driveFileUrl("file-1")).toBe("https://drive.google.com/file/d/file-1/view");
    expect(driveFolderUrl("folder-9")).toBe("https://drive.google.com/drive/folders/folder-9");
    expect(driveFileUrl("a/b")).toBe("https://drive.google.com/file/d/a%2Fb/view");
  });
});
