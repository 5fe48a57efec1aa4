/** Tests run TypeScript through esbuild (fast, no type check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/scripts/jest-esbuild.cjs" },
  moduleFileExtensions: ["ts", "js", "json", "cjs", "mjs"],
};
