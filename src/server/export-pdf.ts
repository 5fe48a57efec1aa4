/**
 * Sidebar server call `exportPdf(request)`: the chosen jabatan sheets of a year to
 * PDF in the Drive folder "IKI <tahun>" (README, PDF export). The sidebar calls it
 * once per jabatan so that every call stays short; a whole year in one call also
 * works, bounded by the flow's deadline.
 */
import { exportYear } from "../adapters/export/export-year";
import { defaultExportServices, type ExportServices } from "../adapters/export/services";
import { ExportProblem, errorText } from "../core/export/problem";
import { clip } from "../core/quote";
import type { ExportResult, ServerResponse } from "../shared/api";
import { ExportRequestSchema } from "../shared/requests";
import { kodeJabatan } from "../core/catalog";
import { currentCatalog } from "./catalog-source";
import { parseRequest } from "./request";

export function exportPdf(request: unknown, services: ExportServices = defaultExportServices()): ServerResponse<ExportResult> {
  const kodes = kodeJabatan(currentCatalog());
  const parsed = parseRequest(ExportRequestSchema, request, "Permintaan ekspor PDF", "{ tahun, jabatan?, bundel? }", kodes);
  if (!parsed.ok) {
    console.error(parsed.error);
    return parsed;
  }
  try {
    return { ok: true, data: exportYear(parsed.data, services, kodes) };
  } catch (e) {
    // Our own messages are built from the checked request; an unexpected error's text may repeat anything, so it is cut.
    const error = e instanceof ExportProblem ? e.message : `Ekspor PDF gagal karena kesalahan tak terduga: ${clip(errorText(e))}`;
    console.error(error, e);
    return { ok: false, error };
  }
}
