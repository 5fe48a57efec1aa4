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
import type { SheetCatalog } from "../adapters/sheets/catalog";
import { usableCatalog } from "./katalog";
import { parseRequest } from "./request";

export function exportPdf(request: unknown, services: ExportServices = defaultExportServices()): ServerResponse<ExportResult> {
  // The jabatan and their order come from the spreadsheet's catalog; a request's kodes are checked against it.
  let sheetCatalog: SheetCatalog;
  try {
    sheetCatalog = services.readCatalog();
  } catch (e) {
    const error = `Katalog tidak dapat dibaca untuk ekspor PDF: ${clip(errorText(e))}`;
    console.error(error, e);
    return { ok: false, error };
  }
  const known = sheetCatalog.read.catalog;
  const parsed = parseRequest(
    ExportRequestSchema,
    request,
    "Permintaan ekspor PDF",
    "{ tahun, jabatan?, bundel? }",
    known && kodeJabatan(known),
  );
  if (!parsed.ok) {
    console.error(parsed.error);
    return parsed;
  }
  const usable = usableCatalog(sheetCatalog);
  if (!usable.ok) return usable;
  try {
    return { ok: true, data: exportYear(parsed.data, services, kodeJabatan(usable.catalog)) };
  } catch (e) {
    // Our own messages are built from the checked request; an unexpected error's text may repeat anything, so it is cut.
    const error = e instanceof ExportProblem ? e.message : `Ekspor PDF gagal karena kesalahan tak terduga: ${clip(errorText(e))}`;
    console.error(error, e);
    return { ok: false, error };
  }
}
