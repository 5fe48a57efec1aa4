import { accessSync, constants, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { KODE_JABATAN, type KodeJabatan } from "../core/catalog/schema";
import { PERIODE, type Periode } from "../core/plan/types";
import { buildYearPlan } from "../core/plan/year";
import { TAHUN_MAX, TAHUN_MIN } from "../shared/api";
import { tahunJakarta } from "../core/tahun";
import { convert, findSoffice } from "./libreoffice";
import { writeWorkbook } from "./workbook";

/**
 * `npm start -- --tahun 2027 [--periode triwulan] [--out FOLDER] [--jabatan KODE,...] [--tanpa-pdf]`
 * Writes IKI-<tahun>.xlsx, and IKI-<tahun>.pdf beside it when LibreOffice is installed.
 * Exit codes: 0 done (a failed PDF is only a warning), 1 could not write, 2 bad arguments.
 */

export const USAGE =
  "Pemakaian: npm start -- [--tahun 2027] [--periode tahunan|triwulan] [--out FOLDER] [--jabatan KODE,...] [--tanpa-pdf]";

export const EXIT = { OK: 0, IO: 1, USAGE: 2 } as const;

const ArgsSchema = z.object({
  tahun: z.number().check(z.int(), z.gte(TAHUN_MIN), z.lte(TAHUN_MAX)),
  periode: z.enum(PERIODE),
  out: z.string().check(z.minLength(1)),
  jabatan: z.optional(z.array(z.enum(KODE_JABATAN)).check(z.minLength(1))),
  pdf: z.boolean(),
});
export type CliArgs = z.infer<typeof ArgsSchema>;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Folder that relative paths start from (npm sets INIT_CWD to where the user ran it). */
  cwd: string;
  now: () => Date;
}

const defaultIo = (): CliIo => ({
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  now: () => new Date(),
});

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.now());
    if (args === "help") {
      io.stdout(USAGE);
      return EXIT.OK;
    }
    await run(args, io);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`Galat: ${e.message}`);
      return e.code;
    }
    io.stderr(`Galat tak terduga: ${e instanceof Error ? e.message : String(e)}`.replace(/\s+/g, " "));
    return EXIT.IO;
  }
}

export function parseCliArgs(argv: readonly string[], now: Date): CliArgs | "help" {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        tahun: { type: "string" },
        periode: { type: "string" },
        out: { type: "string" },
        jabatan: { type: "string" },
        "tanpa-pdf": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    throw new CliError(`${argumentProblem(e)}. ${USAGE}`, EXIT.USAGE);
  }
  if (values.help) return "help";

  const tahunText = typeof values.tahun === "string" ? values.tahun.trim() : undefined;
  const jabatanText = typeof values.jabatan === "string" ? values.jabatan : undefined;
  const raw = {
    tahun: tahunText === undefined ? tahunJakarta(now) : /^[+-]?\d+$/.test(tahunText) ? Number(tahunText) : Number.NaN,
    periode: typeof values.periode === "string" ? values.periode.trim().toLowerCase() : "tahunan",
    out: typeof values.out === "string" ? values.out : ".",
    jabatan: jabatanText === undefined ? undefined : splitJabatan(jabatanText),
    pdf: !values["tanpa-pdf"],
  };
  const parsed = ArgsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;

  const field = String(parsed.error.issues[0]?.path[0] ?? "");
  switch (field) {
    case "tahun":
      throw new CliError(`tahun "${tahunText}" tidak sah: isi bilangan bulat ${TAHUN_MIN}–${TAHUN_MAX}, misalnya --tahun 2027`, EXIT.USAGE);
    case "periode":
      throw new CliError(`periode "${values.periode}" tidak dikenal: pilih ${PERIODE.join(" atau ")}`, EXIT.USAGE);
    case "jabatan": {
      const unknown = (raw.jabatan ?? []).filter((k) => !(KODE_JABATAN as readonly string[]).includes(k));
      const what = unknown.length ? `jabatan "${unknown.join(", ")}" tidak dikenal` : "daftar jabatan kosong";
      throw new CliError(`${what}: pilih dari ${KODE_JABATAN.join(", ")} (pisahkan dengan koma)`, EXIT.USAGE);
    }
    case "out":
      throw new CliError("folder keluaran (--out) kosong", EXIT.USAGE);
    default:
      throw new CliError(`argumen tidak sah. ${USAGE}`, EXIT.USAGE);
  }
}

