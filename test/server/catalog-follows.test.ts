/**
 * A year's sheets follow the catalog (README, "After a catalog edit"): through scaffoldYear on the
 * SpreadsheetApp fake, a catalog edited in KATALOG and PENGATURAN reaches every sheet the add-on
 * wrote, because each sheet carries the record of what was written (src/core/record); what a person
 * typed stays theirs. Each test also says how the same edit went before the record existed.
 */

import { ASIDE_TITLE } from "../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog, yearSheets } from "../support/catalog-fake";
import type { FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";

const RECORD_KEY = "iki-sheets-catatan";
const ALL = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => ({ j, i }))));
/** An indicator whose text no other indicator has (the example repeats some across jabatan), and its jabatan. */
const UNIQUE = ALL.find(({ i }) => ALL.filter((x) => x.i.nama === i.nama).length === 1);
const KADIS = UNIQUE?.j;
const FIRST = UNIQUE?.i;
const SHEET = `2027 ${KADIS?.kode}`;
const OLD_NAME = EXAMPLE_CATALOG.instansi.kepala.nama;

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

const run = (fake: FakeSpreadsheetApp, asked: object = {}) => ok(scaffoldYear({ tahun: 2027, ...asked }, fake.services()));

/** Every cell of every year sheet holding exactly `value` (the moved-aside section included). */
function cellsHolding(fake: FakeSpreadsheetApp, value: unknown): string[] {
  return yearSheets(fake).flatMap((s) => [...fake.user.contents(s.name)].flatMap(([a1, v]) => (v === value ? [`${s.name}!${a1}`] : [])));
}

/** Types `value` in the Nilai column of a PENGATURAN row, found by its label. */
function setting(fake: FakeSpreadsheetApp, label: string, value: string): void {
  const at = fake.user.find("PENGATURAN", label);
  if (!at) throw new Error(`no setting ${label}`);
  fake.user.type("PENGATURAN", at.row, at.column + 1, value);
}

/** Types over a KATALOG cell holding `from`. */
function katalog(fake: FakeSpreadsheetApp, from: string, to: unknown): void {
  const at = fake.user.find("KATALOG", from);
  if (!at) throw new Error(`not in KATALOG: ${from}`);
  fake.user.type("KATALOG", at.a1, to);
}

const asideSheets = (fake: FakeSpreadsheetApp) =>
  yearSheets(fake)
    .filter((s) => fake.user.find(s.name, ASIDE_TITLE))
    .map((s) => s.name);

/** The record removed from every year sheet: what a sheet made by the previous version looks like. */
function dropRecords(fake: FakeSpreadsheetApp): void {
  for (const s of yearSheets(fake)) s.metadata = s.metadata.filter((m) => m.key !== RECORD_KEY);
}

