import { freeLamaName, hasIdHeader, MARKER_KEY, PROTECTION_PREFIX, readOwned } from "../../../src/adapters/sheets/ownership";
import type { SheetApi } from "../../../src/adapters/sheets/services";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { lamaName, SHEET_NAME_MAX } from "../../../src/core/naming";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { createFakeSpreadsheetApp } from "../../support/fakes/spreadsheet-app";

const valuesOf = (cells: { value?: unknown }[][]) => cells.map((row) => row.map((c) => c.value ?? ""));

describe("hasIdHeader: the add-on's id column header in a table header row", () => {
  it.each(["tahunan", "triwulan"] as const)("finds it on every sheet the add-on plans (%s, jabatan and REKAP)", (periode) => {
    for (const plan of buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets)
      expect([plan.name, hasIdHeader(valuesOf(plan.cells))]).toEqual([plan.name, true]);
  });

  it("with rows inserted above, other case or spacing, and columns added right of it", () => {
    expect(hasIdHeader([[], ["x"], ["NO", " sasaran /  kinerja utama ", "Indikator Kinerja", "", "id", "Catatan"]])).toBe(true);
  });

  it("not in a user's own table: the header words alone, an ID left of them, or spread over rows", () => {
    expect(hasIdHeader([["No", "Uraian", "Satuan", "Target", "Realisasi", "Keterangan", "ID"]])).toBe(false);
    expect(hasIdHeader([["ID", "No", "Sasaran / Kinerja Utama", "Indikator Kinerja"]])).toBe(false);
    expect(
      hasIdHeader([
        ["No", "Sasaran / Kinerja Utama", "Indikator Kinerja"],
        ["", "", "", "ID"],
      ]),
    ).toBe(false);
    expect(hasIdHeader([])).toBe(false);
  });
});

describe("lamaName and freeLamaName", () => {
  it("'<name> (lama)', then numbered; within Sheets' 100 characters", () => {
    expect([lamaName("2027 KADIS", 1), lamaName("2027 KADIS", 2), lamaName("2027 kadis", 12)]).toEqual([
      "2027 KADIS (lama)",
      "2027 KADIS (lama 2)",
      "2027 kadis (lama 12)",
    ]);
    const long = `2027 ${"K".repeat(95)}`;
    expect(lamaName(long, 1)).toHaveLength(SHEET_NAME_MAX);
    expect(lamaName(long, 1)).toMatch(/^2027 K+ \(lama\)$/);
    expect(lamaName(long, 10)).toHaveLength(SHEET_NAME_MAX);
    expect(lamaName(`${"x".repeat(92)}😀`, 1)).toBe(`${"x".repeat(92)} (lama)`);
  });

  it("the first name no sheet has in any case, and none this run took", () => {
    const fake = createFakeSpreadsheetApp();
    for (const name of ["2027 kadis (LAMA)", "2027 KADIS (lama 3)"]) fake.user.insertSheet(name);
    const reserved = new Set<string>();
    const services = fake.services();
    expect(freeLamaName(services, "2027 KADIS", reserved)).toBe("2027 KADIS (lama 2)");
    expect(freeLamaName(services, "2027 KADIS", reserved)).toBe("2027 KADIS (lama 4)");
  });
});

describe("readOwned: a sheet the run does not write, cheapest evidence first", () => {
  function sheet(setup: (s: SheetApi) => void) {
    const fake = createFakeSpreadsheetApp();
    const s = fake.services().spreadsheet.insertSheet("2027 KADIS");
    setup(s);
    fake.log.clear();
    const owned = readOwned(fake.services(), s);
    return { owned, reads: fake.log.calls.filter((c) => c.kind === "read").map((c) => c.method) };
  }

  it("marked: one read", () => {
    expect(sheet((s) => s.addDeveloperMetadata(MARKER_KEY, "jabatan"))).toEqual({ owned: true, reads: ["find"] });
  });
  it("the add-on's protection", () => {
    expect(sheet((s) => s.protect().setDescription(`${PROTECTION_PREFIX}Rumus`))).toEqual({
      owned: true,
      reads: ["find", "getProtections", "getDescription"],
    });
  });
  it("the id column header", () => {
    const header = [["No", "Sasaran / Kinerja Utama", "Indikator Kinerja", "ID"]];
    expect(sheet((s) => s.getRange(8, 1, 1, 4).setValues(header)).owned).toBe(true);
  });
  it("none of them: a user's own sheet, even with a protection of its own or metadata of another add-on", () => {
    const mine = sheet((s) => {
      s.getRange(1, 1, 1, 3).setValues([["No", "Target", "ID"]]);
      s.protect().setDescription("Punya saya");
      s.addDeveloperMetadata("add-on-lain", "x");
    });
    expect(mine).toEqual({ owned: false, reads: ["find", "getProtections", "getDescription", "getDataRange", "getValues"] });
  });
});
