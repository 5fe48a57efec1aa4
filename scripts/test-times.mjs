// npm run test:times: runs the suite (after the build, as npm test does) and prints its time per
// folder of test/ and in total. `node scripts/test-times.mjs report.json` reads a report made
// before with `jest --json --outputFile=report.json`. Extra arguments go to jest:
// `npm run test:times -- test/offline`. Figures only: nothing here asserts a time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

let report;
let code = 0;
if (args.length === 1 && args[0].endsWith(".json") && existsSync(args[0])) {
  report = JSON.parse(readFileSync(args[0], "utf8"));
} else {
  const dir = mkdtempSync(join(tmpdir(), "iki-test-times-"));
  const out = join(dir, "report.json");
  const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
  code = spawnSync(process.execPath, [jest, "--json", `--outputFile=${out}`, ...args], { cwd: root, stdio: "inherit" }).status ?? 1;
  report = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : null;
  rmSync(dir, { recursive: true, force: true });
  if (!report) process.exit(code || 1);
}

// A file's time is its start to end in one worker; with several workers the folders overlap,
// so their sum is more than the wall time, which is printed apart.
const perFolder = new Map();
let end = report.startTime;
for (const file of report.testResults) {
  const path = relative(join(root, "test"), file.name).split(/[\\/]/);
  const folder = path.length > 1 ? path[0] : "(test/)";
  const row = perFolder.get(folder) ?? { seconds: 0, files: 0 };
  row.seconds += (file.endTime - file.startTime) / 1000;
  row.files += 1;
  perFolder.set(folder, row);
  end = Math.max(end, file.endTime);
}

const rows = [...perFolder].sort((a, b) => b[1].seconds - a[1].seconds);
const sum = rows.reduce((s, [, r]) => s + r.seconds, 0);
console.log("\nfolder        seconds  files");
for (const [folder, r] of rows) console.log(`${folder.padEnd(12)} ${r.seconds.toFixed(1).padStart(8)} ${String(r.files).padStart(6)}`);
console.log(`${"sum".padEnd(12)} ${sum.toFixed(1).padStart(8)} ${String(report.testResults.length).padStart(6)}`);
console.log(`wall time of jest: ${((end - report.startTime) / 1000).toFixed(1)} s`);
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
process.exitCode = code;