describe("a year's sheets follow the catalog", () => {
  if (!FIRST || !KADIS) throw new Error("example catalog changed");
  const corrected = `${FIRST.nama} (diperbaiki)`;

  it("(1) an indicator's text corrected in KATALOG: the jabatan sheet and the REKAP show it, nothing moved aside", () => {
    const fake = fakeWithCatalog();
    run(fake);
    const sheet = `2027 ${KADIS.kode}`;
    const holding = (text: string) => [...new Set(cellsHolding(fake, text).map((at) => at.split("!")[0]))];
    expect(holding(FIRST.nama)).toEqual([sheet, "2027 REKAP", "2027 BUKTI"]);
    katalog(fake, FIRST.nama, corrected);
    const result = run(fake);
    expect(cellsHolding(fake, FIRST.nama)).toEqual([]);
    expect(holding(corrected)).toEqual([sheet, "2027 REKAP", "2027 BUKTI"]);
    expect(asideSheets(fake)).toEqual([]);
    expect([result.nilaiDipertahankan, result.nilaiDipindahkan]).toEqual([0, 0]);
    expect(result.perubahanKatalog).toEqual([
      { lembar: sheet, url: expect.stringContaining("#gid="), perubahan: ["teks 1 indikator"] },
      { lembar: "2027 REKAP", url: expect.stringContaining("#gid="), perubahan: ["teks 1 indikator"] },
      { lembar: "2027 BUKTI", url: expect.stringContaining("#gid="), perubahan: ["teks 1 indikator"] },
    ]);
    expect(result.message).toContain(`${sheet}: teks 1 indikator`);
  });

  it("before the record, the same edit left the old text in place as if typed (the fallback, kept for sheets without one)", () => {
    const fake = fakeWithCatalog();
    run(fake);
    dropRecords(fake);
    katalog(fake, FIRST.nama, corrected);
    const result = run(fake);
    expect(cellsHolding(fake, FIRST.nama).map((at) => at.split("!")[0])).toContain(SHEET);
    expect(result.nilaiDipertahankan).toBeGreaterThanOrEqual(1);
    expect(result.perubahanKatalog).toEqual([]);
  });

  it("(2) a Plt. with another name signs: every sheet shows the new block, the old name is nowhere", () => {
    const fake = fakeWithCatalog();
    run(fake);
    // Every sheet signed: the jabatan sheets and the REKAP (the BUKTI index carries no signature).
    expect(cellsHolding(fake, OLD_NAME)).toHaveLength(yearSheets(fake).filter((s) => s.name !== "2027 BUKTI").length);
    setting(fake, "Nama penandatangan", "Dra. SITI AMINAH, M.Si.");
    setting(fake, "Status penandatangan", "Plt.");
    const result = run(fake);
    expect(cellsHolding(fake, OLD_NAME)).toEqual([]);
    expect(cellsHolding(fake, "Dra. SITI AMINAH, M.Si.")).toHaveLength(yearSheets(fake).length - 1);
    const plt = yearSheets(fake).filter((s) => [...fake.user.contents(s.name).values()].some((v) => String(v).startsWith("Plt. ")));
    expect(plt).toHaveLength(yearSheets(fake).length - 1);
    expect(asideSheets(fake)).toEqual([]);
    expect(result.nilaiDipindahkan).toBe(0);
    expect(result.perubahanKatalog?.map((p) => p.perubahan)).toEqual(plt.map(() => ["penanda tangan"]));
  });

  it("(3) a catalog target changed: a prefilled, untouched target follows; a typed one stays and is listed", () => {
    const fake = fakeWithCatalog();
    const other = ALL.find(({ i }) => i !== FIRST && ALL.filter((x) => x.i.nama === i.nama).length === 1);
    if (!other) throw new Error("example catalog changed");
    const otherSheet = `2027 ${other.j.kode}`;
    const targetCol = (fake.user.find("KATALOG", "Target 2027")?.column ?? 0) as number;
    const rowOf = (nama: string) => fake.user.find("KATALOG", nama)?.row as number;
    fake.user.type("KATALOG", rowOf(FIRST.nama), targetCol, 80);
    fake.user.type("KATALOG", rowOf(other.i.nama), targetCol, 60);
    expect(run(fake).targetDariKatalog).toBe(2);
    // The person types their own target over the second prefill.
    const typedAt = fake.user.find(otherSheet, 60);
    if (!typedAt) throw new Error("prefilled target not found");
    fake.user.type(otherSheet, typedAt.a1, 65);
    fake.user.type("KATALOG", rowOf(FIRST.nama), targetCol, 85);
    fake.user.type("KATALOG", rowOf(other.i.nama), targetCol, 70);
    const result = run(fake);
    expect(fake.user.find(SHEET, 85)).toBeDefined();
    expect(fake.user.find(SHEET, 80)).toBeUndefined();
    expect(fake.user.cell(otherSheet, typedAt.a1).value).toBe(65);
    expect(result.targetDariKatalog).toBe(1);
    expect(result.targetBerbeda?.map((t) => [t.lembar, t.indikator, t.target, t.katalog])).toEqual([[otherSheet, other.i.nama, 65, 70]]);
    expect(result.perubahanKatalog?.find((p) => p.lembar === SHEET)?.perubahan).toEqual(["1 target"]);
    // The REKAP reads the targets from the jabatan sheets: nothing of it changed in the catalog.
    expect(result.perubahanKatalog?.map((p) => p.lembar)).toEqual([SHEET]);
  });

  it("(4) a person's edit over the form's own text or formula is kept or moved aside once, across catalog edits", () => {
    const fake = fakeWithCatalog();
    run(fake, { jabatan: [KADIS.kode] });
    const name = fake.user.find(SHEET, FIRST.nama);
    const signer = fake.user.find(SHEET, OLD_NAME);
    if (!name || !signer) throw new Error("form text not found");
    fake.user.type(SHEET, name.a1, "Indikator versi bidang");
    fake.user.type(SHEET, signer.a1, "Nama diketik sendiri");
    katalog(fake, FIRST.nama, corrected);
    setting(fake, "Nama penandatangan", "Dra. SITI AMINAH, M.Si.");
    const first = run(fake, { jabatan: [KADIS.kode] });
    // The typed indicator text stays in its place; the typed name over the signature is moved aside.
    expect(fake.user.cell(SHEET, name.a1).value).toBe("Indikator versi bidang");
    expect(cellsHolding(fake, "Nama diketik sendiri")).toHaveLength(1);
    expect([first.nilaiDipertahankan, first.nilaiDipindahkan]).toEqual([1, 1]);
    setting(fake, "Nama penandatangan", "H. AHMAD FAUZI, S.Sos.");
    const second = run(fake, { jabatan: [KADIS.kode] });
    expect(cellsHolding(fake, "Nama diketik sendiri")).toHaveLength(1);
    expect(cellsHolding(fake, "Dra. SITI AMINAH, M.Si.")).toEqual([]);
    expect(cellsHolding(fake, "Indikator versi bidang")).toHaveLength(1);
    expect([second.nilaiDipertahankan, second.nilaiDipindahkan]).toEqual([1, 1]);
  });

  it("(5) a sheet without a record behaves as before, then has one and follows the next edit", () => {
    const fake = fakeWithCatalog();
    run(fake, { jabatan: [KADIS.kode] });
    dropRecords(fake);
    setting(fake, "Nama penandatangan", "Dra. SITI AMINAH, M.Si.");
    const first = run(fake, { jabatan: [KADIS.kode] });
    // As before the record: the old name looked typed and was moved aside.
    expect(cellsHolding(fake, OLD_NAME).length).toBeGreaterThan(0);
    expect(first.nilaiDipindahkan).toBeGreaterThan(0);
    for (const s of yearSheets(fake)) expect(s.metadata.filter((m) => m.key === RECORD_KEY)).toHaveLength(1);
    setting(fake, "Nama penandatangan", "H. AHMAD FAUZI, S.Sos.");
    const second = run(fake, { jabatan: [KADIS.kode] });
    expect(cellsHolding(fake, "Dra. SITI AMINAH, M.Si.")).toEqual([]);
    expect(second.nilaiDipindahkan).toBe(first.nilaiDipindahkan);
  });

  it("a damaged record counts as none: nothing lost, and a whole one is written", () => {
    const fake = fakeWithCatalog();
    run(fake, { jabatan: [KADIS.kode] });
    const sheet = yearSheets(fake).find((s) => s.name === SHEET);
    const record = sheet?.metadata.find((m) => m.key === RECORD_KEY);
    if (!record?.value) throw new Error("no record");
    record.value = record.value.replace(/\|[^|]*\|/, "|x|");
    const typed = fake.user.find(SHEET, FIRST.nama);
    fake.user.type(SHEET, typed?.a1 as string, "diketik");
    const result = run(fake, { jabatan: [KADIS.kode] });
    expect(fake.user.cell(SHEET, typed?.a1 as string).value).toBe("diketik");
    expect(result.nilaiDipertahankan).toBe(1);
    expect(sheet?.metadata.find((m) => m.key === RECORD_KEY)?.value).toMatch(/^IKI1\|/);
  });
});
