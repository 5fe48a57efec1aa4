/**
 * The sidebar's requests, checked at the server boundary with zod and refused
 * with one Indonesian sentence per field at fault: which field, what it must be,
 * and what was sent, quoted in at most 80 characters. (zod's own texts are
 * English, and its locales would add ~250 KB to Code.js, so the sentences are ours.)
 */
import type * as z from "zod/mini";
import { quote } from "../core/quote";
import { TAHUN_MAX, TAHUN_MIN } from "../core/tahun";

/** Unknown jabatan entries quoted in the one sentence about them; the rest are counted. */
const JABATAN_QUOTED = 3;

const shown = (v: unknown): string => (v === undefined ? "kosong" : quote(v));
/** The catalog's kodes to choose from, quoted briefly (a catalog may hold thirty jabatan). */
const choicesOf = (kodes: readonly string[] | undefined): string =>
  kodes?.length
    ? `pilih dari: ${kodes.slice(0, 10).join(", ")}${kodes.length > 10 ? `, … (${kodes.length} jabatan di KATALOG)` : ""}`
    : "isi kode jabatan dari sheet JABATAN";

/** Unknown entries of the jabatan list, gathered while zod reports them one by one. */
interface UnknownJabatan {
  count: number;
  /** The first few: place in the list (1-based) and what was sent there, quoted. */
  quoted: { ke: number; sent: string }[];
}

/** `shape` describes the whole request, for a request that is not an object, e.g. "{ tahun, jabatan?, periode?, rekap? }". */
function issueMessage(shape: string, unknown: UnknownJabatan) {
  const choices = choicesOf(undefined);
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
      case "rekap":
        return `rekap harus true (REKAP ikut diperbarui) atau false (hanya lembar jabatan; REKAP oleh panggilan terakhir) ${sent}`;
      case "bundel":
        return `bundel harus true (satu file) atau false (satu file per jabatan) ${sent}`;
      case "dokumen":
        return `dokumen harus "iki" (lembar IKI) atau "pk" (Perjanjian Kinerja) ${sent}`;
      case "perubahan":
        // The export's refinement (requests.ts): a boolean, but asked of the IKI, which has no perubahan.
        if (issue.code === "custom") {
          return 'perubahan hanya berlaku untuk dokumen "pk" (Perjanjian Kinerja); lembar IKI tidak punya versi perubahan';
        }
        return `perubahan harus true (PK Perubahan) atau false (PK murni) ${sent}`;
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

function jabatanSentence(unknown: UnknownJabatan, kodes?: readonly string[]): string {
  const choices = choicesOf(kodes);
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
 * `kodes`: the catalog's jabatan kodes; a jabatan entry not among them is a fault of the field too
 * (left out while there is no usable catalog: the caller refuses for that reason instead).
 */
export function parseRequest<S extends z.ZodMiniType>(
  schema: S,
  request: unknown,
  what: string,
  shape: string,
  kodes?: readonly string[],
): Parsed<z.infer<S>> {
  const unknown: UnknownJabatan = { count: 0, quoted: [] };
  const parsed = schema.safeParse(request, { error: issueMessage(shape, unknown) });
  const byField = new Map<string, string>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    const sentence = issue.message || (unknown.count ? jabatanSentence(unknown, kodes) : "");
    if (sentence && !byField.has(field)) byField.set(field, sentence);
  }
  // Text entries the catalog does not know: checked whether or not another field failed, so one answer names every fault.
  const jabatan = (request as { jabatan?: unknown } | null)?.jabatan;
  if (kodes && !byField.has("jabatan") && Array.isArray(jabatan)) {
    const texts = jabatan.map((k) => (typeof k === "string" && k !== "" ? k : null));
    if (texts.every((k) => k !== null)) {
      const sentence = unknownSentence(texts as string[], kodes);
      if (sentence) byField.set("jabatan", sentence);
    }
  }
  if (parsed.success && !byField.size) return { ok: true, data: parsed.data as z.infer<S> };
  return { ok: false, error: `${what} tidak sah: ${[...byField.values()].join("; ")}.` };
}

/** The one sentence about jabatan entries the catalog does not have, or "" when all are known. */
function unknownSentence(jabatan: readonly string[], kodes: readonly string[]): string {
  const unknown: UnknownJabatan = { count: 0, quoted: [] };
  jabatan.forEach((kode, i) => {
    if (!kodes.includes(kode) && unknown.count++ < JABATAN_QUOTED) unknown.quoted.push({ ke: i + 1, sent: shown(kode) });
  });
  return unknown.count ? jabatanSentence(unknown, kodes) : "";
}
