// Jest transform: strips TypeScript with esbuild. TypeScript 7 no longer works with
// ts-jest, and a type check per test file would be slow; `npm run typecheck` checks types.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      sourcefile: filename,
    });
    return { code, map };
  },
};
