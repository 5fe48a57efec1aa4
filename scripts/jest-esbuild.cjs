// Jest transform: strips TypeScript with esbuild. Fast, and independent of ts-jest's supported
// TypeScript range (this repo uses TypeScript 6); `npm run typecheck` checks the types.
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
