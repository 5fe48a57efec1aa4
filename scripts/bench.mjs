// npm run bench: builds, then runs every scripts/bench/*.ts and prints its figures.
// Figures only: nothing here asserts a time.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTs } from "./load-ts.mjs";

const here = join(dirname(fileURLToPath(import.meta.url)), "bench");
const order = ["functions", "sheets", "offline", "pk", "export", "catalog", "record"];
const files = readdirSync(here)
  .filter((f) => f.endsWith(".ts"))
  .sort((a, b) => ((order.indexOf(a.replace(".ts", "")) + 99) % 99) - ((order.indexOf(b.replace(".ts", "")) + 99) % 99));

for (const file of files) {
  console.log(`\n=== ${file.replace(".ts", "")} ===`);
  const { bench } = await loadTs(join(here, file));
  await bench();
}
