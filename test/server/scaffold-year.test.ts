import { ASIDE_TITLE } from "../../src/core/carry/carry";
import { allIndikator, EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import { columnLetter } from "../../src/core/sheet/a1";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog, yearSheets } from "../support/catalog-fake";
import { createFakeSpreadsheetApp, deleteSheet, FAKE_SPREADSHEET_URL, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { checkProtection } from "../support/protection-check";

const NAMES = [...CATALOG.jabatan.map((j) => `2027 ${j.kode}`), "2027 REKAP", "2027 BUKTI"];

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

/** Where a column of an indicator's row is on the sheet now, found by id (users may have moved rows). */
function cellOf(fake: FakeSpreadsheetApp, plan: SheetPlan, id: string, key: string): string {
  const hit = fake.user.find(plan.name, id);
  if (!hit) throw new Error(`${id} not on ${plan.name}`);
  const col = plan.table.columns.findIndex((c) => c.key === key);
  return `${columnLetter(col)}${hit.row}`;
}

/** Types a target (and pembilang/penyebut or realisasi, by jenis) for every indicator of every jabatan sheet. */
function typeEverything(fake: FakeSpreadsheetApp, plans: SheetPlan[], prefix = ""): Map<string, unknown> {
  const typed = new Map<string, unknown>();
  for (const plan of plans.filter((p) => p.kind === "jabatan")) {
    for (const [id, row] of Object.entries(plan.indikatorRows)) {
      const inputs = plan.inputs.filter((a) => row >= a.row && row < a.row + a.rows);
      for (const area of inputs) {
        const key = plan.table.columns[area.col]?.key as string;
        const value = area.validation.kind === "list" ? "Madya" : area.validation.kind === "text" ? `catatan ${id}` : 10 + (id.length % 7);
        fake.user.type(plan.name, cellOf(fake, plan, id, key), value);
        typed.set(`${plan.name}|${id}|${prefix}${key}`, value);
      }
    }
  }
  return typed;
}

function expectAllKept(fake: FakeSpreadsheetApp, plans: SheetPlan[], typed: Map<string, unknown>): void {
  for (const [key, value] of typed) {
    const [name, id, column] = key.split("|") as [string, string, string];
    const plan = plans.find((p) => p.name === name) as SheetPlan;
    expect([key, fake.user.cell(name, cellOf(fake, plan, id, column)).value]).toEqual([key, value]);
  }
}

describe("scaffoldYear, first run", () => {
  const fake = fakeWithCatalog();
  const result = ok(scaffoldYear({ tahun: 2027 }, fake.services()));

  it("creates '<tahun> <kode>' for every jabatan and '<tahun> REKAP', with links", () => {
    expect(yearSheets(fake).map((s) => s.name)).toEqual(NAMES);
    expect(result.lembar.map((s) => [s.name, s.status])).toEqual(NAMES.map((n) => [n, "dibuat"]));
    // The sidebar runs in a frame on another domain: a bare "#gid=" would not reach the spreadsheet.
    expect(result.lembar.map((s) => s.url)).toEqual(yearSheets(fake).map((s) => `${FAKE_SPREADSHEET_URL}#gid=${s.id}`));
    expect(result).toMatchObject({ tahun: 2027, periode: "tahunan", nilaiDipertahankan: 0, nilaiDipindahkan: 0 });
    expect(result.message).toBe("Lembar IKI 2027 (tahunan) siap: 9 dibuat, 0 diperbarui.");
  });

  it("writes the plans: header labels, ids, REKAP formulas and chart", () => {
    expect(fake.user.find("2027 KADIS", "Sasaran / Kinerja Utama")).toBeDefined();
    // Every indicator's id is on its jabatan's sheet (the hidden column rows are matched by).
    const missing = allIndikator(CATALOG).filter(({ jabatan, indikator }) => !fake.user.find(`2027 ${jabatan.kode}`, indikator.id));
    expect(missing.map(({ indikator }) => indikator.id)).toEqual([]);
    expect(allIndikator(CATALOG).length).toBeGreaterThan(20);
    const rekap = fake.spreadsheet.sheet("2027 REKAP");
    expect(rekap?.charts).toHaveLength(1);
    expect(rekap?.charts[0]).toMatchObject({ type: "COLUMN", options: { title: "Rata-rata capaian per jabatan, 2027 (%)" } });
    const formulas = [...fake.user.contents("2027 REKAP").values()].filter((v) => String(v).startsWith("="));
    expect(formulas.some((f) => String(f).includes("'2027 KABID REHSOS'!"))).toBe(true);
  });

  it("has exactly one read phase (the spreadsheet's address read once, in it), one flush, and releases the lock", () => {
    expect(fake.log.readPhases()).toBe(1);
    const getUrl = fake.log.calls.filter((c) => c.method === "getUrl");
    expect(getUrl).toHaveLength(1);
    expect(getUrl[0]!.seq).toBeLessThan(fake.log.calls.find((c) => c.kind === "write")!.seq);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.flushes).toBe(1);
    // The catalog is read first (its kodes check the request); the lock is held before the first write.
    const lock = fake.log.calls.find((c) => c.method === "tryLock")!;
    expect(lock.seq).toBeLessThan(fake.log.calls.find((c) => c.kind === "write")!.seq);
    expect(fake.log.calls.at(-1)).toMatchObject({ method: "releaseLock" });
    expect(fake.lock.held).toBe(false);
  });

  it("counts its calls per sheet", () => {
    const perSheet = fake.log.perSheet("read", "write", "handle");
    for (const name of NAMES) expect(perSheet.get(name)).toBeGreaterThan(0);
    // Every document call of the run, also those not tied to one sheet (getUrl, getSheets), over the sheets.
    const average = fake.log.count("read", "write", "handle") / NAMES.length;
    console.log(`first run: ${average.toFixed(1)} document calls per sheet, ${fake.log.count()} calls in all`);
    expect(average).toBeLessThan(45);
  });

  it("protects every computed cell with a warning only and leaves every input cell free", () => {
    for (const plan of buildYearPlan({ catalog: CATALOG, tahun: 2027 }).sheets) expect(checkProtection(fake, plan).wrong).toEqual([]);
  });
});

