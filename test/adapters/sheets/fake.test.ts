/** The fake SpreadsheetApp behaves like Sheets where the adapter's tests rely on it. */
import { createFakeSpreadsheetApp, FAKE_SPREADSHEET_URL, type FakeSheet } from "../../support/fakes/spreadsheet-app";

function setup() {
  const fake = createFakeSpreadsheetApp();
  const services = fake.services();
  const sheet = services.spreadsheet.insertSheet("S");
  return { fake, services, sheet, state: fake.spreadsheet.sheet("S") as FakeSheet };
}

describe("fake SpreadsheetApp", () => {
  it("setValues: formulas, quoted text, numbers from digits, and a size check like Sheets'", () => {
    const { fake, sheet } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([["=A2*2", "'=teks", "12", "12a"]]);
    expect(fake.user.cell("S", "A1")).toMatchObject({ formula: "=A2*2", value: "" });
    expect(fake.user.cell("S", "B1").value).toBe("=teks");
    expect(fake.user.cell("S", "C1").value).toBe(12);
    expect(fake.user.cell("S", "D1").value).toBe("12a");
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow("number of rows");
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow("out of bounds");
  });

  it("getDataRange covers the cells with content; formula cells read back blank with their formula", () => {
    const { sheet } = setup();
    sheet.getRange(2, 2, 1, 2).setValues([["x", "=B2"]]);
    const data = sheet.getDataRange();
    expect(data.getValues()).toEqual([
      ["", "", ""],
      ["", "x", ""],
    ]);
    expect(data.getFormulas()[1]).toEqual(["", "", "=B2"]);
  });

  it("merging keeps the top-left value only; breakApart refuses a partial merge", () => {
    const { fake, sheet, state } = setup();
    sheet.getRange(1, 1, 2, 2).setValues([
      ["a", "b"],
      ["c", "d"],
    ]);
    sheet.getRange(1, 1, 2, 2).mergeAcross();
    expect(state.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2 },
      { row: 1, col: 0, rows: 1, cols: 2 },
    ]);
    expect([fake.user.cell("S", "B1").value, fake.user.cell("S", "A2").value]).toEqual(["", "c"]);
    expect(() => sheet.getRange(1, 1, 1, 1).breakApart()).toThrow("merged range");
    sheet.getRange(1, 1, 5, 5).breakApart();
    expect(state.merges).toEqual([]);
  });

  it("a user's inserted row moves cells, merges, protections and formula references", () => {
    const { fake, sheet, state } = setup();
    sheet.getRange(1, 1, 3, 1).setValues([["judul"], [5], ["=A2*2"]]);
    state.range({ row: 1, col: 0, rows: 2, cols: 1 }).protect();
    sheet.protect().setUnprotectedRanges([sheet.getRange(3, 2, 1, 1)]);
    sheet.getRange(1, 1, 1, 3).merge();
    fake.user.insertRows("S", 2, 1);
    expect(fake.user.cell("S", "A3").value).toBe(5);
    expect(fake.user.cell("S", "A4").formula).toBe("=A3*2");
    expect(state.protections[0]?.box).toEqual({ row: 2, col: 0, rows: 2, cols: 1 });
    expect(state.protections[1]?.unprotected).toEqual([{ row: 3, col: 1, rows: 1, cols: 1 }]);
    expect(state.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
  });

  it("a user's sort moves whole rows; relative references follow their row", () => {
    const { fake, sheet } = setup();
    sheet.getRange(1, 1, 3, 3).setValues([
      ["b", 2, "=B1*10"],
      ["c", 3, "=B2*10"],
      ["a", 1, "=B3*10"],
    ]);
    fake.user.sortRows("S", 1, 3, 1);
    expect([...fake.user.contents("S").entries()]).toEqual([
      ["A1", "a"],
      ["B1", 1],
      ["C1", "=B1*10"],
      ["A2", "b"],
      ["B2", 2],
      ["C2", "=B2*10"],
      ["A3", "c"],
      ["B3", 3],
      ["C3", "=B3*10"],
    ]);
  });

  it("logs every call in order, and finds a read after a write", () => {
    const { fake, sheet } = setup();
    sheet.getRange(1, 1, 1, 1).setValues([[1]]);
    sheet.getDataRange().getValues();
    expect(fake.log.calls.map((c) => `${c.target}.${c.method}:${c.kind}`)).toEqual([
      "Spreadsheet.insertSheet:write",
      "Sheet.getRange:handle",
      "Range.setValues:write",
      "Sheet.getDataRange:read",
      "Range.getValues:read",
    ]);
    expect(fake.log.readAfterWrite()?.method).toBe("getDataRange");
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.perSheet().get("S")).toBe(5);
  });

  it("Sheet.protect: one sheet protection per sheet, handed back when it exists; unprotected ranges on that sheet only", () => {
    const { services, sheet, state } = setup();
    const p = sheet.protect();
    expect(sheet.protect()).toBe(p);
    expect(state.protections).toHaveLength(1);
    const other = services.spreadsheet.insertSheet("T");
    expect(() => p.setUnprotectedRanges([other.getRange(1, 1, 1, 1)])).toThrow("protected sheet");
    expect(() => state.range({ row: 0, col: 0, rows: 1, cols: 1 }).protect().setUnprotectedRanges([])).toThrow("sheet protection");
    expect(sheet.getProtections(services.sheetProtection)).toEqual([p]);
    const RANGE = "RANGE" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
    expect(sheet.getProtections(RANGE).map((r) => (r as unknown as { type: string }).type)).toEqual(["RANGE"]);
  });

  it("answers whether a cell is protected, warning-only or unprotected", () => {
    const { fake, sheet, state } = setup();
    expect(fake.user.protection("S", "B2")).toBe("unprotected");
    sheet
      .protect()
      .setWarningOnly(true)
      .setUnprotectedRanges([sheet.getRange(2, 2, 2, 1)]);
    expect(fake.user.protection("S", "A1")).toBe("warning-only");
    expect(fake.user.protection("S", "Z1000")).toBe("warning-only");
    expect(fake.user.protection("S", "B2")).toBe("unprotected");
    expect(fake.user.protection("S", 3, 2)).toBe("unprotected");
    state.range({ row: 0, col: 0, rows: 1, cols: 1 }).protect();
    expect(fake.user.protection("S", "A1")).toBe("protected");
  });

  it("getRangeList takes whole columns and whole rows; getUrl and getSheetByName are reads, names match without regard to case", () => {
    const { fake, services, sheet } = setup();
    const [cols, rows] = sheet.getRangeList(["B:C", "2:3"]).getRanges() as unknown as { box: object }[];
    expect(cols?.box).toEqual({ row: 0, col: 1, rows: 1000, cols: 2 });
    expect(rows?.box).toEqual({ row: 1, col: 0, rows: 2, cols: 26 });
    fake.log.clear();
    expect(services.spreadsheet.getUrl()).toBe(FAKE_SPREADSHEET_URL);
    expect(services.spreadsheet.getSheetByName("s")).toBe(fake.spreadsheet.sheet("S"));
    expect(fake.log.calls.map((c) => `${c.method}:${c.kind}`)).toEqual(["getUrl:read", "getSheetByName:read"]);
    expect(() => services.spreadsheet.insertSheet("s")).toThrow("already exists");
  });

  it("tabs as the export sees them: the new sheet is active, the last visible one cannot be hidden, moves are 1-based", () => {
    const fake = createFakeSpreadsheetApp();
    const book = fake.getActiveSpreadsheet();
    const [a, b, c] = ["A", "B", "C"].map((name) => book.insertSheet(name)) as [FakeSheet, FakeSheet, FakeSheet];
    expect(book.getActiveSheet()).toBe(c);
    c.hideSheet();
    expect(book.active).toBe(a);
    b.hideSheet();
    expect(() => a.hideSheet()).toThrow("hide all the sheets");
    expect([a.isSheetHidden(), b.isSheetHidden(), c.isSheetHidden()]).toEqual([false, true, true]);
    b.showSheet();
    book.setActiveSheet(b);
    book.moveActiveSheet(1);
    expect(book.names()).toEqual(["B", "A", "C"]);
    expect([book.visibleNames(), book.hiddenNames()]).toEqual([["B", "A"], ["C"]]);
    expect(() => book.moveActiveSheet(4)).toThrow("no such tab position");
    a.failing.add("showSheet");
    expect(() => a.showSheet()).toThrow("showSheet failed");
    expect(() => a.showSheet()).not.toThrow();
    fake.log.clear();
    book.getId();
    c.isSheetHidden();
    b.hideSheet();
    book.setActiveSheet(a);
    fake.flush();
    expect(fake.log.calls.map((call) => `${call.target}.${call.method}:${call.kind}${call.sheet ? ` ${call.sheet}` : ""}`)).toEqual([
      "Spreadsheet.getId:handle",
      "Sheet.isSheetHidden:read C",
      "Sheet.hideSheet:write B",
      "Spreadsheet.setActiveSheet:write A",
      "SpreadsheetApp.flush:flush",
    ]);
  });

  it("the lock answers false while another editor holds it", () => {
    const { fake, services } = setup();
    expect(services.lock.tryLock(10)).toBe(true);
    fake.lockHeldElsewhere = true;
    expect(services.lock.tryLock(10)).toBe(false);
  });
});
