// `npm start -- --tahun 2027 …`: the offline workbook. Works right after `npm ci`, no build
// step: src/offline/cli.ts is bundled in memory (load-ts.mjs) and run with the arguments
// passed through.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTs } from "./load-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

try {
  // Silent: a failure is said below in Indonesian, not in esbuild's English.
  const cli = await loadTs(join(root, "src/offline/cli.ts"), { logLevel: "silent" });
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (e) {
  // esbuild's and Node's messages are English: say what to do instead, in Indonesian.
  const missing = e?.code === "MODULE_NOT_FOUND" || /Could not resolve|Cannot find module/.test(String(e?.errors?.[0]?.text ?? e?.message));
  const what = missing
    ? "paket belum terpasang; jalankan npm ci di folder proyek, lalu coba lagi"
    : "jalankan npm ci di folder proyek, lalu coba lagi";
  process.stderr.write(`Galat: program offline tidak dapat dimuat: ${what}\n`);
  process.exitCode = 1;
}