describe.each(["tahunan", "triwulan"] as const)("scaffoldYear, re-run (%s)", (periode) => {
  const plans = buildYearPlan({ catalog: CATALOG, tahun: 2027, periode }).sheets;

  it("keeps every typed value, also after a row was inserted above and rows were sorted", () => {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027, periode }, fake.services()));
    const typed = typeEverything(fake, plans);
    expect(typed.size).toBeGreaterThan(20);

    // A user inserts a row above the table and sorts a jabatan's indicator rows.
    const rehsos = plans.find((p) => p.name === "2027 KABID REHSOS") as SheetPlan;
    fake.user.insertRows(rehsos.name, 3, 1);
    fake.user.type(rehsos.name, "A3", "");
    const first = rehsos.table.firstRow + 2; // 1-based, after the inserted row
    fake.user.sortRows(rehsos.name, first, first + Object.keys(rehsos.indikatorRows).length - 1, 3, false);
    fake.user.insertRows("2027 KADIS", 1, 2);
    const rowsNow = Object.keys(rehsos.indikatorRows).map((id) => fake.user.find(rehsos.name, id)?.row);
    expect(rowsNow).not.toEqual(Object.values(rehsos.indikatorRows).map((r) => r + 2));
    expect(new Set(rowsNow).size).toBe(rowsNow.length);

    fake.log.clear();
    const again = ok(scaffoldYear({ tahun: 2027, periode }, fake.services()));
    expect(again.lembar.map((s) => s.status)).toEqual(NAMES.map(() => "diperbarui"));
    expect(again.nilaiDipertahankan).toBe(typed.size);
    expect(again.nilaiDipindahkan).toBe(0);
    expect(again.message).toContain(`${typed.size} isian yang sudah diketik dipertahankan`);
    expectAllKept(fake, plans, typed);
    // The structure is the plan's again: the sheet starts with the title, the rows are in catalog order.
    expect(fake.user.cell(rehsos.name, "A1").value).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");
    expect(fake.user.find(rehsos.name, "rehsos.pmks-rehabilitasi")?.row).toBe(
      (rehsos.indikatorRows["rehsos.pmks-rehabilitasi"] as number) + 1,
    );
    expect(fake.log.readPhases()).toBe(1);
    expect(fake.log.readAfterWrite()).toBeUndefined();
    expect(fake.flushes).toBe(2);
    for (const plan of plans) expect(checkProtection(fake, plan).wrong).toEqual([]);
    for (const plan of plans) expect(fake.spreadsheet.sheet(plan.name)?.protections.map((p) => p.type)).toEqual(["SHEET"]);

    // A third run changes nothing.
    const third = ok(scaffoldYear({ tahun: 2027, periode }, fake.services()));
    expect([third.nilaiDipertahankan, third.nilaiDipindahkan]).toEqual([typed.size, 0]);
    expectAllKept(fake, plans, typed);
  });
});

