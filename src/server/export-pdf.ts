/**
 * Sidebar server call `exportPdf(request)`: the chosen jabatan sheets of a year to
 * PDF in the Drive folder "IKI <tahun>" (PRODUCT.md §8). The sidebar calls it
 * once per jabatan so that every call stays short; a whole year in one call also
 * works, bounded by the flow's deadline.
 */
import { exportYear } from "../adapters/export/export-year";
import { defaultExportServices, type ExportServices } from "../adapters/export/services";
import { KODE_JABATAN } from "../core/catalog/schema";
import { ExportProblem, errorText } from "../core/export/problem";
import {
  ExportRequestSchema,
  TAHUN_MAX,
  TAHUN_MIN,
  describeIssues,
  type ExportResult,
  type ServerResponse,
} from "../shared/api";

export function exportPdf(request: unknown, services: ExportServices = defaultExportServices()): ServerResponse<ExportResult> {
  const parsed = ExportRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: fieldMessage(issue, request) }));
    const error = `Permintaan ekspor PDF tidak sah: ${describeIssues({ issues })}.`;
    console.error(error);
    return { ok: false, error };
  }
  try {
    return { ok: true, data: exportYear(parsed.data, services) };
  } catch (e) {
    const error =
      e instanceof ExportProblem ? e.message : `Ekspor PDF gagal karena kesalahan tak terduga: ${errorText(e)}`;
    console.error(error, e);
    return { ok: false, error };
  }
}

/** A plain Indonesian sentence per field (zod's own texts are English, and its locales would add ~250 KB to Code.js). */
function fieldMessage(issue: { path: readonly PropertyKey[]; message: string }, request: unknown): string {
  const field = issue.path[0];
  if (field === "tahun") return `harus bilangan bulat dari ${TAHUN_MIN} sampai ${TAHUN_MAX}`;
  if (field === "jabatan" && issue.path.length > 1) {
    const given = (request as { jabatan?: unknown[] }).jabatan?.[Number(issue.path[1])];
    return `jabatan ${JSON.stringify(given) ?? String(given)} tidak dikenal; pilihan: ${KODE_JABATAN.join(", ")}`;
  }
  if (field === "jabatan") return "harus daftar kode jabatan berisi minimal satu jabatan";
  if (field === "bundel") return "harus true (satu file) atau false (satu file per jabatan)";
  if (field === undefined) return "harus berupa objek { tahun, jabatan?, bundel? }";
  return `tidak sah (${issue.message})`;
}
