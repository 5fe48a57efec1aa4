/**
 * Offline workbook: time to build the year's plans, render them with ExcelJS and
 * write the .xlsx, for the full Sampang year, tahunan and triwulan (median of 5,
 * after one warm-up run). Target: ≤ 1 s in all. Prints figures, asserts nothing.
 */

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { Periode } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { renderWorkbook, saveWorkbook } from "../../src/offline/xlsx/workbook";

const RUNS = 5;
const TAHUN = 2027;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function once(
  periode: Periode,
  path: string,
): Promise<{ plan: number; render: number; write: number; sheets: number; cells: number }> {
  const t0 = performance.now();
  const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: TAHUN, periode });
  const t1 = performance.now();
  const workbook = renderWorkbook(plan);
  const t2 = performance.now();
  await saveWorkbook(workbook, path);
  const t3 = performance.now();
  const cells = plan.sheets.reduce((n, s) => n + s.cells.length * s.width, 0);
  return { plan: t1 - t0, render: t2 - t1, write: t3 - t2, sheets: plan.sheets.length, cells };
}

export async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "iki-bench-"));
  try {
    console.log(`Buku kerja offline ${TAHUN}, katalog Sampang lengkap (median dari ${RUNS}, setelah 1 pemanasan)`);
    console.log("periode    lembar    sel   rencana    render     tulis     total   ukuran");
    for (const periode of ["tahunan", "triwulan"] as const) {
      const path = join(dir, `IKI-${TAHUN}-${periode}.xlsx`);
      await once(periode, path);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(periode, path));
      const first = runs[0] as Awaited<ReturnType<typeof once>>;
      const total = median(runs.map((r) => r.plan + r.render + r.write));
      const kb = `${Math.round(statSync(path).size / 1024)} KB`;
      console.log(
        `${periode.padEnd(9)} ${String(first.sheets).padStart(6)} ${String(first.cells).padStart(6)} ${ms(median(runs.map((r) => r.plan)))} ` +
          `${ms(median(runs.map((r) => r.render)))} ${ms(median(runs.map((r) => r.write)))} ${ms(total)} ${kb.padStart(8)}`,
      );
    }
    console.log("Sasaran: total ≤ 1000 ms per buku kerja.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