/** "kasubag_umum, KABID PPPA" → ["KASUBAG UMUM", "KABID PPPA"]. */
export function splitJabatan(text: string): string[] {
  const kode = text
    .split(",")
    .map((k) => k.trim().toUpperCase().replace(/[_-]+/g, " ").replace(/\s+/g, " "))
    .filter((k) => k.length > 0);
  return [...new Set(kode)];
}

function argumentProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `opsi tidak dikenal: ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `opsi ${option.split(" ")[0]} perlu nilai`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `argumen tanpa opsi: ${option} (tulis misalnya --tahun ${option})`;
    default:
      return `argumen tidak sah (${message.replace(/\s+/g, " ")})`;
  }
}

async function run(args: CliArgs, io: CliIo): Promise<void> {
  const outDir = resolve(io.cwd, args.out);
  prepareFolder(outDir);

  const started = performance.now();
  const plan = buildYearPlan({ tahun: args.tahun, periode: args.periode as Periode, jabatan: args.jabatan as KodeJabatan[] | undefined });
  const xlsx = join(outDir, `IKI-${args.tahun}.xlsx`);
  // Written beside the target, then renamed: an interrupted run never leaves half a workbook.
  const partial = `${xlsx}.${process.pid}.tmp`;
  try {
    await writeWorkbook(plan, partial);
    renameSync(partial, xlsx);
  } catch (e) {
    rmSync(partial, { force: true });
    throw new CliError(`gagal menulis ${xlsx}: ${ioReason(e)}`, EXIT.IO);
  }
  const seconds = (performance.now() - started) / 1000;
  io.stdout(`Ditulis: ${xlsx} (${plan.sheets.length} lembar, ${args.periode}, ${detik(seconds)})`);
  io.stdout(`Lembar: ${plan.sheets.map((s) => s.name).join(" · ")}`);

  if (!args.pdf) return;
  const soffice = findSoffice();
  if (!soffice) {
    io.stdout("PDF tidak dibuat: LibreOffice (soffice) tidak terpasang; pasang libreoffice-calc untuk PDF.");
    return;
  }
  const pdfStarted = performance.now();
  try {
    const pdf = await convert(xlsx, { to: "pdf", outDir, soffice });
    io.stdout(`Ditulis: ${pdf} (LibreOffice, ${detik((performance.now() - pdfStarted) / 1000)})`);
  } catch (e) {
    io.stderr(`Peringatan: PDF tidak dibuat di ${outDir}: ${e instanceof Error ? e.message : String(e)}`.replace(/\s+/g, " "));
  }
}

/** Creates the output folder when missing and checks that it can be written to. */
function prepareFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("bukan folder"), { code: "ENOTDIR" });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new CliError(`folder ${dir} tidak dapat ditulisi: ${ioReason(e)}`, EXIT.IO);
  }
}

const IO_REASONS: Record<string, string> = {
  EACCES: "izin ditolak",
  EPERM: "izin ditolak",
  EROFS: "sistem berkas hanya-baca",
  ENOTDIR: "ada berkas (bukan folder) di jalurnya",
  EEXIST: "sudah ada berkas dengan nama itu",
  ENOSPC: "disk penuh",
  ENOENT: "jalur tidak ada",
  EISDIR: "sudah ada folder dengan nama berkas itu",
};

function ioReason(e: unknown): string {
  const code = (e as { code?: string }).code ?? "";
  return IO_REASONS[code] ?? (e instanceof Error ? e.message.replace(/\s+/g, " ") : String(e));
}

function detik(seconds: number): string {
  return `${seconds.toFixed(2).replace(".", ",")} detik`;
}
