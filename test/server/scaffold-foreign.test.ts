/**
 * README, "Pressing the button again": a sheet with the year's name that the add-on did not make is not
 * taken over. It is renamed "<name> (lama)" (numbered when taken) with everything in
 * it untouched, and a fresh sheet is made; the add-on's own sheets (marked with
 * developer metadata, or by earlier versions with its protection or its id column)
 * are updated in place, whatever the user removed from them.
 */

import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { TITLE } from "../../src/core/plan/jabatan-sheet";
import { REKAP_TITLE } from "../../src/core/rekap/rekap-sheet";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog, yearSheets } from "../support/catalog-fake";
import {
  deleteColumns,
  FAKE_SPREADSHEET_URL,
  type FakeSheet,
  type FakeSpreadsheetApp,
  removeProtections,
  renameSheet,
} from "../support/fakes/spreadsheet-app";

/** The marker's key is stored in users' documents: changing it would make every existing sheet look foreign. */
const MARKER = "iki-sheets";
/** Also stored in users' spreadsheets: a changed key would make every record unreadable. */
const RECORD_KEY = "iki-sheets-catatan";

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

function sheet(fake: FakeSpreadsheetApp, name: string): FakeSheet {
  const s = fake.spreadsheet.sheet(name);
  if (!s) throw new Error(`no sheet "${name}" (have: ${fake.spreadsheet.names().join(", ")})`);
  return s;
}

/**
 * A user's own table in A1:Z50: the form's own words and numbers among its cells (the
 * title, "No", "Target", "Realisasi", "Satuan", "Keterangan", 1–26), formulas, formats,
 * a note, a merge, a column width, frozen rows and a protection of their own.
 */
function handMade(fake: FakeSpreadsheetApp, name: string): FakeSheet {
  const s = fake.user.insertSheet(name);
  const header = ["No", "Uraian", "Satuan", "Target", "Realisasi", "Keterangan"];
  for (let c = 1; c <= 26; c++) {
    fake.user.type(name, 1, c, c === 1 ? TITLE : `judul ${c}`);
    fake.user.type(name, 2, c, header[c - 1] ?? `Kolom ${c}`);
    fake.user.type(name, 3, c, c);
  }
  for (let r = 4; r <= 50; r++) {
    for (let c = 1; c <= 26; c++) {
      const v = c === 26 ? `=D${r}/E${r}` : c === 3 ? "%" : c % 5 === 0 ? `catatan ${r}-${c}` : (r * c) % 97;
      fake.user.type(name, r, c, v);
    }
  }
  s.at(1, 0).background = "#ffff00";
  s.at(4, 3).numberFormat = "0.00";
  s.at(5, 5).note = "cek lagi";
  s.merges.push({ row: 0, col: 0, rows: 1, cols: 3 });
  s.columnWidths.set(1, 240);
  s.frozenRows = 2;
  s.range({ row: 0, col: 0, rows: 3, cols: 26 }).protect().setDescription("Punya saya");
  s.insertChart(
    s
      .newChart()
      .asColumnChart()
      .addRange(s.getRange(4, 1, 10, 1))
      .setPosition(1, 1, 0, 0)
      .build(),
  );
  return s;
}

/** Everything a sheet holds, as plain data (cells with their formats, merges, sizes, protections, charts, metadata). */
function state(s: FakeSheet): string {
  return JSON.stringify({
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    merges: s.merges,
    widths: [...s.columnWidths.entries()],
    heights: [...s.rowHeights.entries()],
    hidden: [...s.hiddenColumns],
    size: [s.maxRows, s.maxColumns, s.frozenRows],
    protections: s.protections.map((p) => [p.type, p.description, p.warningOnly, p.range, p.unprotected]),
    rules: s.rules,
    charts: s.charts,
    metadata: s.metadata.map((m) => [m.key, m.value]),
  });
}

const markers = (s: FakeSheet) => s.metadata.filter((m) => m.key === MARKER).length;

