/** The fake's sheet names, developer metadata and column deletion behave like Sheets where the adapter's tests rely on it. */
import {
  createFakeSpreadsheetApp,
  deleteColumns,
  type FakeSheet,
  removeProtections,
  renameSheet,
} from "../../support/fakes/spreadsheet-app";

function setup() {
  const fake = createFakeSpreadsheetApp();
  const services = fake.services();
  const sheet = services.spreadsheet.insertSheet("2027 KADIS");
  return { fake, services, sheet, state: fake.spreadsheet.sheet("2027 KADIS") as FakeSheet };
}

describe("fake SpreadsheetApp: sheet names", () => {
  it("setName renames; a name taken in any case, an empty one or one over 100 characters is refused", () => {
    const { fake, services, sheet } = setup();
    services.spreadsheet.insertSheet("Catatan");
    expect(() => sheet.setName("catatan")).toThrow("already exists");
    expect(() => sheet.setName("")).toThrow("empty");
    expect(() => sheet.setName("x".repeat(101))).toThrow("100 characters");
    sheet.setName("x".repeat(100));
    expect(fake.spreadsheet.names()).toEqual(["x".repeat(100), "Catatan"]);
    sheet.setName("2027 kadis (lama)");
    expect(services.spreadsheet.getSheetByName("2027 KADIS (LAMA)")).toBe(sheet);
    expect(() => services.spreadsheet.insertSheet("2027 KADIS (Lama)")).toThrow("already exists");
  });

  it("formulas anywhere that point at a renamed sheet follow its new name (quoted or not, any case), text literals stay", () => {
    const { fake, services, sheet } = setup();
    const other = services.spreadsheet.insertSheet("Rekap");
    other.getRange(1, 1, 1, 3).setValues([["='2027 kadis'!A1+1", "=\"'2027 KADIS'!A1\"", "=Data!B2"]]);
    sheet.getRange(1, 1, 1, 1).setValues([["=Rekap!A1"]]);
    sheet.setName("2027 KADIS (lama)");
    renameSheet(fake, "Rekap", "Rekap 'baru'");
    expect([...fake.user.contents("Rekap 'baru'").values()]).toEqual(["='2027 KADIS (lama)'!A1+1", "=\"'2027 KADIS'!A1\"", "=Data!B2"]);
    expect(fake.user.cell("2027 KADIS (lama)", "A1").formula).toBe("='Rekap ''baru'''!A1");
    expect(fake.log.calls.filter((c) => c.method === "setName").map((c) => `${c.kind} ${c.sheet}`)).toEqual(["write 2027 KADIS"]); // logged under the name it had
  });
});

describe("fake SpreadsheetApp: developer metadata", () => {
  it("addDeveloperMetadata(key, value) is a write; the finder's steps are local and find() is one read", () => {
    const { fake, sheet, state } = setup();
    fake.log.clear();
    sheet.addDeveloperMetadata("iki-sheets", "jabatan");
    state.addDeveloperMetadata("lain");
    const found = sheet.createDeveloperMetadataFinder().withKey("iki-sheets").find();
    expect(found).toHaveLength(1);
    expect(state.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["iki-sheets", "jabatan"],
      ["lain", null],
    ]);
    expect(fake.log.calls.slice(0, 6).map((c) => `${c.method}:${c.kind}`)).toEqual([
      "addDeveloperMetadata:write",
      "addDeveloperMetadata:write",
      "createDeveloperMetadataFinder:builder",
      "withKey:builder",
      "find:read",
      "getDeveloperMetadata:read",
    ]);
    expect(new Set(state.metadata.map((m) => m.id)).size).toBe(2);
  });

  it("stays on the sheet when the user renames it, deletes columns and removes its protections", () => {
    const { fake, sheet, state } = setup();
    sheet.addDeveloperMetadata("iki-sheets", "jabatan");
    sheet.protect().setWarningOnly(true);
    renameSheet(fake, "2027 KADIS", "2027 Kadis");
    deleteColumns(fake, "2027 Kadis", 2);
    removeProtections(fake, "2027 Kadis");
    expect(state.protections).toEqual([]);
    expect(sheet.createDeveloperMetadataFinder().withKey("iki-sheets").find()).toHaveLength(1);
  });
});

describe("fake SpreadsheetApp: a user deletes columns", () => {
  it("cells to the right move left; merges, widths, hidden columns and unprotected ranges follow; the sheet is narrower", () => {
    const { fake, sheet, state } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([["a", "b", "c", "d"]]);
    sheet.getRange(2, 2, 1, 3).merge();
    sheet.getRange(3, 1, 1, 2).merge();
    sheet.setColumnWidths(4, 1, 150);
    sheet.hideColumns(4, 1);
    sheet.protect().setUnprotectedRanges([sheet.getRange(5, 3, 2, 2)]);
    deleteColumns(fake, "2027 KADIS", 2, 2);
    expect([...fake.user.contents("2027 KADIS").entries()]).toEqual([
      ["A1", "a"],
      ["B1", "d"],
    ]);
    expect(state.merges).toEqual([]);
    expect([state.columnWidths.get(1), [...state.hiddenColumns]]).toEqual([150, [1]]);
    expect(state.protections[0]?.unprotected).toEqual([{ row: 4, col: 1, rows: 2, cols: 1 }]);
    expect(state.maxColumns).toBe(24);
    expect(() => deleteColumns(fake, "2027 KADIS", 24, 2)).toThrow("out of bounds");
  });
});