describe("scaffoldYear, chosen jabatan", () => {
  it("writes only the chosen jabatan and a REKAP that also covers the year's sheets already there", () => {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027, jabatan: ["KABID PPPA"] }, fake.services()));
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"], periode: "tahunan" }, fake.services()));
    expect(result.lembar.map((s) => [s.name, s.status])).toEqual([
      ["2027 KADIS", "dibuat"],
      ["2027 REKAP", "diperbarui"],
      ["2027 BUKTI", "diperbarui"],
    ]);
    expect(result.nilaiDipindahkan).toBe(0);
    const rekap = [...fake.user.contents("2027 REKAP").values()].map(String);
    expect(rekap.some((v) => v.includes("'2027 KADIS'!"))).toBe(true);
    expect(rekap.some((v) => v.includes("'2027 KABID PPPA'!"))).toBe(true);
    expect(rekap.some((v) => v.includes("'2027 KABID REHSOS'!"))).toBe(false);
  });

  it("moves the typed values of a jabatan sheet aside when they lose their place, and says where", () => {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    const plan = buildYearPlan({ catalog: CATALOG, tahun: 2027, jabatan: ["KADIS"] }).sheets[0] as SheetPlan;
    fake.user.type(plan.name, cellOf(fake, plan, "kadis.idg", "capaian"), 88);
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(result.nilaiDipindahkan).toBe(1);
    expect(result.message).toContain(`dipindahkan ke bagian "${ASIDE_TITLE}" di bawah lembar 2027 KADIS`);
    expect(fake.user.find(plan.name, ASIDE_TITLE)).toBeDefined();
    expect(fake.user.find(plan.name, 88)).toBeDefined();
  });
});

