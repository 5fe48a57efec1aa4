/** Tests run TypeScript through esbuild (fast, no type check: `npm run typecheck` does that). */
module.exports = {
  // Jest's Node environment with nativeRequire (test/support/environment.cjs).
  testEnvironment: "<rootDir>/test/support/environment.cjs",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/scripts/jest-esbuild.cjs" },
  moduleFileExtensions: ["ts", "js", "json", "cjs", "mjs"],
  // A worker per core: Jest's default leaves one core to itself (a single worker on 2 cores),
  // while the browser and LibreOffice tests spend much of their time waiting on other processes.
  maxWorkers: "100%",
  // A hang guard, not a speed limit: with every core busy, a test that takes 2 s alone can take 10.
  testTimeout: 60_000,
  // One Chromium for the run's browser tests, when it has any (test/browser/chromium-server.ts).
  globalSetup: "<rootDir>/test/browser/global-setup.ts",
  globalTeardown: "<rootDir>/test/browser/global-teardown.ts",
};
