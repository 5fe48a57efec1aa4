/**
 * The catalog's roles as real protections (README "Peran dan bukti dukung"), on the SpreadsheetApp fake:
 * who may edit each cell after a press (a jabatan's inputs: its pengisi and the pengelola; the rest, the
 * REKAP, the catalog sheets and the PK: the pengelola), an address not yet an editor listed, an address
 * removed from JABATAN taken off on the next press, the person pressing kept, a pengisi's press refused,
 * and everything back to warnings when the emails go.
 */
import { INPUT_DESCRIPTION } from "../../src/adapters/sheets/apply";
import { CATALOG_DESCRIPTION } from "../../src/adapters/sheets/roles";
import { sheetName } from "../../src/core/naming";
import { a1 } from "../../src/core/sheet/a1";
import type { Area } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { checkCatalog } from "../../src/server/catalog";
import { createPerjanjianKinerja } from "../../src/server/pk";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ServerResponse } from "../../src/shared/api";
import { PENGGUNA_TAK_DIKENAL } from "../../src/shared/messages";
import { fakeWithCatalog } from "../support/catalog-fake";
import { FAKE_EDITOR, FAKE_OWNER, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN, LAIN_EMAIL } from "../support/fixtures/catalog-lain";

const { sekretariat: SEKRETARIAT, verifikator: VERIFIKATOR, gizi: GIZI, rina: RINA, p2p: P2P } = LAIN_EMAIL;
const STAF = "staf.lama@dinkes.sukamaju.go.id";

function ok<T>(response: ServerResponse<T>): T {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

/** The Dinkes file: shared with the sekretariat, two pengisi and a former staff member; the verifikator and Rina not yet. */
function dinkes(): FakeSpreadsheetApp {
  const fake = fakeWithCatalog(CATALOG_LAIN);
  fake.spreadsheet.editors = [FAKE_EDITOR, SEKRETARIAT, GIZI, P2P, STAF];
  fake.caller = SEKRETARIAT;
  return fake;
}

const plans = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027 }).sheets;
const planOf = (kode: string) => plans.find((p) => p.kode === kode)!;
const corners = (area: Area) => [a1(area.row, area.col), a1(area.row + area.rows - 1, area.col + area.cols - 1)];
const inputCells = (kode: string) => planOf(kode).inputs.flatMap(corners);
/** A computed cell of the sheet (the first protected area's first cell). */
const computedCell = (kode: string) => corners(planOf(kode).protectedAreas[0]!)[0]!;

/** Who of `people` may edit every one of `cells`. */
function editors(fake: FakeSpreadsheetApp, sheet: string, cells: readonly string[], people: readonly string[]): string[] {
  return people.filter((p) => cells.every((cell) => fake.user.canEdit(p, sheet, cell)));
}

const EVERYONE = [FAKE_OWNER, FAKE_EDITOR, SEKRETARIAT, VERIFIKATOR, GIZI, RINA, P2P, STAF];

