/**
 * The catalog sheets on the SpreadsheetApp fake: first use writes KATALOG, JABATAN and
 * PENGATURAN (frozen header, notes, dropdowns, ID protected warning-only) that read back
 * as the catalog written; blank IDs are filled once; a missing sheet is said, never
 * replaced by the built-in example; existing catalog sheets are never overwritten.
 */
import { idRuns, loadSheetCatalog, readSheetCatalog, writeNewIds } from "../../../src/adapters/sheets/catalog";
import { writeCatalogSheets } from "../../../src/adapters/sheets/catalog-write";
import { runs } from "../../../src/adapters/sheets/groups";
import { MARKER_KEY } from "../../../src/adapters/sheets/ownership";
import { EMPTY_CATALOG, EXAMPLE_CATALOG } from "../../../src/core/catalog/example";
import type { Catalog } from "../../../src/core/catalog/model";
import { ALL_CATALOG_SHEETS, catalogTables } from "../../../src/core/catalog/tables";
import {
  createFakeSpreadsheetApp,
  deleteSheet,
  FAKE_SPREADSHEET_URL,
  type FakeRange,
  type FakeSpreadsheetApp,
  renameSheet,
} from "../../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const YEARS = [2027, 2028, 2029, 2030, 2031];

function written(catalog: Catalog = EXAMPLE_CATALOG, years = YEARS): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  fake.user.insertSheet("Sheet1");
  const result = writeCatalogSheets(fake.services(), catalog, years);
  if (!result.written) throw new Error("not written");
  return fake;
}

/** The A1 cell of a header label in row 1 of a catalog sheet, with `row`. */
function at(fake: FakeSpreadsheetApp, sheet: string, label: string, row: number): string {
  const hit = fake.user.find(sheet, label);
  if (hit?.row !== 1) throw new Error(`no header ${label} in ${sheet}`);
  return hit.a1.replace(/\d+$/, String(row));
}

