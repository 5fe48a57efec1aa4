// Runs a TypeScript file from Node without a build step, for build.mjs (the registry's
// stubs), offline.mjs (`npm start`) and bench.mjs (scripts/bench/*.ts): esbuild bundles
// it in memory as CommonJS, packages from node_modules left external, and the code is
// run with a require, __filename and __dirname of the file itself, as Node would give it.

import { createRequire } from "node:module";
import { dirname } from "node:path";
import { build } from "esbuild";

/** The module.exports of `entry` (an absolute path); `logLevel` "silent" leaves reporting esbuild's errors to the caller. */
export async function loadTs(entry, { logLevel = "warning" } = {}) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    write: false,
    logLevel,
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(entry),
    entry,
    dirname(entry),
  );
  return module.exports;
}
