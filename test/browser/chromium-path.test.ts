import { chromiumPath } from "./chromium-path";

describe("chromiumPath: which browser the browser tests drive", () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  it("CHROMIUM_PATH first, when it exists", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chrome/chrome" }, "linux", only("/opt/chrome/chrome", "/usr/bin/chromium"))).toBe(
      "/opt/chrome/chrome",
    );
  });

  it("a CHROMIUM_PATH that does not exist is an error, not a silent fallback", () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: "/nope" }, "linux", only("/usr/bin/chromium"))).toThrow("CHROMIUM_PATH=/nope");
  });

  it("else the usual place of the platform: Debian's chromium, macOS's Chrome", () => {
    expect(chromiumPath({}, "linux", only("/usr/bin/google-chrome", "/usr/bin/chromium"))).toBe("/usr/bin/chromium");
    expect(chromiumPath({}, "linux", only("/usr/bin/google-chrome"))).toBe("/usr/bin/google-chrome");
    expect(chromiumPath({}, "darwin", only("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"))).toMatch(/Google Chrome$/);
  });

  it("none found: an error that says where it looked and what to set", () => {
    expect(() => chromiumPath({}, "linux", () => false)).toThrow(/CHROMIUM_PATH/);
  });
});
