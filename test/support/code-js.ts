/**
 * dist/Code.js as Apps Script loads it: one plain script run in a fresh vm context whose globals are
 * the Apps Script services the test hands in (the fakes' globals()). Shared by the test/bundle files.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, Script } from "node:vm";

const ROOT = join(__dirname, "..", "..");
export const CODE_JS = join(ROOT, "dist", "Code.js");

/** Builds dist/Code.js before the file's tests when no build is there (npm test builds first). */
export function useCodeJs(): void {
  beforeAll(() => {
    if (!existsSync(CODE_JS)) execSync("node scripts/build.mjs", { cwd: ROOT, stdio: "inherit" });
  });
}

/** The script's top-level functions, called as google.script.run or a menu would. */
export type Server = Record<string, (...args: unknown[]) => unknown>;

/** Loads the script with `globals`; what it prints with console.error goes into `errors` (log and warn are dropped). */
export function loadCodeJs(globals: object, errors: unknown[][] = []): Server {
  const context = createContext({ console: { log() {}, warn() {}, error: (...args: unknown[]) => errors.push(args) }, ...globals });
  new Script(readFileSync(CODE_JS, "utf8"), { filename: "Code.js" }).runInContext(context);
  return context as Server;
}

/** The export's services as Apps Script globals, from the export fakes (test/support/fakes/export-services.ts). */
export function exportGlobals(fakes: { urlFetch: object; scriptApp: object; drive: object; clock: { sleep(ms: number): void } }): object {
  return {
    UrlFetchApp: fakes.urlFetch,
    ScriptApp: fakes.scriptApp,
    Utilities: { sleep: (ms: number) => fakes.clock.sleep(ms) },
    Drive: { Files: fakes.drive },
  };
}

/** A value as it crosses google.script.run: through JSON. */
export const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