describe("roles from the catalog: real protections", () => {
  test("a pengelola's press: each jabatan's inputs for its pengisi and the pengelola, the rest for the pengelola", () => {
    const fake = dinkes();
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(result.perlindungan).toBe("peran");
    // Not editors of the file: listed, never dropped silently.
    expect(result.belumPunyaAkses).toEqual([VERIFIKATOR, RINA]);
    expect(result.message).toContain(`Belum punya akses edit: ${VERIFIKATOR}, ${RINA}.`);

    const gizi = sheetName(2027, "KASI GIZI 2");
    expect(editors(fake, gizi, inputCells("KASI GIZI 2"), EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT, GIZI]);
    expect(editors(fake, gizi, [computedCell("KASI GIZI 2")], EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    const p2p = sheetName(2027, "KABID P2P");
    expect(editors(fake, p2p, inputCells("KABID P2P"), EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT, P2P]);
    // A jabatan without pengisi: its inputs are the pengelola's.
    expect(editors(fake, sheetName(2027, "SEKDIN"), inputCells("SEKDIN"), EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    expect(editors(fake, "2027 REKAP", ["A1", "C8"], EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    for (const sheet of ["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"])
      expect(editors(fake, sheet, ["A1", "B3", "Z40"], EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    // Nothing restricted is left open to the whole domain.
    for (const sheet of fake.spreadsheet.sheets) for (const p of sheet.protections) if (!p.warningOnly) expect(p.domainEdit).toBe(false);
  });

  test("a second press makes no second protection; an address removed from JABATAN is taken off; a new one added", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const gizi = sheetName(2027, "KASI GIZI 2");
    const count = () => fake.spreadsheet.sheet(gizi)!.protections.length;
    const before = count();
    expect(before).toBe(1 + planOf("KASI GIZI 2").inputs.length);
    // The secretariat replaces gizi@ by p2p@ in the jabatan's Email Pengisi.
    const column = fake.user.find("JABATAN", "Email Pengisi")!.column;
    const row = fake.user.find("JABATAN", "KASI GIZI 2")!.row;
    fake.user.type("JABATAN", row, column, `${P2P}\n${RINA}`);
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(count()).toBe(before);
    expect(editors(fake, gizi, inputCells("KASI GIZI 2"), EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT, P2P]);
  });

  test("the person pressing is never locked out: only pengisi set, an editor not named presses and keeps every cell", () => {
    const fake = fakeWithCatalog({ ...CATALOG_LAIN, instansi: { ...CATALOG_LAIN.instansi, emailPengelola: [] } });
    fake.spreadsheet.editors = [FAKE_EDITOR, GIZI, P2P];
    fake.caller = FAKE_EDITOR;
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(result.perlindungan).toBe("peran");
    const gizi = sheetName(2027, "KASI GIZI 2");
    expect(editors(fake, gizi, inputCells("KASI GIZI 2"), EVERYONE)).toEqual([FAKE_OWNER, FAKE_EDITOR, GIZI]);
    expect(editors(fake, gizi, [computedCell("KASI GIZI 2")], EVERYONE)).toEqual([FAKE_OWNER, FAKE_EDITOR]);
    expect(editors(fake, "2027 REKAP", ["B2"], EVERYONE)).toEqual([FAKE_OWNER, FAKE_EDITOR]);
  });

  test("a pengisi's press is refused before anything is written, naming the pengelola", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    fake.log.clear();
    fake.caller = GIZI;
    const refused = scaffoldYear({ tahun: 2027 }, fake.services());
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain(`"Email pengelola": ${SEKRETARIAT}, ${VERIFIKATOR}`);
    expect(!refused.ok && refused.error).toContain(`Anda masuk sebagai ${GIZI}`);
    expect(fake.log.calls.filter((c) => c.kind === "write")).toEqual([]);
    expect(createPerjanjianKinerja({ tahun: 2027 }, fake.services()).ok).toBe(false);
  });

  test("Google does not say who presses: refused, nothing written, the sheets locked per role stay locked", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const locked = () => fake.spreadsheet.sheets.flatMap((s) => s.protections.filter((p) => !p.warningOnly).map((p) => p.description));
    const before = locked();
    fake.caller = "";
    fake.log.clear();
    expect(scaffoldYear({ tahun: 2027 }, fake.services())).toEqual({ ok: false, error: PENGGUNA_TAK_DIKENAL });
    expect(fake.log.calls.filter((c) => c.kind === "write")).toEqual([]);
    expect(locked()).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  test("the emails removed from the catalog: every protection warns again, the inputs' and the catalog's own are gone", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const emailColumn = fake.user.find("JABATAN", "Email Pengisi")!.column;
    for (const kode of ["KASI GIZI 2", "KABID P2P"]) fake.user.type("JABATAN", fake.user.find("JABATAN", kode)!.row, emailColumn, "");
    const pengelola = fake.user.find("PENGATURAN", "Email pengelola")!;
    fake.user.type("PENGATURAN", pengelola.row, pengelola.column + 1, "");
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    expect(result.perlindungan).toBe("peringatan");
    expect(result.belumPunyaAkses).toEqual([]);
    const descriptions = fake.spreadsheet.sheets.flatMap((s) => s.protections.map((p) => p.description));
    expect(descriptions).not.toContain(INPUT_DESCRIPTION);
    expect(descriptions).not.toContain(CATALOG_DESCRIPTION);
    for (const sheet of fake.spreadsheet.sheets) for (const p of sheet.protections) expect(p.warningOnly).toBe(true);
    expect(editors(fake, sheetName(2027, "KASI GIZI 2"), inputCells("KASI GIZI 2"), EVERYONE)).toEqual(EVERYONE);
  });

  test("domain-wide editing asked at most twice a press (a read after writes makes Sheets wait); a personal account's file never told", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    const asked = () => fake.log.calls.filter((c) => c.method === "canDomainEdit").length;
    expect(asked()).toBe(1);
    fake.log.clear();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    // Again: one of ours from before first (its answer, turned off by us, says nothing of the file), then a new one.
    expect(asked()).toBe(2);
    const personal = dinkes();
    personal.spreadsheet.domainEdit = false;
    ok(scaffoldYear({ tahun: 2027 }, personal.services()));
    expect(personal.log.calls.filter((c) => c.method === "setDomainEdit")).toEqual([]);
    expect(editors(personal, sheetName(2027, "KASI GIZI 2"), inputCells("KASI GIZI 2"), EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT, GIZI]);
  });

  test("the PK sheets are the pengelola's", () => {
    const fake = dinkes();
    const result = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KASI GIZI 2"] }, fake.services()));
    expect(result.perlindungan).toBe("peran");
    expect(editors(fake, "PK 2027 KASI GIZI 2", ["A1", "D20"], EVERYONE)).toEqual([FAKE_OWNER, SEKRETARIAT]);
  });
});

describe("Periksa katalog with roles", () => {
  test("a pengisi checks the catalog: read, nothing written (the catalog sheets are the pengelola's); the pengelola's check fills the blank ID", () => {
    const fake = dinkes();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    // A new indicator row without an ID (the catalog stays usable: the ID is filled by the next write).
    const idCell = fake.user.find("KATALOG", "ID")!;
    const row = idCell.row + 1;
    const id = fake.user.cell("KATALOG", `${String.fromCharCode(64 + idCell.column)}${row}`).value;
    fake.user.type("KATALOG", row, idCell.column, "");
    fake.caller = GIZI;
    fake.log.clear();
    expect(checkCatalog(fake.services()).ok).toBe(true);
    expect(fake.log.calls.filter((c) => c.kind === "write")).toEqual([]);
    fake.caller = SEKRETARIAT;
    expect(checkCatalog(fake.services()).ok).toBe(true);
    // Filled again, from the row's kode and text (not necessarily the fixture's own ID).
    expect(String(fake.user.cell("KATALOG", `${String.fromCharCode(64 + idCell.column)}${row}`).value)).toMatch(/^kadinkes\./);
    expect(id).toBeTruthy();
  });
});