describe("first use: the catalog sheets (PROGRAM too, empty in the example)", () => {
  const fake = written();

  it("are added after the user's sheets, marked as the add-on's, with a frozen header row", () => {
    expect(fake.spreadsheet.names()).toEqual(["Sheet1", "KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]);
    for (const name of ALL_CATALOG_SHEETS) {
      const sheet = fake.spreadsheet.sheet(name)!;
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.metadata.map((m) => m.getKey())).toEqual([MARKER_KEY]);
    }
  });

  it("have a note on every header saying what goes there", () => {
    for (const name of ALL_CATALOG_SHEETS) {
      const sheet = fake.spreadsheet.sheet(name)!;
      const width = fake.user.contents(name).size && sheet.extent().cols;
      for (let c = 0; c < width; c++) expect(sheet.peek(0, c)?.note.length).toBeGreaterThan(20);
    }
    expect(fake.user.cell("KATALOG", at(fake, "KATALOG", "ID", 1)).note).toContain("Diisi otomatis");
  });

  it("have dropdowns for Jenis, Polaritas, Sifat Triwulan and, fed from JABATAN's Kode, Kode Jabatan", () => {
    const rule = (label: string, row = 2) => fake.user.cell("KATALOG", at(fake, "KATALOG", label, row)).validation;
    expect(rule("Jenis")?.criteria).toEqual({ type: "requireValueInList", args: [["rasio", "nilai", "status"], true] });
    expect(rule("Polaritas")?.criteria.args[0]).toEqual(["positif", "negatif"]);
    expect(rule("Sifat Triwulan")?.criteria.args[0]).toEqual(["akhir", "kumulatif", "rata-rata"]);
    // Down to the last spare row (22 indicators and Kasubag Umum's two sasaran without one, then 100 spare), refused rather than warned.
    const kode = rule("Kode Jabatan", 1 + 24 + 100);
    expect(kode?.criteria.type).toBe("requireValueInRange");
    const [source, dropdown] = kode!.criteria.args as [FakeRange, boolean];
    expect([source.sheet.name, source.getA1Notation(), dropdown]).toEqual(["JABATAN", `A2:A${1 + 7 + 100}`, true]);
    expect(kode!.getAllowInvalid()).toBe(false);
    expect(rule("Kode Jabatan", 1 + 24 + 100 + 1)).toBeNull();
    const status = fake.user.cell("PENGATURAN", "B5").validation;
    expect(fake.user.cell("PENGATURAN", "A5").value).toBe("Status penandatangan");
    expect(status?.criteria.args[0]).toEqual(["Plt.", "Plh."]);
  });

  it("protect the ID column and the header (warning only) and leave the cells to type in free", () => {
    expect(fake.user.protection("KATALOG", at(fake, "KATALOG", "ID", 2))).toBe("warning-only");
    expect(fake.user.protection("KATALOG", "A1")).toBe("warning-only");
    expect(fake.user.protection("KATALOG", at(fake, "KATALOG", "Jenis", 2))).toBe("unprotected");
    expect(fake.user.protection("KATALOG", at(fake, "KATALOG", "Target 2031", 50))).toBe("unprotected");
    expect(fake.user.protection("JABATAN", "B3")).toBe("unprotected");
    expect(fake.user.protection("PENGATURAN", "B2")).toBe("unprotected");
    expect(fake.user.protection("PENGATURAN", "A2")).toBe("warning-only");
  });

  it("have Target columns for the years asked for", () => {
    for (const tahun of YEARS) expect(fake.user.find("KATALOG", `Target ${tahun}`)?.row).toBe(1);
    expect(fake.user.find("KATALOG", "Target 2032")).toBeUndefined();
  });

  it("read back as the built-in example, exactly, with no id to fill", () => {
    expect(readSheetCatalog(fake.services()).read).toStrictEqual({ catalog: EXAMPLE_CATALOG, problems: [], newIds: [] });
  });

  it("are written in one read phase, then writes only, and one flush", () => {
    const fake = written();
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.log.count("flush")).toBe(1);
    expect(fake.log.calls.at(-1)?.method).toBe("flush");
  });
});

test.each([
  ["the invented second OPD", CATALOG_LAIN],
  ["the empty catalog", EMPTY_CATALOG],
])("%s round-trips through the fake", (_, catalog) => {
  const fake = written(catalog, [2025, 2026, 2027, 2028, 2029]);
  const read = readSheetCatalog(fake.services()).read;
  if (catalog === EMPTY_CATALOG) {
    // Blank required settings are the secretariat's to-do list, named by cell.
    expect(read.catalog).toBeUndefined();
    expect(read.problems.map((p) => p.cell)).toEqual([
      "JABATAN!A2",
      "PENGATURAN!B2",
      "PENGATURAN!B3",
      "PENGATURAN!B4",
      "PENGATURAN!B6",
      "PENGATURAN!B7",
      "PENGATURAN!B8",
    ]);
  } else {
    expect(read).toStrictEqual({ catalog, problems: [], newIds: [] });
    // Text that would read as a formula landed as text.
    expect(fake.user.find("KATALOG", "=jumlah dokumen perencanaan dan pelaporan yang disusun")).toBeDefined();
  }
});