describe("scaffoldYear, refusals", () => {
  it("another editor holds the lock: an Indonesian message and nothing written", () => {
    const fake = fakeWithCatalog();
    fake.lockHeldElsewhere = true;
    const response = scaffoldYear({ tahun: 2027 }, fake.services());
    expect(response).toEqual({ ok: false, error: expect.stringContaining("sedang dibuat oleh editor lain") });
    expect(fake.log.count("write")).toBe(0);
    expect(yearSheets(fake)).toHaveLength(0);
    // Only the catalog was read (three sheets) before the lock was asked for.
    expect(fake.log.calls.filter((c) => c.kind !== "read").map((c) => c.method)).toEqual(["tryLock"]);
  });

  it.each([
    [{ tahun: "abc" }, 'tahun harus bilangan bulat dari 2000 sampai 2100, misalnya 2027 (yang dikirim: "abc")'],
    [{ tahun: 2027, jabatan: ["XYZ"] }, 'jabatan ke-1 tidak dikenal (yang dikirim: "XYZ"); pilih dari: KADIS, SEKRETARIS'],
    [{ tahun: 2027, jabatan: "XYZ" }, 'jabatan harus daftar kode jabatan (yang dikirim: "XYZ")'],
    [{ tahun: 2027, periode: "bulanan" }, 'periode harus "tahunan" atau "triwulan" (yang dikirim: "bulanan")'],
    [null, "permintaan harus berupa objek { tahun, jabatan?, periode?, rekap? }"],
  ])("invalid request %j: an Indonesian error naming the field, nothing touched", (request, message) => {
    const fake = fakeWithCatalog();
    const response = scaffoldYear(request, fake.services());
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error).toContain(message);
    expect(!response.ok && response.error).toMatch(/^Permintaan tidak sah: /);
    // The catalog was read (to know its kodes); nothing written, no lock taken.
    expect(fake.log.count("write", "lock")).toBe(0);
  });

  it("names both fields when both are wrong", () => {
    const response = scaffoldYear({ tahun: "abc", jabatan: ["XYZ"] }, fakeWithCatalog().services());
    expect(!response.ok && response.error).toMatch(/tahun harus .*; jabatan ke-1 tidak dikenal/);
  });

  it("an unexpected error is answered in Indonesian, logged, and the lock released", () => {
    const fake = fakeWithCatalog();
    const services = fake.services();
    services.spreadsheet.insertSheet = () => {
      throw new Error("Service Spreadsheets timed out");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const response = scaffoldYear({ tahun: 2027 }, services);
    expect(response).toEqual({
      ok: false,
      error: expect.stringContaining("Lembar tahun 2027 gagal disiapkan: Service Spreadsheets timed out"),
    });
    expect(spy).toHaveBeenCalled();
    expect(fake.lock.held).toBe(false);
    spy.mockRestore();
  });
});

describe("scaffoldYear and the catalog sheets", () => {
  it("first use (no KATALOG, no year yet): the built-in example is written into the catalog sheets, then the year", () => {
    const fake = createFakeSpreadsheetApp();
    const result = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(fake.spreadsheet.names()).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM", "2027 KADIS", "2027 REKAP", "2027 BUKTI"]);
    expect(result.message).toMatch(/^Spreadsheet ini belum punya katalog: katalog contoh bawaan dibuat/);
    expect(result.katalogContohDibuat).toBe(true);
    // The next run reads the catalog it wrote: nothing is written to the catalog again.
    fake.log.clear();
    const again = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(again.message).not.toMatch(/katalog contoh/);
    expect(again.katalogContohDibuat).toBeUndefined();
    expect(
      fake.log.calls.filter((c) => c.kind === "write" && ["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"].includes(c.sheet ?? "")),
    ).toEqual([]);
  });

  it("KATALOG deleted after a year was made: refused, the example is not written behind the user's back", () => {
    const fake = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027 }, fake.services()));
    deleteSheet(fake, "KATALOG");
    const response = scaffoldYear({ tahun: 2027 }, fake.services());
    expect(response).toEqual({ ok: false, error: expect.stringContaining("Katalog belum ada di spreadsheet ini") });
    expect(fake.spreadsheet.names()).not.toContain("KATALOG");
  });

  it("a catalog with problems: refused with the cells, nothing made", () => {
    const fake = fakeWithCatalog();
    fake.user.type("KATALOG", "I2", "indeks-lama");
    const response = scaffoldYear({ tahun: 2027 }, fake.services());
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/^Katalog punya 1 masalah, .*KATALOG!I2/) });
    expect(yearSheets(fake)).toEqual([]);
  });

  it("targets come from the catalog's Target <tahun>; the year's rows are the ones in force", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    const kode = CATALOG_LAIN.jabatan[0]!.kode;
    ok(scaffoldYear({ tahun: 2027, jabatan: [kode] }, fake.services()));
    const plan = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027, jabatan: [kode] }).sheets[0] as SheetPlan;
    const withTarget = CATALOG_LAIN.jabatan[0]!.sasaran.flatMap((s) => s.indikator).filter(
      (i) => i.target["2027"] !== undefined && plan.indikatorRows[i.id] !== undefined,
    );
    expect(withTarget.length).toBeGreaterThan(0);
    for (const i of withTarget) expect(fake.user.cell(plan.name, cellOf(fake, plan, i.id, "target")).value).toEqual(i.target["2027"]);
  });
});
