/**
 * Perjanjian Kinerja: time to build every jabatan's PK plan, render them with ExcelJS and write
 * PK-<tahun>.xlsx, for the example (7 jabatan) and a 30-jabatan OPD (median of 5, after one warm-up run).
 * Prints figures, asserts nothing.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { Catalog } from "../../src/core/catalog/model";
import { pkSheet } from "../../src/core/pk/pk-sheet";
import { emptyWorkbook, renderSheet, saveWorkbook } from "../../src/offline/xlsx/workbook";
import { CATALOG_BESAR } from "../../test/support/fixtures/catalog-besar";

const RUNS = 5;
const TAHUN = 2027;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function once(catalog: Catalog, path: string): Promise<{ plan: number; render: number; write: number }> {
  const t0 = performance.now();
  const plans = catalog.jabatan.map((j) => pkSheet(catalog, j.kode, { tahun: TAHUN, perubahan: false }).plan);
  const t1 = performance.now();
  const workbook = emptyWorkbook(TAHUN);
  for (const plan of plans) renderSheet(workbook, plan);
  const t2 = performance.now();
  await saveWorkbook(workbook, path);
  return { plan: t1 - t0, render: t2 - t1, write: performance.now() - t2 };
}

export async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "iki-bench-pk-"));
  try {
    console.log(`Perjanjian Kinerja ${TAHUN} (median dari ${RUNS}, setelah 1 pemanasan)`);
    console.log("katalog          PK   rencana    render     tulis     total   ukuran");
    for (const [name, catalog] of [
      ["contoh Sampang", EXAMPLE_CATALOG],
      ["OPD 30 jabatan", CATALOG_BESAR],
    ] as const) {
      const path = join(dir, `PK-${TAHUN}.xlsx`);
      await once(catalog, path);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(catalog, path));
      const kb = `${Math.round(statSync(path).size / 1024)} KB`;
      console.log(
        `${name.padEnd(15)} ${String(catalog.jabatan.length).padStart(3)} ${ms(median(runs.map((r) => r.plan)))} ` +
          `${ms(median(runs.map((r) => r.render)))} ${ms(median(runs.map((r) => r.write)))} ` +
          `${ms(median(runs.map((r) => r.plan + r.render + r.write)))} ${kb.padStart(8)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
