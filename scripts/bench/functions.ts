// Custom functions over a 10,000-row column, called the way Sheets calls them:
// from the built dist/Code.js loaded as a plain script (what Apps Script runs).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createContext, Script } from "node:vm";

const ROWS = 10_000;
const RUNS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown): number {
  const times: number[] = [];
  fn(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export async function bench(): Promise<void> {
  const file = join(__dirname, "..", "..", "dist", "Code.js");
  const code = readFileSync(file, "utf8");
  console.log(`dist/Code.js: ${(statSync(file).size / 1024).toFixed(1)} KB (budget ≤ 176 KB, README "Size budget")`);

  // Every custom-function call loads the whole file: compile, then run its top level.
  // A fresh filename per run defeats V8's compile cache, as a new Apps Script execution would.
  let n = 0;
  const compileMs = time(() => new Script(code, { filename: `Code-${n++}.js` }));
  const compiled = new Script(code);
  const evaluateMs = time(() => compiled.runInContext(createContext({})));
  const ctx = createContext({});
  compiled.runInContext(ctx);
  console.log(
    `load of dist/Code.js (every custom-function call pays it): compile ${compileMs.toFixed(2)} ms + top level ${evaluateMs.toFixed(2)} ms`,
  );

  // The columns are made inside the script's context, as Sheets hands them to Apps Script.
  const data = new Script(`({
    realisasi: Array.from({ length: ${ROWS} }, (_, i) => [i % 10 === 0 ? "" : 50 + (i % 50)]),
    target: Array.from({ length: ${ROWS} }, () => [80]),
    capaian: Array.from({ length: ${ROWS} }, (_, i) => [i % 10 === 0 ? "" : (i % 130) + 0.5]),
    idx: Array.from({ length: ${ROWS} }, (_, i) => [i % 100]),
    share: Array.from({ length: ${ROWS} }, (_, i) => [1 + (i % 49)]),
    nilai: Array.from({ length: ${ROWS} }, (_, i) => [(i * 7) % 1000]),
  })`).runInContext(ctx) as Record<string, unknown[][]>;
  const { realisasi, target, capaian, idx, share, nilai } = data;
  const g = ctx as Record<string, (...a: unknown[]) => unknown>;

  const cases: [string, () => unknown][] = [
    ["IKI_CAPAIAN(realisasi, target)", () => g.IKI_CAPAIAN!(realisasi, target)],
    ['IKI_CAPAIAN(realisasi, target, "negatif")', () => g.IKI_CAPAIAN!(realisasi, target, "negatif")],
    ["IKI_PREDIKAT(capaian)", () => g.IKI_PREDIKAT!(capaian)],
    ["IDG(i_parl, i_dm, i_inc)", () => g.IDG!(idx, idx, idx)],
    ["IDG_EDEP(p_f, p_m, x_f, x_m)", () => g.IDG_EDEP!(50, 50, share, share)],
    ["IDG_INDEKS(p_f, p_m, x_f, x_m)", () => g.IDG_INDEKS!(50, 50, share, share)],
    ["KLA_STATUS(nilai)", () => g.KLA_STATUS!(nilai)],
    ["IKI_PERCENT(pembilang, penyebut) — two 10,000-row ranges", () => g.IKI_PERCENT!(realisasi, target)],
  ];
  console.log(`\nOne call over a ${ROWS.toLocaleString("en")}-row column, median of ${RUNS} runs (target ≤ 20 ms):`);
  for (const [name, fn] of cases) console.log(`  ${name.padEnd(58)} ${time(fn).toFixed(2)} ms`);
}
