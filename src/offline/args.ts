/**
 * The offline command's arguments: parsed, checked with the request rules the
 * sidebar's requests use (shared/requests.ts, core/tahun.ts), and every problem
 * said in one Indonesian line. Defaults of the year request (periode, jabatan)
 * are not filled in here: `yearRequest` (core/year/year-plan.ts) applies them.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import * as z from "zod/mini";
import { clip, QUOTE_MAX, quote } from "../core/quote";
import { PERIODE } from "../core/sheet/types";
import { TAHUN_MAX, TAHUN_MIN, tahunJakarta } from "../core/tahun";
import { DEFAULT_PERIODE } from "../core/year/year-plan";
import { YearRequestSchema } from "../shared/requests";
import { CliError, EXIT } from "./io/errors";

export const USAGE =
  "Pemakaian: npm start -- [--tahun 2027] [--periode tahunan|triwulan] [--dokumen iki|pk] [--perubahan] [--out FOLDER] [--jabatan KODE,...] [--katalog FILE.xlsx] [--tanpa-pdf] [--help]";

/** What the command writes: the year's IKI workbook, or the Perjanjian Kinerja. */
export const DOKUMEN = ["iki", "pk"] as const;

/** The year request the sidebar sends, plus where to write and whether to make the PDF. */
const ArgsSchema = z.extend(YearRequestSchema, {
  out: z.string().check(z.minLength(1)),
  pdf: z.boolean(),
  /** The xlsx to read the catalog sheets from; absent: the year's workbook, else the built-in example. */
  katalog: z.optional(z.string().check(z.minLength(1))),
  dokumen: z.enum(DOKUMEN),
  /** A PK Perubahan (a revision), not the year's first PK. */
  perubahan: z.boolean(),
});
export type CliArgs = z.output<typeof ArgsSchema>;

interface OptionHelp {
  type: "string" | "boolean";
  short?: string;
  /** What the value looks like, in the help ("TAHUN"); none for a switch. */
  value?: string;
  /** One line: what it does and what happens without it. */
  explain: string;
  /** The option as typed in an example; the help's examples are checked to parse (test/offline/cli.test.ts). */
  example: string;
}

/** Every option once: what parseArgs accepts and what --help lists come from this table. */
const OPTIONS = {
  tahun: {
    type: "string",
    value: "TAHUN",
    explain: `tahun lembar IKI, ${TAHUN_MIN}–${TAHUN_MAX} (bawaan: tahun ini di Asia/Jakarta)`,
    example: "--tahun 2027",
  },
  periode: {
    type: "string",
    value: PERIODE.join("|"),
    explain: `triwulan menambah kolom TW I–IV, berkas IKI-<tahun>-triwulan.xlsx (bawaan: ${DEFAULT_PERIODE})`,
    example: "--periode triwulan",
  },
  out: {
    type: "string",
    value: "FOLDER",
    explain: "folder tujuan, dibuat bila belum ada (bawaan: folder tempat perintah dijalankan)",
    example: "--out laporan",
  },
  dokumen: {
    type: "string",
    value: DOKUMEN.join("|"),
    explain: "pk menulis Perjanjian Kinerja tiap jabatan, PK-<tahun>.xlsx (bawaan: iki, buku kerja IKI)",
    example: "--dokumen pk",
  },
  perubahan: {
    type: "boolean",
    explain: "dengan --dokumen pk: PK Perubahan, berkas PK-<tahun>-perubahan.xlsx",
    example: "--dokumen pk --perubahan",
  },
  jabatan: {
    type: "string",
    value: "KODE,...",
    explain: "hanya jabatan ini, kode dipisah koma; daftar kode di bawah (bawaan: semua)",
    example: '--jabatan "KADIS,KABID PPPA"',
  },
  katalog: {
    type: "string",
    value: "FILE.xlsx",
    explain:
      "baca katalog (lembar KATALOG, JABATAN, PENGATURAN) dari buku kerja ini (bawaan: dari IKI-<tahun>.xlsx yang sudah ada, atau contoh bawaan)",
    example: "--katalog IKI-2026.xlsx",
  },
  "tanpa-pdf": {
    type: "boolean",
    explain: "hanya .xlsx, tanpa PDF (bawaan: PDF bila LibreOffice terpasang)",
    example: "--tanpa-pdf",
  },
  help: { type: "boolean", short: "h", explain: "tampilkan bantuan ini", example: "--help" },
} as const satisfies Record<string, OptionHelp>;

