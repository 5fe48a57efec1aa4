// `npm start -- --tahun 2027 …`: the offline workbook. Works right after `npm ci`, no build
// step: src/offline/cli.ts is bundled in memory with esbuild (node, cjs, packages from
// node_modules left external) and run with the arguments passed through.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "src/offline/cli.ts");

async function loadCli() {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
  });
  const module = { exports: {} };
  const require = createRequire(entry);
  new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(
    module,
    module.exports,
    require,
    entry,
    dirname(entry),
  );
  return module.exports;
}

try {
  const cli = await loadCli();
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (e) {
  // esbuild's and Node's messages are English: say what to do instead, in Indonesian.
  const missing = e?.code === "MODULE_NOT_FOUND" || /Could not resolve|Cannot find module/.test(String(e?.errors?.[0]?.text ?? e?.message));
  const what = missing ? "paket belum terpasang; jalankan npm ci di folder proyek, lalu coba lagi" : "jalankan npm ci di folder proyek, lalu coba lagi";
  process.stderr.write(`Galat: program offline tidak dapat dimuat: ${what}\n`);
  process.exitCode = 1;
}