describe("blank IDs", () => {
  it("are filled once, one setValues per run of rows, and not changed on the next read", () => {
    const fake = written();
    const id = at(fake, "KATALOG", "ID", 1).replace(/\d+$/, "");
    const kadis = fake.user.find("KATALOG", "kadis.pmks-terpulihkan")!.row;
    fake.user.type("KATALOG", `${id}${kadis}`, "");
    fake.user.type("KATALOG", `${id}${kadis + 1}`, "");
    fake.user.type("KATALOG", `${id}${kadis + 3}`, "");
    fake.log.clear();
    const first = loadSheetCatalog(fake.services());
    expect(first.read.newIds).toHaveLength(3);
    const setValues = fake.log.calls.filter((c) => c.method === "setValues");
    expect(setValues).toHaveLength(2);
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    const filled = [kadis, kadis + 1, kadis + 3].map((r) => fake.user.cell("KATALOG", `${id}${r}`).value);
    expect(filled).toEqual(first.read.newIds.map((n) => n.id));
    // The catalog read carries them too.
    const ids = first.read.catalog!.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => i.id)));
    for (const value of filled) expect(ids).toContain(value);

    fake.log.clear();
    const second = loadSheetCatalog(fake.services());
    expect(second.read.newIds).toEqual([]);
    expect(fake.log.count("write")).toBe(0);
    expect([kadis, kadis + 1, kadis + 3].map((r) => fake.user.cell("KATALOG", `${id}${r}`).value)).toEqual(filled);
  });

  it("are not written while the catalog has a problem", () => {
    const fake = written();
    const kadis = fake.user.find("KATALOG", "kadis.pmks-terpulihkan")!;
    fake.user.type("KATALOG", kadis.a1, "");
    fake.user.type("KATALOG", at(fake, "KATALOG", "Jenis", kadis.row + 1), "persen");
    fake.log.clear();
    const read = loadSheetCatalog(fake.services());
    expect(read.read.problems.length).toBeGreaterThan(0);
    expect(writeNewIds(read)).toBe(0);
    expect(fake.log.count("write")).toBe(0);
    expect(fake.user.cell("KATALOG", kadis.a1).value).toBe("");
  });

  it("runs: consecutive rows of one column together, in order", () => {
    const ids = [
      { row: 5, col: 13, id: "c" },
      { row: 3, col: 13, id: "a" },
      { row: 4, col: 13, id: "b" },
      { row: 9, col: 13, id: "d" },
    ];
    expect(idRuns(ids)).toEqual([
      { row: 3, col: 13, ids: ["a", "b", "c"] },
      { row: 9, col: 13, ids: ["d"] },
    ]);
    expect(idRuns([])).toEqual([]);
  });
});

describe("a catalog sheet deleted or renamed", () => {
  it.each([
    ["deleted", (fake: FakeSpreadsheetApp) => deleteSheet(fake, "JABATAN")],
    ["renamed", (fake: FakeSpreadsheetApp) => renameSheet(fake, "JABATAN", "Jabatan 2026")],
  ])("%s: ada is false, the reader names it, and there is no catalog (no fallback to the example)", (_, change) => {
    const fake = written();
    change(fake);
    const read = readSheetCatalog(fake.services());
    expect(read.ada).toBe(false);
    expect(read.sheets.JABATAN).toBeNull();
    expect(read.read.catalog).toBeUndefined();
    expect(read.read.problems[0]).toEqual({ sheet: "JABATAN", message: expect.stringContaining("Lembar JABATAN") });
  });

  it("a tab's case changed is still the sheet (Sheets matches names without regard to case)", () => {
    const fake = written();
    renameSheet(fake, "PENGATURAN", "Pengaturan");
    const read = readSheetCatalog(fake.services());
    expect(read.ada).toBe(true);
    expect(read.read.catalog).toStrictEqual(EXAMPLE_CATALOG);
  });
});

