/**
 * Messages of the offline command quote at most 80 characters of what the user
 * sent in (QUOTE_MAX, src/core/quote.ts), and no raw English error text reaches the user.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/offline/cli";
import { runCli } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "iki-messages-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG = 5000;

describe("kutipan masukan pengguna paling banyak 80 karakter", () => {
  test.each([
    ["--tahun", ["--tahun", "9".repeat(LONG)], "9"],
    ["--periode", ["--periode", "b".repeat(LONG)], "b"],
    ["--jabatan", ["--jabatan", "Q".repeat(LONG)], "Q"],
    ["opsi tak dikenal", [`--${"z".repeat(LONG)}`, "1"], "z"],
    ["argumen tanpa opsi", ["p".repeat(LONG)], "p"],
    // Under a file, not /proc: a regression there would hang this process (see cli.test.ts).
    ["--out", ["--out", join(__filename, "d".repeat(200), "e".repeat(200))], "e"],
  ])("%s", async (_, args, ch) => {
    const ran = await runCli(args, dir);
    expect(ran.code).toBeGreaterThan(0);
    expect(ran.stderr).toHaveLength(1);
    const line = ran.stderr[0]!;
    expect(line).toContain(ch.repeat(70));
    expect(line).not.toContain(ch.repeat(81));
    expect(line).toContain("…");
  });
});

test("galat tak terduga: kalimat Indonesia, bukan pesan bahasa Inggris dari dalam program", async () => {
  const stderr: string[] = [];
  const code = await main(["--tahun", "2027", "--tanpa-pdf"], {
    cwd: dir,
    now: () => new Date(),
    soffice: () => null,
    stdout: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    },
    stderr: (line) => stderr.push(line),
  });
  expect(code).toBe(1);
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).toMatch(/^Galat tak terduga/);
  expect(stderr[0]).not.toMatch(/Cannot read|undefined/);
});