describe("scaffoldYear: a hand-made sheet with the year's name is renamed, untouched, and a fresh one made", () => {
  it.each([
    ["2027 KADIS", "2027 KADIS", TITLE],
    ["2027 kadis", "2027 KADIS", TITLE],
    ["2027 REKAP", "2027 REKAP", REKAP_TITLE],
  ])("%s", (name, target, title) => {
    const fake = fakeWithCatalog();
    const own = handMade(fake, name);
    const before = state(own);
    fake.log.clear();
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));

    // Every cell of the user's table is still there, unchanged, in the renamed sheet.
    expect(own.name).toBe(`${name} (lama)`);
    expect(state(own)).toBe(before);
    expect(fake.user.contents(own.name).size).toBe(26 * 50);
    // A fresh sheet with the form, marked as the add-on's.
    const made = sheet(fake, target);
    expect(made).not.toBe(own);
    expect(fake.user.cell(target, "A1").value).toBe(title);
    expect(markers(made)).toBe(1);
    expect(result.lembar.find((s) => s.name === target)?.status).toBe("dibuat");
    expect(result.lembar.map((s) => s.name)).not.toContain(own.name);
    // The answer says which sheet was renamed, with a link to it.
    expect(result.lembarLama).toEqual([{ semula: name, menjadi: `${name} (lama)`, url: `${FAKE_SPREADSHEET_URL}#gid=${own.id}` }]);
    expect(result.message).toContain(
      `Lembar "${name}" yang sudah ada bukan buatan IKI Sheets: isinya tidak diubah dan namanya kini "${name} (lama)"; "${target}" dibuat baru.`,
    );
    // Still one read phase: the markers are read before the first write.
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
  });

  it("several in one run: each renamed, all listed, still one read phase", () => {
    const fake = fakeWithCatalog();
    const rekap = handMade(fake, "2027 REKAP");
    const kadis = handMade(fake, "2027 kadis");
    const before = [state(rekap), state(kadis)];
    fake.log.clear();
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(result.lembarLama.map((l) => [l.semula, l.menjadi])).toEqual([
      ["2027 kadis", "2027 kadis (lama)"],
      ["2027 REKAP", "2027 REKAP (lama)"],
    ]);
    expect([state(rekap), state(kadis)]).toEqual(before);
    expect(result.lembar.map((s) => s.status)).toEqual(result.lembar.map(() => "dibuat"));
    expect(fake.log.readPhases()).toBe(1);
  });

  it("a second run leaves both alone: the fresh sheet is the add-on's, the renamed one is not the year's", () => {
    const fake = fakeWithCatalog();
    const own = handMade(fake, "2027 KADIS");
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const made = sheet(fake, "2027 KADIS");
    const before = state(own);
    const again = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(again.lembarLama).toEqual([]);
    expect(again.lembar.find((s) => s.name === "2027 KADIS")?.status).toBe("diperbarui");
    expect(sheet(fake, "2027 KADIS")).toBe(made);
    expect(markers(made)).toBe(1);
    expect(state(own)).toBe(before);
    expect(fake.spreadsheet.names().filter((n) => n.includes("lama"))).toEqual(["2027 KADIS (lama)"]);
  });

  it("numbers the new name when '(lama)' is taken, compared without regard to case", () => {
    const fake = fakeWithCatalog();
    fake.user.insertSheet("2027 kadis (LAMA)");
    const own = handMade(fake, "2027 KADIS");
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(own.name).toBe("2027 KADIS (lama 2)");
    expect(result.lembarLama.map((l) => l.menjadi)).toEqual(["2027 KADIS (lama 2)"]);

    // The user renames the fresh sheet and makes another table of their own with the name; "(lama 3)" is taken too.
    renameSheet(fake, "2027 KADIS", "KADIS baru");
    const third = handMade(fake, "2027 Kadis");
    fake.user.insertSheet("2027 KADIS (lama 3)");
    ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(third.name).toBe("2027 Kadis (lama 4)");
  });

  it("jabatan not chosen: a hand-made sheet is neither renamed nor put in the REKAP", () => {
    const fake = fakeWithCatalog();
    const own = handMade(fake, "2027 KADIS");
    const before = state(own);
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["SEKRETARIS"] }, fake.services()));
    expect(own.name).toBe("2027 KADIS");
    expect(state(own)).toBe(before);
    expect(result.lembarLama).toEqual([]);
    const rekap = [...fake.user.contents("2027 REKAP").values()].map(String);
    expect(rekap.some((v) => v.includes("'2027 SEKRETARIS'!"))).toBe(true);
    expect(rekap.some((v) => v.includes("2027 KADIS"))).toBe(false);
  });
});

