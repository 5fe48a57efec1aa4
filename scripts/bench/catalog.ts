/**
 * Bench: a large catalog (30 jabatan × 10 indicators, 300 rows) read from the
 * spreadsheet and built one scaffoldYear call per jabatan, "n / N" as the README has
 * the sidebar show it: every call but the last with `rekap: false`, the last one
 * writing the REKAP for all. Then the offline workbook of the same catalog. Prints
 * figures on the in-memory SpreadsheetApp fake; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheetCatalog } from "../../src/adapters/sheets/catalog";
import type { Catalog } from "../../src/core/catalog";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { renderWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { fakeWithCatalog } from "../../test/support/catalog-fake";
import { type CallKind, createFakeSpreadsheetApp, type FakeSpreadsheetApp } from "../../test/support/fakes/spreadsheet-app";
import { bigCatalog } from "../../test/support/fixtures/big-catalog";

const TAHUN = 2027;
const DOCUMENT: CallKind[] = ["read", "write", "handle"];

interface Measured {
  calls: number;
  ms: number;
}

/**
 * One call per jabatan as the sidebar makes the year ("n / N"): `rekap: false` but for the last,
 * which writes the REKAP and looks for sheets of a lost kode. Prints the one-jabatan calls and the last apart.
 */
function sequence(fake: FakeSpreadsheetApp, catalog: Catalog, run: string): void {
  const perCall: Measured[] = catalog.jabatan.map((j, i) => {
    fake.log.clear();
    const t = performance.now();
    const last = i === catalog.jabatan.length - 1;
    const answer = scaffoldYear({ tahun: TAHUN, jabatan: [j.kode], ...(!last && { rekap: false }) }, fake.services());
    if (!answer.ok) throw new Error(answer.error);
    return { calls: fake.log.count(...DOCUMENT), ms: performance.now() - t };
  });
  const rekap = perCall.pop() as Measured;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const calls = perCall.map((c) => c.calls);
  const ms = perCall.map((c) => c.ms);
  console.log(
    `  ${run}, per panggilan 1 jabatan (rekap: false; ${perCall.length} panggilan): rata-rata ${avg(calls).toFixed(1)} panggilan dokumen, ` +
      `min ${Math.min(...calls)}, maks ${Math.max(...calls)}; rata-rata ${avg(ms).toFixed(0)} ms, maks ${Math.max(...ms).toFixed(0)} ms di fake`,
  );
  console.log(
    `  ${run}, panggilan terakhir (1 jabatan + REKAP ${catalog.jabatan.length} jabatan + cari lembar berkode lama): ` +
      `${rekap.calls} panggilan dokumen, ${rekap.ms.toFixed(0)} ms di fake`,
  );
}

export async function bench(): Promise<void> {
  const catalog = bigCatalog();
  const indikator = catalog.jabatan.reduce((n, j) => n + j.sasaran.reduce((m, s) => m + s.indikator.length, 0), 0);
  console.log(`Katalog besar: ${catalog.jabatan.length} jabatan, ${indikator} indikator, tahun ${TAHUN} tahunan`);

  const fake = fakeWithCatalog(catalog, createFakeSpreadsheetApp());
  let t = performance.now();
  const read = readSheetCatalog({ spreadsheet: fake.spreadsheet });
  console.log(
    `  membaca katalog: ${fake.log.count(...DOCUMENT)} panggilan dokumen, ${read.read.problems.length} masalah, ${(performance.now() - t).toFixed(0)} ms (fake)`,
  );

  // First the year made, then the button pressed again (every sheet there): the same sequence both times.
  for (const run of ["pertama", "ulang"]) sequence(fake, catalog, run);

  const dir = mkdtempSync(join(tmpdir(), "iki-bench-big-"));
  try {
    t = performance.now();
    const plan = buildYearPlan({ catalog, tahun: TAHUN });
    const planned = performance.now() - t;
    await saveWorkbook(renderWorkbook(plan), join(dir, "IKI-big.xlsx"));
    console.log(
      `  buku kerja offline: ${plan.sheets.length} lembar, rencana ${planned.toFixed(0)} ms, total ${(performance.now() - t).toFixed(0)} ms (sasaran ≤ 2000 ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
