import { existsSync } from "node:fs";

/** Where Chrome or Chromium usually is, by platform (Debian's package first). */
const USUAL: Record<string, string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ],
  darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"],
  win32: ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"],
};

/**
 * The browser the tests drive: CHROMIUM_PATH when set, else the first usual location that exists.
 * playwright-core never downloads a browser of its own, so a missing one is a clear error.
 */
export function chromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: string = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = (USUAL[platform] ?? []).find((p) => exists(p));
  if (!found)
    throw new Error(`No Chrome/Chromium found (looked in ${(USUAL[platform] ?? []).join(", ")}); install one or set CHROMIUM_PATH`);
  return found;
}
