// npm run bench: builds, then runs every scripts/bench/*.ts and prints its figures.
// Figures only: nothing here asserts a time.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "bench");
const order = ["functions", "sheets", "offline", "export"];
const files = readdirSync(here)
  .filter((f) => f.endsWith(".ts"))
  .sort((a, b) => (order.indexOf(a.replace(".ts", "")) + 99) % 99 - (order.indexOf(b.replace(".ts", "")) + 99) % 99);

for (const file of files) {
  console.log(`\n=== ${file.replace(".ts", "")} ===`);
  const out = await build({
    entryPoints: [join(here, file)],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    packages: "external",
    logLevel: "warning",
  });
  const module = { exports: {} };
  const require = createRequire(join(here, file));
  new Function("module", "exports", "require", "__dirname", "__filename", out.outputFiles[0].text)(module, module.exports, require, here, join(here, file));
  await module.exports.bench();
}
