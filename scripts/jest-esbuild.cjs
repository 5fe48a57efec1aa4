// Jest transform: strips TypeScript with esbuild. Fast, and independent of ts-jest's supported
// TypeScript range (this repo uses TypeScript 6); `npm run typecheck` checks the types.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { transformSync, version } = require("esbuild");

// Jest caches each file's output by the file and the config only: this file's own code and
// esbuild's version go into the key too, so a change to either is not served stale output.
const SELF = createHash("sha1").update(readFileSync(__filename)).update(version).digest("hex");

module.exports = {
  getCacheKey(source, filename, { configString }) {
    return createHash("sha1").update(SELF).update(source).update(filename).update(configString).digest("hex");
  },
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      // Jest runs files in a vm without dynamic-import support: import() becomes a require, as the bundle does.
      supported: { "dynamic-import": false },
      sourcefile: filename,
    });
    return { code, map };
  },
};
