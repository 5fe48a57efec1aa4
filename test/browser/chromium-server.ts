import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserServer, LaunchOptions } from "playwright-core";
import { chromiumPath } from "./chromium-path";

/**
 * One Chromium for the whole Jest run (globalSetup / globalTeardown in jest.config.js): each
 * browser test file connects to it instead of launching its own, which costs about 2 s of CPU
 * per file. Each file still gets its own browser context. Without this server (a run with no
 * browser test, no Chromium found, or a test file run some other way) useBrowser() launches one.
 * The sidebar is built once for the run too.
 */

/** Where the test files find the server: set here, inherited by Jest's workers. */
export const SHARED_CHROMIUM_ENV = "IKI_CHROMIUM_WS";
/** Where they find the sidebar built for the run (a file's path); without it, each file builds it. */
export const SHARED_SIDEBAR_ENV = "IKI_SIDEBAR_HTML";

const ROOT = join(__dirname, "..", "..");

/** dist/Sidebar.html as `npm run build` writes it, built fresh by scripts/build-sidebar.mjs (an ES module: run in a child Node). */
export function buildSidebarHtml(): string {
  const build = pathToFileURL(join(ROOT, "scripts", "build-sidebar.mjs")).href;
  const script = `import(${JSON.stringify(build)}).then(async (m) => process.stdout.write((await m.buildSidebar()).text))`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
}

/** How the browser tests start Chromium: Debian's (see chromium-path.ts), headless, no network chatter. */
export function launchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--headless",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}

const holder = globalThis as { ikiChromium?: BrowserServer; ikiSidebarDir?: string };

/** What this reads of Jest's global config (the argument of globalSetup). */
export interface RunConfig {
  rootDir: string;
  listTests: boolean;
  testPathPatterns: { isSet(): boolean; toExecutor(options: { rootDir: string }): { isMatch(path: string): boolean } };
}

/** Whether this run includes a browser test: a run of other folders does not pay for a Chromium. */
function runsBrowserTests(config: RunConfig): boolean {
  if (config.listTests) return false;
  if (!config.testPathPatterns.isSet()) return true;
  const patterns = config.testPathPatterns.toExecutor({ rootDir: config.rootDir });
  return readdirSync(__dirname)
    .filter((name) => name.endsWith(".test.ts"))
    .some((name) => patterns.isMatch(join(__dirname, name)));
}

export async function startSharedChromium(config: RunConfig): Promise<void> {
  if (!runsBrowserTests(config)) return;
  holder.ikiSidebarDir = mkdtempSync(join(tmpdir(), "iki-sidebar-"));
  const sidebar = join(holder.ikiSidebarDir, "Sidebar.html");
  writeFileSync(sidebar, buildSidebarHtml());
  process.env[SHARED_SIDEBAR_ENV] = sidebar;
  try {
    // Loaded here, not at the top: a run without browser tests does not pay for loading it either.
    const { chromium } = await import("playwright-core");
    holder.ikiChromium = await chromium.launchServer(launchOptions());
  } catch {
    return; // each file then launches its own, and reports why it cannot
  }
  process.env[SHARED_CHROMIUM_ENV] = holder.ikiChromium.wsEndpoint();
}

export async function stopSharedChromium(): Promise<void> {
  await holder.ikiChromium?.close();
  holder.ikiChromium = undefined;
  if (holder.ikiSidebarDir) rmSync(holder.ikiSidebarDir, { recursive: true, force: true });
  holder.ikiSidebarDir = undefined;
}
