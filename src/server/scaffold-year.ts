/**
 * Sidebar call `scaffoldYear(request)`: creates or updates the year's sheet set.
 * Validates the request, holds the document lock (two editors pressing the
 * button at once get one result), writes, and answers in Indonesian.
 */
import type * as z from "zod/mini";
import { KODE_JABATAN } from "../core/catalog/schema";
import { ASIDE_TITLE } from "../core/plan/carry";
import { defaultServices, type SheetsServices } from "../adapters/sheets/services";
import { writeYear, type WrittenSheet } from "../adapters/sheets/year";
import { ScaffoldRequestSchema, TAHUN_MAX, TAHUN_MIN, type ScaffoldResult, type ServerResponse } from "../shared/api";

/** How long to wait for another editor's run before answering "busy". */
export const LOCK_WAIT_MS = 10_000;

const FIELD: Record<string, string> = { tahun: "tahun", jabatan: "jabatan", periode: "periode" };

const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : v === undefined ? "kosong" : JSON.stringify(v) ?? String(v));

/** One Indonesian sentence per issue, naming the field and what was sent. */
function issueMessage(issue: z.core.$ZodRawIssue): string {
  const field = FIELD[String(issue.path?.[0])];
  const sent = `(yang dikirim: ${shown(issue.input)})`;
  if (field === "tahun") return `tahun harus bilangan bulat dari ${TAHUN_MIN} sampai ${TAHUN_MAX}, misalnya 2027 ${sent}`;
  if (field === "periode") return `periode harus "tahunan" atau "triwulan" ${sent}`;
  if (field === "jabatan") {
    const choices = `pilih dari: ${KODE_JABATAN.join(", ")}`;
    if (typeof issue.path?.[1] === "number") return `jabatan ke-${issue.path[1] + 1} tidak dikenal ${sent}; ${choices}`;
    if (issue.code === "too_small") return `jabatan tidak boleh daftar kosong; ${choices}, atau jangan dikirim untuk semua jabatan`;
    return `jabatan harus daftar kode jabatan ${sent}; ${choices}`;
  }
  return `permintaan harus berupa objek { tahun, jabatan?, periode? } ${sent}`;
}

export function scaffoldYear(request: unknown, services?: SheetsServices): ServerResponse<ScaffoldResult> {
  const parsed = ScaffoldRequestSchema.safeParse(request, { error: issueMessage });
  if (!parsed.success) {
    return { ok: false, error: `Permintaan tidak sah: ${parsed.error.issues.map((i) => i.message).join("; ")}.` };
  }
  const { tahun, periode = "tahunan", jabatan = [...KODE_JABATAN] } = parsed.data;
  let locked = false;
  let s: SheetsServices | undefined;
  try {
    s = services ?? defaultServices();
    locked = s.lock.tryLock(LOCK_WAIT_MS);
    if (!locked) {
      return {
        ok: false,
        error: `Lembar IKI sedang dibuat oleh editor lain di spreadsheet ini. Tunggu sampai selesai, lalu tekan tombol lagi untuk tahun ${tahun}.`,
      };
    }
    const sheets = writeYear(s, { tahun, periode, jabatan });
    return { ok: true, data: result(tahun, periode, sheets) };
  } catch (e) {
    console.error("scaffoldYear", e);
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: `Lembar tahun ${tahun} gagal disiapkan: ${detail}. Nilai yang sudah diketik tidak dihapus; coba tekan tombol lagi.`,
    };
  } finally {
    if (locked) s?.lock.releaseLock();
  }
}

function result(tahun: number, periode: string, sheets: WrittenSheet[]): ScaffoldResult {
  const kept = sheets.reduce((n, s) => n + s.kept, 0);
  const moved = sheets.filter((s) => s.movedAside > 0);
  const movedCount = moved.reduce((n, s) => n + s.movedAside, 0);
  const made = sheets.filter((s) => s.status === "dibuat").length;
  const parts = [
    `Lembar IKI ${tahun} (${periode}) siap: ${made} dibuat, ${sheets.length - made} diperbarui.`,
    kept ? `${kept} isian yang sudah diketik dipertahankan.` : "",
    movedCount
      ? `${movedCount} isian tidak lagi punya tempat dan dipindahkan ke bagian "${ASIDE_TITLE}" di bawah lembar ${moved.map((s) => s.name).join(", ")}.`
      : "",
  ];
  return {
    tahun,
    periode,
    sheets: sheets.map((s) => ({ name: s.name, url: s.url, status: s.status })),
    nilaiDipertahankan: kept,
    nilaiDipindahkan: movedCount,
    message: parts.filter(Boolean).join(" "),
  };
}
