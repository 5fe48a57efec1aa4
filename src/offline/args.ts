/** The offline command's arguments: parsed, checked, and every problem said in one Indonesian line. */
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { PERIODE } from "../core/plan/types";
import { tahunJakarta } from "../core/tahun";
import { TAHUN_MAX, TAHUN_MIN } from "../shared/api";
import { CliError, EXIT } from "./errors";
import { clip, quote, QUOTE_MAX } from "../core/quote";

export const USAGE =
  "Pemakaian: npm start -- [--tahun 2027] [--periode tahunan|triwulan] [--out FOLDER] [--jabatan KODE,...] [--tanpa-pdf]";

const ArgsSchema = z.object({
  tahun: z.number().check(z.int(), z.gte(TAHUN_MIN), z.lte(TAHUN_MAX)),
  periode: z.enum(PERIODE),
  out: z.string().check(z.minLength(1)),
  // Kode are the catalog's: whether each is known is checked against the catalog that is read (run.ts).
  jabatan: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  pdf: z.boolean(),
});
export type CliArgs = z.infer<typeof ArgsSchema>;

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
      throw new CliError(`tahun ${quote(tahunText ?? "")} tidak sah: isi bilangan bulat ${TAHUN_MIN}–${TAHUN_MAX}, misalnya --tahun 2027`, EXIT.USAGE);
    case "periode":
      throw new CliError(`periode ${quote(String(values.periode))} tidak dikenal: pilih ${PERIODE.join(" atau ")}`, EXIT.USAGE);
    case "jabatan":
      throw new CliError("daftar jabatan kosong: tulis kode jabatan dari sheet JABATAN, pisahkan dengan koma", EXIT.USAGE);
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
    throw new CliError(`jabatan ${quote(unknown.join(", "))} tidak dikenal: pilih dari ${kodes.slice(0, 10).join(", ")}${more} (pisahkan dengan koma)`, EXIT.USAGE);
  }
}
