// Builds dist/ for Apps Script: src/main.ts bundled into one namespace (IKI), then one
// top-level function per entry point with its JSDoc, generated from src/entries/registry.ts.

import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildSidebar } from "./build-sidebar.mjs";
import { loadTs } from "./load-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const NAMESPACE = "IKI";

// Apps Script's V8 runs ES2019 reliably; newer syntax is lowered.
const common = {
  bundle: true,
  target: "es2019",
  platform: "neutral",
  mainFields: ["module", "main"],
  legalComments: "none",
  logLevel: "warning",
};

export async function buildAll() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });

  const bundle = await build({
    ...common,
    entryPoints: [join(root, "src/main.ts")],
    format: "iife",
    globalName: NAMESPACE,
    // Every custom-function call loads the whole file: keep it small. Entry names
    // survive (they are properties of IKI.entries); Error messages are plain strings.
    minify: true,
    write: false,
  });

  const stubs = (await loadRegistry()).map((entry) => entry.stub).join("\n");
  const header = "// IKI Sheets — built file, do not edit: see src/ and scripts/build.mjs.\n";
  writeFileSync(join(dist, "Code.js"), `${header}${bundle.outputFiles[0].text}\n${stubs}`);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  for (const extra of await buildExtras()) writeFileSync(join(dist, extra.name), extra.text);
}

/** The registry, loaded in Node, to read each entry's name, parameters and JSDoc. */
async function loadRegistry() {
  const { stubs } = await loadTs(join(root, "scripts/registry-for-build.ts"));
  return stubs(NAMESPACE);
}

/** The files beside Code.js in dist/: the sidebar's self-contained HTML. */
async function buildExtras() {
  return [await buildSidebar()];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
