/**
 * `npm start` as a user runs it: scripts/offline.mjs in a child process, with
 * exit codes and one-line Indonesian messages; each wrong argument through the same
 * main() in-process (one of them in a child process too); the argument rules in-process.
 */

import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../src/core/catalog";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

import { tahunJakarta } from "../../src/core/tahun";
import { yearRequest } from "../../src/core/year/year-plan";
import { HELP, parseCliArgs, splitJabatan } from "../../src/offline/cli";
import { findSoffice } from "../../src/offline/pdf/libreoffice";
import { listedSheets, runCli } from "./helpers";

const SCRIPT = join(__dirname, "../../scripts/offline.mjs");
const dir = mkdtempSync(join(tmpdir(), "iki-cli-test-"));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function start(args: string[], cwd = dir, timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd, timeout, env: { ...process.env, INIT_CWD: cwd } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/** Every option of the command, as a user types it. */
const OPTIONS = ["--tahun", "--periode", "--out", "--jabatan", "--tanpa-pdf", "--help"];

/** `--jabatan "KADIS,KABID PPPA" --out x` → its arguments, as a shell splits them (double quotes only). */
const shellWords = (text: string) => [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");

describe("npm start", () => {
  test("menulis IKI-2027.xlsx dan melaporkan jalur, jumlah lembar dan waktu", async () => {
    const out = join(dir, "hasil");
    const run = await start(["--tahun", "2027", "--out", out, "--tanpa-pdf"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const path = join(out, "IKI-2027.xlsx");
    expect(run.stdout).toContain(`Ditulis: ${path} (13 lembar, tahunan, `); // 7 jabatan, REKAP, BUKTI and the 4 catalog sheets
    expect(run.stdout).toMatch(/\d+,\d\d detik\)/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((ws) => ws.name)).toContain("2027 REKAP");
    expect(listedSheets(book)).toHaveLength(13);
  }, 60_000);

  test("triwulan untuk jabatan terpilih, kode tanpa peka huruf besar", async () => {
    const out = join(dir, "pilih");
    const run = await start(["--tahun=2028", "--periode", "triwulan", "--jabatan", "kadis, KABID_PPPA", "--out", out, "--tanpa-pdf"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(8 lembar, triwulan, "); // 2 jabatan, REKAP, BUKTI and the 4 catalog sheets
    expect(run.stdout).toContain("2028 KADIS · 2028 KABID PPPA · 2028 REKAP");
    expect(existsSync(join(out, "IKI-2028-triwulan.xlsx"))).toBe(true);
  }, 60_000);

  test("tanpa --tahun: tahun sekarang di Asia/Jakarta, folder tempat npm dijalankan", async () => {
    const here = join(dir, "di-sini");
    mkdirSync(here);
    const run = await start(["--jabatan", "KADIS", "--tanpa-pdf"], here);
    expect(run.code).toBe(0);
    expect(existsSync(join(here, `IKI-${tahunJakarta(new Date())}.xlsx`))).toBe(true);
  }, 60_000);

  const soffice = findSoffice();
  (soffice ? test : test.skip)(
    "PDF di samping .xlsx bila LibreOffice terpasang",
    async () => {
      // One jabatan: the child process finding LibreOffice is what is tested here; the whole
      // year's pages are read in pdf-pages.test.ts.
      const out = join(dir, "pdf");
      const run = await start(["--tahun", "2027", "--jabatan", "KADIS", "--out", out], dir, 180_000);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Ditulis: ${join(out, "IKI-2027.pdf")} (LibreOffice, `);
      expect(readFileSync(join(out, "IKI-2027.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    },
    200_000,
  );

  test.each([
    [["--tahun", "1999"], /^Galat: tahun "1999" tidak sah: isi bilangan bulat 2000–2100/],
    [["--tahun", "dua ribu"], /^Galat: tahun "dua ribu" tidak sah/],
    [["--tahun", "2027.5"], /^Galat: tahun "2027.5" tidak sah/],
    [["--periode", "bulanan"], /^Galat: periode "bulanan" tidak dikenal: pilih tahunan atau triwulan/],
    [["--jabatan", "KADIS,CAMAT"], /^Galat: jabatan "CAMAT" tidak dikenal: pilih dari KADIS, SEKRETARIS/],
    [["--tahunn", "2027"], /^Galat: opsi tidak dikenal: --tahunn\. Pemakaian: npm start --/],
    [["--tahun"], /^Galat: opsi --tahun perlu nilai/],
    [["2027"], /^Galat: argumen tanpa opsi: 2027 \(tulis misalnya --tahun 2027\)/],
    [
      ["--tahun", "2027", "--tahun", "2028"],
      /^Galat: opsi --tahun ditulis 2 kali \("2027", "2028"\): tulis sekali saja, misalnya --tahun 2027\n/,
    ],
    [["--jabatan=KADIS", "--tanpa-pdf", "--jabatan", "KABID_PPPA"], /^Galat: opsi --jabatan ditulis 2 kali \("KADIS", "KABID_PPPA"\)/],
    [["--tanpa-pdf", "--tanpa-pdf"], /^Galat: opsi --tanpa-pdf ditulis 2 kali: tulis sekali saja, misalnya --tanpa-pdf\n/],
    [["-h", "--help"], /^Galat: opsi --help ditulis 2 kali/],
  ])("argumen salah %j: satu baris galat, kode keluar 2", async (args, message) => {
    // In-process: the same main() as the child process below, without a Node start per case.
    const run = await runCli([...args, "--out", join(dir, "tidak-dipakai")], dir);
    expect(run.code).toBe(2);
    expect(lines(run.stderr.map((l) => `${l}\n`).join(""))).toHaveLength(1);
    expect(run.stderr.map((l) => `${l}\n`).join("")).toMatch(message);
    expect(run.stdout).toEqual([]);
    expect(existsSync(join(dir, "tidak-dipakai"))).toBe(false);
  });

  test("argumen salah di proses anak: satu baris galat di stderr, kode keluar 2, tidak menulis apa pun", async () => {
    const run = await start(["--tahun", "1999", "--out", join(dir, "tidak-dipakai")]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['Galat: tahun "1999" tidak sah: isi bilangan bulat 2000–2100, misalnya --tahun 2027']);
    expect(run.stdout).toBe("");
    expect(existsSync(join(dir, "tidak-dipakai"))).toBe(false);
  }, 60_000);

  test("--help: setiap opsi dengan penjelasan dan contoh, kode keluar 0, tidak menulis apa pun", async () => {
    const here = join(dir, "bantuan");
    mkdirSync(here);
    const run = await start(["--help"], here);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${HELP}\n`);
    for (const option of OPTIONS) expect(run.stdout).toContain(`npm start -- ${option}`);
    expect(readdirSync(here)).toEqual([]);
  }, 60_000);

  test("folder yang tidak dapat ditulisi: satu baris galat, kode keluar 1", async () => {
    const file = join(dir, "sebuah-berkas");
    writeFileSync(file, "bukan folder");
    const run = await start(["--tahun", "2027", "--out", join(file, "sub"), "--tanpa-pdf"]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^Galat: folder ${join(file, "sub")} tidak dapat ditulisi: `));
  }, 60_000);

  test("--out yang mustahil (/proc/nope) berakhir dengan satu baris galat, kode keluar 1, tidak menggantung", async () => {
    // A kill timeout: Node's recursive mkdir loops forever here, so a regression fails instead of hanging.
    const run = await start(["--tahun", "2027", "--out", "/proc/nope/lebih/dalam", "--tanpa-pdf"], dir, 15_000);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      "Galat: folder /proc/nope/lebih/dalam tidak dapat ditulisi: folder /proc/nope tidak dapat dibuat di sana",
    ]);
    expect(run.stdout).toBe("");
  }, 20_000);

  // root may write anywhere; the permission case only means something for other users.
  const root = process.getuid?.() === 0;
  (root ? test.skip : test)(
    "folder tanpa izin tulis: kode keluar 1",
    async () => {
      const locked = join(dir, "terkunci");
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      const run = await start(["--tahun", "2027", "--out", locked, "--tanpa-pdf"]);
      chmodSync(locked, 0o755);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/tidak dapat ditulisi: izin ditolak/);
    },
    60_000,
  );
});

describe("aturan argumen", () => {
  const now = new Date("2026-12-31T18:00:00Z"); // already 1 January 2027 in Jakarta (UTC+7)

  test("bawaan: tahun sekarang di Jakarta, tahunan, folder sekarang, semua jabatan, dengan PDF", () => {
    // periode and jabatan are left out here; their defaults are applied once, by yearRequest.
    const args = parseCliArgs([], now);
    expect(args).toEqual({ tahun: 2027, out: ".", pdf: true, dokumen: "iki", perubahan: false });
    expect(args !== "help" && yearRequest(args, EXAMPLE_CATALOG)).toEqual({
      tahun: 2027,
      periode: "tahunan",
      jabatan: [...KODE_JABATAN],
      rekap: true,
    });
  });
  test("kode jabatan: koma, spasi, garis bawah, huruf kecil; tanpa duplikat", () => {
    expect(splitJabatan("kasubag_umum, KABID  PPPA,kasubag-umum,")).toEqual(["KASUBAG UMUM", "KABID PPPA"]);
  });
  test("--help", () => {
    expect(parseCliArgs(["--help"], now)).toBe("help");
    expect(parseCliArgs(["-h"], now)).toBe("help");
  });

  test("bantuan: satu baris penjelasan tiap opsi, lalu contohnya; setiap contoh sah", () => {
    const help = HELP.split("\n");
    for (const option of OPTIONS) {
      const at = help.findIndex((l) => new RegExp(`^\\s+(-\\w, )?${option}\\b.*?\\s{2,}\\S`).test(l));
      expect({ option, found: at >= 0 }).toEqual({ option, found: true });
      const example = help[at + 1] ?? "";
      expect(example).toMatch(new RegExp(`^\\s+contoh: npm start -- ${option}\\b`));
      const args = shellWords(example.replace(/^\s+contoh: npm start -- /, ""));
      expect(() => parseCliArgs(args, now)).not.toThrow();
    }
  });

  test("opsi yang diulang: galat yang menyebut opsinya, bukan diam-diam yang terakhir", () => {
    expect(() => parseCliArgs(["--periode", "triwulan", "--periode=tahunan"], now)).toThrow(
      expect.objectContaining({
        code: 2,
        message: 'opsi --periode ditulis 2 kali ("triwulan", "tahunan"): tulis sekali saja, misalnya --periode triwulan',
      }),
    );
  });

  test("nilai opsi yang diulang dikutip paling banyak 80 karakter", () => {
    const long = "x".repeat(500);
    let message = "";
    try {
      parseCliArgs(["--out", long, "--out", long], now);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^opsi --out ditulis 2 kali \("x{80}…"\): tulis sekali saja/);
  });
});

describe("npm start: what the BUKTI sheet still misses", () => {
  const OCTOBER = new Date("2027-10-05T03:00:00Z");
  const count = (kode: string) => EXAMPLE_CATALOG.jabatan.find((j) => j.kode === kode)!.sasaran.flatMap((s) => s.indikator).length;

  test("the latest period ended, per jabatan; a link typed in the workbook leaves the line; nothing before 31 March", async () => {
    const out = join(dir, "bukti");
    mkdirSync(out);
    const args = ["--tahun", "2027", "--periode", "triwulan", "--jabatan", "KADIS,SEKRETARIS", "--tanpa-pdf"];
    const early = await runCli(args, out);
    expect(early.stdout.some((l) => l.startsWith("Bukti dukung"))).toBe(false);
    const first = await runCli(args, out, { now: OCTOBER });
    expect(first.stdout).toContain(
      `Bukti dukung TW III belum diisi di lembar 2027 BUKTI (kolom Bukti Dukung): KADIS ${count("KADIS")} indikator, SEKRETARIS ${count("SEKRETARIS")} indikator.`,
    );
    // KADIS's links, one per line, typed into every TW III row of KADIS.
    const path = join(out, "IKI-2027-triwulan.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.getWorksheet("2027 BUKTI")!;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "KADIS" && row.getCell(4).value === "TW III")
        row.getCell(5).value = "https://drive.google.com/a\nhttps://drive.google.com/b";
    });
    await book.xlsx.writeFile(path);
    const again = await runCli(args, out, { now: OCTOBER });
    expect(again.stdout).toContain(
      `Bukti dukung TW III belum diisi di lembar 2027 BUKTI (kolom Bukti Dukung): SEKRETARIS ${count("SEKRETARIS")} indikator.`,
    );
  }, 60_000);
});
