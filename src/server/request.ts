/**
 * The sidebar's requests, checked at the server boundary with zod and refused
 * with one Indonesian sentence per field at fault: which field, what it must be,
 * and what was sent. (zod's own texts are English, and its locales would add
 * ~250 KB to Code.js, so the sentences are ours.)
 */
import type * as z from "zod/mini";
import { KODE_JABATAN } from "../core/catalog/schema";
import { TAHUN_MAX, TAHUN_MIN } from "../shared/api";

const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : v === undefined ? "kosong" : (JSON.stringify(v) ?? String(v)));

/** `shape` describes the whole request, for a request that is not an object, e.g. "{ tahun, jabatan?, periode? }". */
function issueMessage(shape: string) {
  return (issue: z.core.$ZodRawIssue): string => {
    const field = String(issue.path?.[0] ?? "");
    const sent = `(yang dikirim: ${shown(issue.input)})`;
    const choices = `pilih dari: ${KODE_JABATAN.join(", ")}`;
    switch (field) {
      case "tahun":
        return `tahun harus bilangan bulat dari ${TAHUN_MIN} sampai ${TAHUN_MAX}, misalnya 2027 ${sent}`;
      case "periode":
        return `periode harus "tahunan" atau "triwulan" ${sent}`;
      case "bundel":
        return `bundel harus true (satu file) atau false (satu file per jabatan) ${sent}`;
      case "jabatan":
        if (typeof issue.path?.[1] === "number") return `jabatan ke-${issue.path[1] + 1} tidak dikenal ${sent}; ${choices}`;
        if (issue.code === "too_small") return `jabatan tidak boleh daftar kosong; ${choices}, atau jangan dikirim untuk semua jabatan`;
        return `jabatan harus daftar kode jabatan ${sent}; ${choices}`;
      default:
        return `permintaan harus berupa objek ${shape} ${sent}`;
    }
  };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

/** Parses a request; on failure `error` is "<what> tidak sah: <field sentence>; <field sentence>." */
export function parseRequest<S extends z.ZodMiniType>(schema: S, request: unknown, what: string, shape: string): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(request, { error: issueMessage(shape) });
  if (parsed.success) return { ok: true, data: parsed.data as z.infer<S> };
  return { ok: false, error: `${what} tidak sah: ${parsed.error.issues.map((i) => i.message).join("; ")}.` };
}