describe("scaffoldYear: the add-on's own sheets are updated in place", () => {
  /** The year made by the add-on; `legacy` removes the marker, as sheets made before it have none. */
  function year(options: { legacy?: boolean } = {}): { fake: FakeSpreadsheetApp; ids: Map<string, number> } {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    if (options.legacy) for (const s of yearSheets(fake)) s.metadata = [];
    return { fake, ids: new Map(yearSheets(fake).map((s) => [s.name, s.id])) };
  }
  const plans = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 }).sheets;
  /** 1-based column of the hidden id column of a sheet of the year. */
  const idColumn = (name: string) => (plans.find((p) => p.name === name)?.table.idColumn as number) + 1;

  function expectUpdatedInPlace(fake: FakeSpreadsheetApp, ids: Map<string, number>, result: ScaffoldResult): void {
    expect(result.lembarLama).toEqual([]);
    expect(result.lembar.map((s) => s.status)).toEqual(plans.map(() => "diperbarui"));
    expect(new Map(yearSheets(fake).map((s) => [s.name, s.id]))).toEqual(ids);
    for (const s of yearSheets(fake)) expect([s.name, markers(s)]).toEqual([s.name, 1]);
  }

  it("new sheets carry the marker once; re-runs do not add it again", () => {
    const { fake, ids } = year();
    // The marker, and the record of what was written (src/core/record).
    for (const s of yearSheets(fake)) expect(s.metadata.map((m) => m.key)).toEqual([MARKER, RECORD_KEY]);
    fake.log.clear();
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
    expect(fake.log.calls.filter((c) => c.method === "addDeveloperMetadata")).toEqual([]);
    for (const s of yearSheets(fake)) expect(s.metadata.map((m) => m.key)).toEqual([MARKER, RECORD_KEY]);
  });

  it("the id column deleted and the protection removed: still the add-on's (by its marker)", () => {
    const { fake, ids } = year();
    for (const name of ["2027 KADIS", "2027 REKAP"]) {
      deleteColumns(fake, name, idColumn(name));
      removeProtections(fake, name);
      expect(fake.user.find(name, "ID")).toBeUndefined();
    }
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
    expect(fake.user.find("2027 KADIS", "ID")).toBeDefined();
  });

  it("made before the marker (today's sheets): recognised by protection and id column, and marked once", () => {
    const { fake, ids } = year({ legacy: true });
    fake.log.clear();
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
    // Each gets the marker and its first record.
    expect(fake.log.calls.filter((c) => c.method === "addDeveloperMetadata")).toHaveLength(plans.length * 2);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
  });

  it("made before the marker, protection removed: recognised by the id column header", () => {
    const { fake, ids } = year({ legacy: true });
    for (const s of yearSheets(fake)) removeProtections(fake, s.name);
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
  });

  it("made before the marker, id column deleted: recognised by the protection", () => {
    const { fake, ids } = year({ legacy: true });
    for (const s of yearSheets(fake)) deleteColumns(fake, s.name, idColumn(s.name));
    expectUpdatedInPlace(fake, ids, ok(scaffoldYear({ tahun: 2027 }, fake.services())));
  });

  it("a triwulan year made before the marker is recognised when made again as tahunan", () => {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services()));
    for (const s of yearSheets(fake)) {
      s.metadata = [];
      removeProtections(fake, s.name);
    }
    const result = ok(scaffoldYear({ tahun: 2027, periode: "tahunan" }, fake.services()));
    expect(result.lembarLama).toEqual([]);
    expect(fake.spreadsheet.names().some((n) => n.includes("(lama"))).toBe(false);
  });
});