type OptionName = keyof typeof OPTIONS;

const PARSE_OPTIONS: NonNullable<ParseArgsConfig["options"]> = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, o]: [string, OptionHelp]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
);

/** `npm start -- --help`: every option with one line of explanation and an example. */
export const HELP = helpText();

function helpText(): string {
  const entries = Object.entries(OPTIONS) as [string, OptionHelp][];
  const heads = entries.map(([name, o]) => `${o.short ? `-${o.short}, ` : ""}--${name}${o.value ? ` ${o.value}` : ""}`);
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return [
    USAGE,
    "",
    "Menulis buku kerja IKI satu tahun (IKI-<tahun>.xlsx) dan PDF-nya bila LibreOffice terpasang.",
    "Bila buku kerja tahun itu sudah ada, isian lama dipertahankan dan berkas lama disimpan di sampingnya.",
    "Setiap buku kerja memuat lembar katalognya (KATALOG, JABATAN, PENGATURAN), jadi dapat dipakai sebagai --katalog tahun berikutnya.",
    "",
    "Opsi:",
    ...entries.flatMap(([, o], i) => [
      `  ${(heads[i] ?? "").padEnd(width)}${o.explain}`,
      `  ${" ".repeat(width)}contoh: npm start -- ${o.example}`,
    ]),
    "",
    "Kode jabatan: kolom Kode di sheet JABATAN (contoh bawaan: KADIS, SEKRETARIS, …); huruf kecil, _ atau - untuk spasi juga boleh.",
    "Kode keluar: 0 selesai, 1 berkas tidak dapat ditulis, 2 argumen salah.",
  ].join("\n");
}

export function parseCliArgs(argv: readonly string[], now: Date): CliArgs | "help" {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let tokens: ReturnType<typeof parseArgs>["tokens"];
  try {
    ({ values, tokens } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, tokens: true, options: PARSE_OPTIONS }));
  } catch (e) {
    throw new CliError(`${argumentProblem(e)}. ${USAGE}`, EXIT.USAGE);
  }
  const repeated = repeatedOption(tokens ?? []);
  if (repeated) throw new CliError(repeated, EXIT.USAGE);
  if (values.help) return "help";

  const tahunText = typeof values.tahun === "string" ? values.tahun.trim() : undefined;
  const jabatanText = typeof values.jabatan === "string" ? values.jabatan : undefined;
  const raw = {
    tahun: tahunText === undefined ? tahunJakarta(now) : /^[+-]?\d+$/.test(tahunText) ? Number(tahunText) : Number.NaN,
    periode: typeof values.periode === "string" ? values.periode.trim().toLowerCase() : undefined,
    out: typeof values.out === "string" ? values.out : ".",
    jabatan: jabatanText === undefined ? undefined : splitJabatan(jabatanText),
    pdf: !values["tanpa-pdf"],
    katalog: typeof values.katalog === "string" ? values.katalog : undefined,
    dokumen: typeof values.dokumen === "string" ? values.dokumen.trim().toLowerCase() : "iki",
    perubahan: values.perubahan === true,
  };
  const parsed = ArgsSchema.safeParse(raw);
  if (parsed.success) return documentRules(parsed.data);

  // The first problem in the order the options are listed, whatever order the schema checks them in.
  const wrong = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
  const field = ["tahun", "periode", "dokumen", "out", "jabatan", "katalog"].find((f) => wrong.has(f));
  switch (field) {
    case "tahun":
      throw new CliError(
        `tahun ${quote(tahunText ?? "")} tidak sah: isi bilangan bulat ${TAHUN_MIN}–${TAHUN_MAX}, misalnya --tahun 2027`,
        EXIT.USAGE,
      );
    case "periode":
      throw new CliError(`periode ${quote(String(values.periode))} tidak dikenal: pilih ${PERIODE.join(" atau ")}`, EXIT.USAGE);
    case "dokumen":
      throw new CliError(
        `dokumen ${quote(String(values.dokumen))} tidak dikenal: pilih iki (buku kerja IKI) atau pk (Perjanjian Kinerja)`,
        EXIT.USAGE,
      );
    case "jabatan":
      throw new CliError("daftar jabatan kosong: tulis kode jabatan dari sheet JABATAN, pisahkan dengan koma", EXIT.USAGE);
    case "out":
      throw new CliError("folder keluaran (--out) kosong", EXIT.USAGE);
    case "katalog":
      throw new CliError(
        "berkas katalog (--katalog) kosong: tulis nama buku kerja .xlsx yang memuat lembar KATALOG, JABATAN, PENGATURAN",
        EXIT.USAGE,
      );
    default:
      throw new CliError(`argumen tidak sah. ${USAGE}`, EXIT.USAGE);
  }
}

