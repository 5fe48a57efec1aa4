/**
 * Bench: SpreadsheetApp calls of scaffoldYear for the full Sampang year, tahunan
 * and triwulan, first run and re-run (every input typed in between), and a first
 * run beside a hand-made sheet with a year's name, and another OPD's year with protections by role, on the in-memory fake. Prints;
 * asserts nothing. Target: ≤ 25 calls per sheet on average, exactly one read phase.
 *
 * The spreadsheet starts as a new one does in Sheets: one empty "Sheet1", plus the
 * catalog sheets (written before the measured run; their reading is counted). The
 * average counts every document call of the run (read + write + handle), also
 * those tied to no sheet of the year (getUrl, getSheets, getName of "Sheet1"),
 * divided by the number of sheets written; the max is the busiest single sheet.
 */
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { Periode } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { fakeWithCatalog } from "../../test/support/catalog-fake";
import { type CallKind, createFakeSpreadsheetApp, type FakeSpreadsheetApp } from "../../test/support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../../test/support/fixtures/catalog-lain";

const TAHUN = 2027;
const DOCUMENT: CallKind[] = ["read", "write", "handle"];

function typeInputs(fake: FakeSpreadsheetApp, periode: Periode): number {
  let typed = 0;
  for (const plan of buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: TAHUN, periode }).sheets) {
    for (const area of plan.inputs) {
      for (let r = area.row; r < area.row + area.rows; r++) {
        const value = area.validation.kind === "list" ? "Madya" : area.validation.kind === "text" ? "catatan" : 50;
        fake.user.type(plan.name, r + 1, area.col + 1, value);
        typed++;
      }
    }
  }
  return typed;
}

function report(label: string, fake: FakeSpreadsheetApp, ms: number, sheets: string[]): void {
  const perSheet = (kinds: CallKind[]) => {
    const counts = fake.log.perSheet(...kinds);
    const values = sheets.map((name) => counts.get(name) ?? 0);
    const avg = fake.log.count(...kinds) / sheets.length;
    const max = Math.max(...values);
    const outside = fake.log.count(...kinds) - values.reduce((a, b) => a + b, 0);
    return `avg ${avg.toFixed(1)} (all ${fake.log.count(...kinds)} calls ÷ ${sheets.length} sheets; ${outside} of them tied to no sheet of the year), max ${max} (${sheets[values.indexOf(max)]})`;
  };
  const byMethod = new Map<string, number>();
  for (const c of fake.log.calls) if (DOCUMENT.includes(c.kind)) byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1);
  const methods = [...byMethod.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([m, n]) => `${m} ${(n / sheets.length).toFixed(2).replace(/\.?0+$/, "")}`)
    .join(", ");
  console.log(`  ${label}`);
  console.log(`    document calls per sheet (read+write+handle): ${perSheet(DOCUMENT)}`);
  console.log(`    all calls per sheet (incl. local builder steps): ${perSheet(["read", "write", "handle", "builder"])}`);
  console.log(
    `    read phases ${fake.log.readPhases()}, read after write: ${fake.log.readAfterWrite() ? "YES" : "no"}, flushes ${fake.log.count("flush")}; ` +
      `total ${fake.log.count()} calls (read ${fake.log.count("read")}, write ${fake.log.count("write")}, handle ${fake.log.count("handle")}, builder ${fake.log.count("builder")}, lock ${fake.log.count("lock")}); ${ms.toFixed(0)} ms on the fake`,
  );
  console.log(`    document calls per sheet by method: ${methods}`);
}

export async function bench(): Promise<void> {
  console.log(
    `Sheets adapter, scaffoldYear({ tahun: ${TAHUN} }) on the in-memory SpreadsheetApp (target ≤ 25 calls per sheet, 1 read phase):`,
  );
  for (const periode of ["tahunan", "triwulan"] as const) {
    const fake = createFakeSpreadsheetApp();
    fake.spreadsheet.insertSheet("Sheet1");
    fakeWithCatalog(EXAMPLE_CATALOG, fake);
    const sheets = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: TAHUN, periode }).sheets.map((s) => s.name);
    let t = performance.now();
    const first = scaffoldYear({ tahun: TAHUN, periode }, fake.services());
    report(
      `${periode}, first run (${sheets.length} sheets${first.ok ? "" : `, FAILED: ${first.error}`})`,
      fake,
      performance.now() - t,
      sheets,
    );

    const typed = typeInputs(fake, periode);
    fake.log.clear();
    t = performance.now();
    const again = scaffoldYear({ tahun: TAHUN, periode }, fake.services());
    const kept = again.ok
      ? `${again.data.nilaiDipertahankan} of ${typed} typed values kept, ${again.data.nilaiDipindahkan} moved aside`
      : `FAILED: ${again.error}`;
    report(`${periode}, re-run (${kept})`, fake, performance.now() - t, sheets);
  }
  benchForeign();
  benchRoles();
}

/**
 * Another OPD with emails in the catalog (two pengisi, two pengelola; one of each not an editor yet):
 * the protections by role, first run and re-run, triwulan. Each input area gets a protection of its own.
 */
function benchRoles(): void {
  const fake = createFakeSpreadsheetApp();
  fakeWithCatalog(CATALOG_LAIN, fake);
  fake.spreadsheet.editors = ["sekretariat@dinkes.sukamaju.go.id", "gizi@dinkes.sukamaju.go.id", "p2p@dinkes.sukamaju.go.id"];
  fake.caller = "sekretariat@dinkes.sukamaju.go.id";
  const sheets = buildYearPlan({ catalog: CATALOG_LAIN, tahun: TAHUN, periode: "triwulan" }).sheets.map((s) => s.name);
  for (const run of ["first run", "re-run"]) {
    fake.log.clear();
    const t = performance.now();
    const result = scaffoldYear({ tahun: TAHUN, periode: "triwulan" }, fake.services());
    const protections = fake.spreadsheet.sheets.reduce((n, s) => n + s.protections.filter((p) => !p.warningOnly).length, 0);
    const what = result.ok
      ? `${protections} restricted protections, belum punya akses: ${result.data.belumPunyaAkses?.length}`
      : `FAILED: ${result.error}`;
    report(`triwulan with roles (another OPD), ${run} (${what})`, fake, performance.now() - t, sheets);
  }
}

/** A first run where the user already has their own "2027 KADIS" (a 50 × 26 table): it is renamed "(lama)", a fresh one made. */
function benchForeign(): void {
  const fake = createFakeSpreadsheetApp();
  fake.spreadsheet.insertSheet("Sheet1");
  fakeWithCatalog(EXAMPLE_CATALOG, fake);
  fake.user.insertSheet("2027 KADIS");
  for (let r = 1; r <= 50; r++) for (let c = 1; c <= 26; c++) fake.user.type("2027 KADIS", r, c, r * c);
  fake.log.clear();
  const sheets = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: TAHUN }).sheets.map((s) => s.name);
  const t = performance.now();
  const run = scaffoldYear({ tahun: TAHUN }, fake.services());
  const renamed = run.ok ? run.data.lembarLama.map((l) => `${l.semula} → ${l.menjadi}`).join(", ") : `FAILED: ${run.error}`;
  report(`tahunan, first run beside a hand-made "2027 KADIS" (${renamed})`, fake, performance.now() - t, sheets);
}
