/**
 * Sidebar server call `exportPdf(request)`: the chosen jabatan sheets of a year (their IKI, or
 * with dokumen "pk" their Perjanjian Kinerja) to PDF in the Drive folder "IKI <tahun>"
 * (README, PDF export). The sidebar calls it once per jabatan so that every call stays
 * short; a whole year in one call also works, bounded by the flow's deadline.
 */
import { exportYear } from "../adapters/export/export-year";
import { defaultExportServices, type ExportServices } from "../adapters/export/services";
import { kodeJabatan } from "../core/catalog";
import { ExportProblem } from "../core/export/problem";
import type { ExportResult, ServerResponse } from "../shared/api";
import { ExportRequestSchema } from "../shared/requests";
import { usableCatalog } from "./catalog-info";
import { serve } from "./endpoint";

export function exportPdf(request: unknown, services?: ExportServices): ServerResponse<ExportResult> {
  // Until the catalog is read, a failure is the catalog's; after, an export's.
  let reading = true;
  const failed = (detail: string) =>
    reading ? `Katalog tidak dapat dibaca untuk ekspor PDF: ${detail}` : `Ekspor PDF gagal karena kesalahan tak terduga: ${detail}`;
  // Our own messages are built from the checked request, so they are shown whole.
  const told = (e: unknown) => (!reading && e instanceof ExportProblem ? e.message : undefined);
  return serve({ failed, told }, (call) => {
    const s = services ?? defaultExportServices();
    // The jabatan and their order come from the spreadsheet's catalog; a request's kodes are checked against it.
    const sheetCatalog = s.readCatalog();
    reading = false;
    const known = sheetCatalog.read.catalog;
    const parsed = call.parse(
      ExportRequestSchema,
      request,
      "Permintaan ekspor PDF",
      "{ tahun, jabatan?, bundel? }",
      known && kodeJabatan(known),
    );
    const usable = usableCatalog(sheetCatalog);
    if (!usable.ok) return call.refuse(usable.error);
    return exportYear(parsed, s, kodeJabatan(usable.catalog));
  });
}