/** Options that belong to one document only: said, not ignored. */
function documentRules(args: CliArgs): CliArgs {
  if (args.dokumen === "iki" && args.perubahan)
    throw new CliError("--perubahan hanya untuk Perjanjian Kinerja: tambahkan --dokumen pk", EXIT.USAGE);
  if (args.dokumen === "pk" && args.periode !== undefined)
    throw new CliError("--periode tidak berlaku untuk Perjanjian Kinerja (--dokumen pk): hapus --periode", EXIT.USAGE);
  return args;
}

/** "kasubag_umum, KABID PPPA" → ["KASUBAG UMUM", "KABID PPPA"]. */
export function splitJabatan(text: string): string[] {
  const kode = text
    .split(",")
    .map((k) => k.trim().toUpperCase().replace(/[_-]+/g, " ").replace(/\s+/g, " "))
    .filter((k) => k.length > 0);
  return [...new Set(kode)];
}

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/**
 * The first option given twice, in Indonesian, or null. parseArgs would keep the
 * last value silently; a user who typed two years meant one of them, so ask.
 */
function repeatedOption(tokens: readonly Token[]): string | null {
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const values = given.get(token.name) ?? [];
    values.push(token.value ?? "");
    given.set(token.name, values);
    if (values.length < 2) continue;
    const option = OPTIONS[token.name as OptionName];
    // A switch has no values to show; the others show theirs, at most QUOTE_MAX characters in all.
    const shown = option.type === "string" ? ` (${quote(values.join('", "'))})` : "";
    return `opsi --${token.name} ditulis ${values.length} kali${shown}: tulis sekali saja, misalnya ${option.example}`;
  }
  return null;
}

/** node:util parseArgs errors (English) in Indonesian, quoting the offending argument. */
function argumentProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `opsi tidak dikenal: ${clip(option, QUOTE_MAX)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `opsi ${clip(option.split(" ")[0] ?? "", QUOTE_MAX)} perlu nilai`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const example = /^\d{4}$/.test(option) ? option : "2027";
      return `argumen tanpa opsi: ${clip(option, QUOTE_MAX)} (tulis misalnya --tahun ${example})`;
    }
    default:
      return "argumen tidak sah";
  }
}

/** The --jabatan entries the catalog does not have, refused with the catalog's kodes to choose from. */
export function checkJabatan(jabatan: readonly string[] | undefined, kodes: readonly string[]): void {
  const unknown = (jabatan ?? []).filter((k) => !kodes.includes(k));
  if (unknown.length) {
    // A catalog may hold thirty jabatan: the first ten are named, the rest counted.
    const more = kodes.length > 10 ? `, … (${kodes.length} jabatan)` : "";
    throw new CliError(
      `jabatan ${quote(unknown.join(", "))} tidak dikenal: pilih dari ${kodes.slice(0, 10).join(", ")}${more} (pisahkan dengan koma)`,
      EXIT.USAGE,
    );
  }
}
