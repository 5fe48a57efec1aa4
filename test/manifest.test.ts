import { readFileSync } from "node:fs";
import { join } from "node:path";

/** appsscript.json against README "Permissions (OAuth scopes)": these scopes and no more, the Drive v3 advanced service on. */
const manifest = JSON.parse(readFileSync(join(__dirname, "..", "appsscript.json"), "utf8")) as {
  timeZone: string;
  runtimeVersion: string;
  exceptionLogging: string;
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
};

describe("appsscript.json", () => {
  it("asks for exactly the five scopes of the README (Permissions)", () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/script.external_request",
        "https://www.googleapis.com/auth/drive.file",
        // Who presses the button, so a protection by role never locks them out (README "Peran dan bukti dukung").
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
    expect(new Set(manifest.oauthScopes).size).toBe(manifest.oauthScopes.length);
  });

  it("asks for nothing broader: no full Drive, no all-spreadsheets scope", () => {
    for (const scope of manifest.oauthScopes) {
      expect(scope).not.toMatch(/auth\/drive$|auth\/drive\.readonly|auth\/spreadsheets$|auth\/spreadsheets\.readonly/);
    }
  });

  it("enables the Advanced Drive service v3 as `Drive`", () => {
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([{ userSymbol: "Drive", serviceId: "drive", version: "v3" }]);
  });

  it("runs on V8 in Asia/Jakarta time, logging exceptions", () => {
    expect(manifest.timeZone).toBe("Asia/Jakarta");
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
  });
});
