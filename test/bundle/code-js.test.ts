import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { CUSTOM_FUNCTION_PARAMS } from "../support/spec";

/**
 * dist/Code.js as Apps Script sees it: one plain script, no module system, no Node
 * globals. `npm test` builds first; a bare `npx jest` builds here when dist/ is missing.
 */

const ROOT = join(__dirname, "..", "..");
const CODE_JS = join(ROOT, "dist", "Code.js");

const SIGNATURES = CUSTOM_FUNCTION_PARAMS;
const NAMES = Object.keys(SIGNATURES);

let code = "";
let ctx: vm.Context;
/** Calls a global of the script inside its own context. */
let call: (name: string, ...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(CODE_JS)) execSync("node scripts/build.mjs", { cwd: ROOT, stdio: "inherit" });
  code = readFileSync(CODE_JS, "utf8");
  ctx = vm.createContext({});
  new vm.Script(code, { filename: "Code.js" }).runInContext(ctx);
  call = (name, ...args) => (ctx[name] as (...a: unknown[]) => unknown)(...args);
});

describe("dist/Code.js loaded as a plain script", () => {
  it("runs in a bare context: no require, module or process there", () => {
    expect(vm.runInContext("typeof require", ctx)).toBe("undefined");
    expect(vm.runInContext("typeof module", ctx)).toBe("undefined");
    expect(vm.runInContext("typeof process", ctx)).toBe("undefined");
  });

  it.each(NAMES)("%s is a global function", (name) => {
    expect(typeof ctx[name]).toBe("function");
  });

  it("computes the spec's examples", () => {
    expect(call("IKI_PERCENT", 45, 60)).toBe(75);
    expect(call("IDG", 60, 70, 80)).toBe(70);
    expect(call("KLA_STATUS", 650)).toBe("Madya");
    expect(call("IKI_PREDIKAT", 90.0001)).toBe("Sangat Baik");
    expect(call("IKI_CAPAIAN", 80, 100, "negatif")).toBe(120);
    expect(call("IDG_EDEP", 50, 50, 8.7, 91.3) as number).toBeCloseTo(15.89, 2);
    expect(call("IDG_INDEKS", 50, 50, 8.7, 91.3) as number).toBeCloseTo(31.8, 1);
  });

  it("IKI_CAPAIAN over a 2-D range returns a 2-D array of the same shape", () => {
    const out = call("IKI_CAPAIAN", [[80], [90], [""]], [[100], [100], [100]]);
    // Arrays from another realm: compare by content, not by prototype.
    expect(vm.runInContext("Array.isArray", ctx)(out)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual([[80], [90], [""]]);
  });

  it("throws an Error (of the script's realm) with an Indonesian message", () => {
    const ContextError = vm.runInContext("Error", ctx) as ErrorConstructor;
    let caught: unknown;
    try {
      call("IKI_CAPAIAN", 80, 0);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ContextError);
    const message = (caught as Error).message;
    expect(message.startsWith("IKI_CAPAIAN")).toBe(true);
    expect(message).toContain("target harus lebih besar dari 0");

    let text: unknown;
    try {
      call("KLA_STATUS", [[500], ["abc"]]);
    } catch (e) {
      text = e;
    }
    expect(text).toBeInstanceOf(ContextError);
    expect((text as Error).message).toContain("bukan angka");
    expect((text as Error).message).toContain("baris 2");
  });
});

describe("dist/Code.js, statically", () => {
  it("leaves no module syntax or Node globals", () => {
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).not.toMatch(/\bprocess\./);
    expect(code).not.toMatch(/\bmodule\.exports\b/);
  });

  it.each(NAMES)("%s: top-level declaration with JSDoc right above it", (name) => {
    const declaration = new RegExp(`^function ${name}\\(([^)]*)\\)\\s*\\{`, "m");
    const match = declaration.exec(code);
    expect(match).not.toBeNull();
    const m = match as RegExpExecArray;

    // Parameters as declared, which must be the spec's.
    const declared = (m[1] as string)
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    expect(declared).toEqual(SIGNATURES[name]);

    // The JSDoc block must end on the line right before the declaration.
    const before = code.slice(0, m.index);
    expect(before).toMatch(/\*\/\n$/);
    const start = before.lastIndexOf("/**");
    expect(start).toBeGreaterThanOrEqual(0);
    const doc = before.slice(start);
    expect(doc.slice(3, -3)).not.toContain("*/"); // one block, nothing in between

    expect(doc).toMatch(/@customfunction\b/);
    expect(doc).toMatch(/@return\b/);
    const params = [...doc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?([A-Za-z_$][\w$]*)/g)].map((p) => p[1]);
    expect(params).toEqual(declared);
    // A description before the tags (Sheets shows it in autocomplete).
    const description = doc
      .slice(3, doc.indexOf("@"))
      .replace(/^\s*\*/gm, "")
      .trim();
    expect(description.length).toBeGreaterThan(10);
  });

  it("stays within its size budget (README, Size budget: 224 KB; a bundled dependency would blow it)", () => {
    const bytes = Buffer.byteLength(code, "utf8");
    expect(bytes).toBeLessThanOrEqual(224 * 1024);
  });
});