describe("never overwritten", () => {
  it("with KATALOG there (in any case), nothing is written and the sheets found are handed back", () => {
    const fake = written();
    renameSheet(fake, "KATALOG", "katalog");
    const before = fake.user.contents("katalog");
    fake.log.clear();
    const again = writeCatalogSheets(fake.services(), CATALOG_LAIN, YEARS);
    expect(again.written).toBe(false);
    expect(fake.log.count("write")).toBe(0);
    expect(fake.user.contents("katalog")).toEqual(before);
    expect(fake.spreadsheet.names()).toEqual(["Sheet1", "katalog", "JABATAN", "PENGATURAN", "PROGRAM"]);
  });

  it("a JABATAN or PENGATURAN without KATALOG is renamed '(lama)', untouched, and fresh ones are made", () => {
    const fake = createFakeSpreadsheetApp();
    fake.user.insertSheet("jabatan");
    fake.user.type("jabatan", "A1", "daftar saya");
    fake.user.insertSheet("PENGATURAN");
    fake.user.insertSheet("PENGATURAN (lama)");
    const result = writeCatalogSheets(fake.services(), EXAMPLE_CATALOG, YEARS);
    expect(result.written && result.renamed).toEqual([
      { semula: "jabatan", menjadi: "jabatan (lama)", url: `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("jabatan (lama)")!.id}` },
      {
        semula: "PENGATURAN",
        menjadi: "PENGATURAN (lama 2)",
        url: `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet("PENGATURAN (lama 2)")!.id}`,
      },
    ]);
    expect(fake.user.contents("jabatan (lama)")).toEqual(new Map([["A1", "daftar saya"]]));
    expect(fake.spreadsheet.names()).toEqual([
      "jabatan (lama)",
      "PENGATURAN (lama 2)",
      "PENGATURAN (lama)",
      "KATALOG",
      "JABATAN",
      "PENGATURAN",
      "PROGRAM",
    ]);
    expect(readSheetCatalog(fake.services()).read.catalog).toStrictEqual(EXAMPLE_CATALOG);
    expect(fake.log.readPhases()).toBe(2); // the write's one, then the check's read above
  });
});

describe("document calls", () => {
  it("a normal read: four lookups, then the data range and its values of each sheet; no write", () => {
    const fake = written();
    fake.log.clear();
    loadSheetCatalog(fake.services());
    expect(fake.log.calls.filter((c) => c.kind === "read").map((c) => c.method)).toEqual([
      ...["getSheetByName", "getSheetByName", "getSheetByName", "getSheetByName"],
      ...["getDataRange", "getValues", "getDataRange", "getValues", "getDataRange", "getValues", "getDataRange", "getValues"],
    ]);
    expect(fake.log.count("write")).toBe(0);
  });

  it("first use: reads before the first write, and a bounded number of writes per sheet", () => {
    const fake = written();
    const first = fake.log.calls.findIndex((c) => c.kind === "write");
    expect(
      fake.log.calls
        .slice(0, first)
        .filter((c) => c.kind === "read")
        .map((c) => c.method),
    ).toEqual(["getSheetByName", "getSheetByName", "getSheetByName", "getSheetByName", "getUrl"]);
    const writes = fake.log.perSheet("write");
    const tables = catalogTables(EXAMPLE_CATALOG, { targetYears: YEARS });
    for (const name of ALL_CATALOG_SHEETS) {
      // insertSheet, the marker, 9 cell setters, the border, frozen rows (13); three calls per protected area
      // (protect, description, warning only: only the labels and the ID column warn); one per run of equal
      // widths; one per dropdown fed from another sheet.
      const { plan, rangeLists } = tables[name];
      expect(writes.get(name)).toBeLessThanOrEqual(
        13 + 3 * plan.protectedAreas.length + runs(plan.columnWidths).length + rangeLists.length,
      );
    }
  });
});

describe("catalog sheets are protected by area only", () => {
  it("the header and ID column warn; a new Target column and rows past the table do not", () => {
    const fake = createFakeSpreadsheetApp();
    writeCatalogSheets(fake.services(), EXAMPLE_CATALOG, YEARS);
    expect(fake.user.protection("KATALOG", "A1")).toBe("warning-only");
    expect(fake.user.protection("KATALOG", "A2")).toBe("unprotected");
    const plan = catalogTables(EXAMPLE_CATALOG, { targetYears: YEARS }).KATALOG.plan;
    const idCol = plan.cells[0]!.findIndex((c) => c.value === "ID") + 1;
    expect(fake.user.protection("KATALOG", 5, idCol)).toBe("warning-only");
    expect(fake.user.protection("KATALOG", 1, plan.width + 2)).toBe("unprotected");
    expect(fake.user.protection("KATALOG", 500, 1)).toBe("unprotected");
  });
});
