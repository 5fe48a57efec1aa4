/**
 * The sidebar's requests, checked at the server boundary with zod and refused
 * with one Indonesian sentence per field at fault: which field, what it must be,
 * and what was sent, quoted in at most 80 characters. (zod's own texts are
 * English, and its locales would add ~250 KB to Code.js, so the sentences are ours.)
 */
import type * as z from "zod/mini";
import { KODE_JABATAN } from "../core/catalog/schema";
import { quote } from "../core/quote";
import { TAHUN_MAX, TAHUN_MIN } from "../core/tahun";

/** Unknown jabatan entries quoted in the one sentence about them; the rest are counted. */
const JABATAN_QUOTED = 3;

const shown = (v: unknown): string => (v === undefined ? "kosong" : quote(v));
const choices = `pilih dari: ${KODE_JABATAN.join(", ")}`;

/** Unknown entries of the jabatan list, gathered while zod reports them one by one. */
interface UnknownJabatan {
  count: number;
  /** The first few: place in the list (1-based) and what was sent there, quoted. */
  quoted: { ke: number; sent: string }[];
}

/** `shape` describes the whole request, for a request that is not an object, e.g. "{ tahun, jabatan?, periode? }". */
function issueMessage(shape: string, unknown: UnknownJabatan) {
  return (issue: z.core.$ZodRawIssue): string => {
    const field = String(issue.path?.[0] ?? "");
    const sent = `(yang dikirim: ${shown(issue.input)})`;
    switch (field) {
      case "tahun":
        return `tahun harus bilangan bulat dari ${TAHUN_MIN} sampai ${TAHUN_MAX}, misalnya 2027 ${sent}`;
      case "periode":
        return `periode harus "tahunan" atau "triwulan" ${sent}`;
      case "isi":
        return `isi harus "contoh" (katalog contoh bawaan) atau "kosong" (katalog kosong untuk OPD lain) ${sent}`;
      case "bundel":
        return `bundel harus true (satu file) atau false (satu file per jabatan) ${sent}`;
      case "jabatan":
        if (typeof issue.path?.[1] === "number") {
          // One sentence for all of them (fifty bad entries are not fifty sentences): see jabatanSentence.
          if (unknown.count++ < JABATAN_QUOTED) unknown.quoted.push({ ke: issue.path[1] + 1, sent: shown(issue.input) });
          return "";
        }
        if (issue.code === "too_small") return `jabatan tidak boleh daftar kosong; ${choices}, atau jangan dikirim untuk semua jabatan`;
        return `jabatan harus daftar kode jabatan ${sent}; ${choices}`;
      default:
        return `permintaan harus berupa objek ${shape} ${sent}`;
    }
  };
}

function jabatanSentence(unknown: UnknownJabatan): string {
  const [one] = unknown.quoted;
  if (unknown.count === 1 && one) return `jabatan ke-${one.ke} tidak dikenal (yang dikirim: ${one.sent}); ${choices}`;
  const listed = unknown.quoted.map((q) => `ke-${q.ke} ${q.sent}`).join(", ");
  const more = unknown.count > unknown.quoted.length ? `, dan ${unknown.count - unknown.quoted.length} lainnya` : "";
  return `${unknown.count} jabatan tidak dikenal (yang dikirim: ${listed}${more}); ${choices}`;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Parses a request; on failure `error` is "<what> tidak sah: <field sentence>; <field sentence>."
 * with one sentence per field (the first fault of a field), so the answer stays short whatever was sent.
 */
export function parseRequest<S extends z.ZodMiniType>(schema: S, request: unknown, what: string, shape: string): Parsed<z.infer<S>> {
  const unknown: UnknownJabatan = { count: 0, quoted: [] };
  const parsed = schema.safeParse(request, { error: issueMessage(shape, unknown) });
  if (parsed.success) return { ok: true, data: parsed.data as z.infer<S> };
  const byField = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    const sentence = issue.message || (unknown.count ? jabatanSentence(unknown) : "");
    if (sentence && !byField.has(field)) byField.set(field, sentence);
  }
  return { ok: false, error: `${what} tidak sah: ${[...byField.values()].join("; ")}.` };
}
