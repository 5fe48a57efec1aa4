/**
 * The PDF export flow: plan the files from the sheets that exist, print each
 * one through the export URL (one flush first), then save them all in the
 * year's Drive folder. Every PDF is fetched before anything is written to Drive,
 * so an export that fails (a 403, retries run out, the deadline) saves nothing.
 */
import { planExport, type ExportFilePlan, type ExportPlan, type ExportRequestLike } from "../../core/export/plan";
import { ExportProblem } from "../../core/export/problem";
import { buildPdfExportUrl, driveFileUrl, driveFolderUrl } from "../../core/export/url";
import type { ExportResult } from "../../shared/api";
import { readTabs, withOnlySheetsVisible, type Tab } from "./bundle-layout";
import { existingPdfs, findOrCreateFolder, savePdf, type SavedPdf } from "./drive-store";
import { fetchPdf } from "./fetch-pdf";
import type { ExportServices, ExportSpreadsheet, PdfBlob } from "./services";

/**
 * No export request starts later than this into a server call. A request and its
 * retries stop within the retry budget (60 s), so with the Drive saves the call
 * ends well inside Apps Script's 6 minutes. The sidebar exports one jabatan per
 * call anyway; this bounds a whole year asked for in one call.
 */
export const CALL_DEADLINE_MS = 4 * 60_000;

export function exportYear(request: ExportRequestLike, services: ExportServices): ExportResult {
  const deadline = services.now() + CALL_DEADLINE_MS;
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  const tabs = readTabs(spreadsheet);
  const plan = planExport(request, tabs.map((t) => t.name));
  const token = services.scriptApp.getOAuthToken();
  const spreadsheetId = spreadsheet.getId();

  const fetchOne = (file: ExportFilePlan, gid: number | undefined): PdfBlob => {
    if (services.now() >= deadline) {
      throw new ExportProblem(
        `Waktu habis sebelum PDF ${file.subject} diekspor (batas ${CALL_DEADLINE_MS / 60_000} menit per permintaan). ` +
          "Tidak ada file yang disimpan. Ekspor lebih sedikit jabatan sekaligus.",
      );
    }
    return fetchPdf(services, { url: buildPdfExportUrl({ spreadsheetId, gid }), subject: file.subject, token, deadline });
  };

  const pdfs = plan.bundel
    ? fetchBundle(services, spreadsheet, tabs, plan, fetchOne)
    : fetchEach(services, tabs, plan, fetchOne);

  const folder = findOrCreateFolder(services.driveFiles, plan.folderName);
  const existing = existingPdfs(services.driveFiles, folder);
  const saved: SavedPdf[] = [];
  for (const { file, blob } of pdfs) {
    try {
      saved.push(savePdf(services.driveFiles, folder, existing, file.fileName, blob));
    } catch (e) {
      if (saved.length === 0 || !(e instanceof ExportProblem)) throw e;
      throw new ExportProblem(`${e.message}. File yang sudah tersimpan: ${saved.map((s) => s.name).join(", ")}.`);
    }
  }

  return {
    tahun: plan.tahun,
    folderName: folder.name,
    folderUrl: driveFolderUrl(folder.id),
    files: saved.map((s, i) => ({ name: s.name, url: driveFileUrl(s.id), label: pdfs[i]!.file.label })),
    message: resultMessage(plan, saved, folder.name),
  };
}

interface FetchedPdf {
  file: ExportFilePlan;
  blob: PdfBlob;
}

/** One request per jabatan sheet, by gid; the one flush comes right before the first. */
function fetchEach(
  services: ExportServices,
  tabs: readonly Tab[],
  plan: ExportPlan,
  fetchOne: (file: ExportFilePlan, gid: number | undefined) => PdfBlob,
): FetchedPdf[] {
  const gids = plan.files.map((file) => tabs.find((t) => t.name === file.sheetNames[0])!.sheet.getSheetId());
  services.spreadsheetApp.flush();
  return plan.files.map((file, i) => ({ file, blob: fetchOne(file, gids[i]) }));
}

/** One request for the whole spreadsheet with only the chosen sheets visible; flushed after the layout change. */
function fetchBundle(
  services: ExportServices,
  spreadsheet: ExportSpreadsheet,
  tabs: readonly Tab[],
  plan: ExportPlan,
  fetchOne: (file: ExportFilePlan, gid: number | undefined) => PdfBlob,
): FetchedPdf[] {
  const file = plan.files[0]!;
  const blob = withOnlySheetsVisible(spreadsheet, tabs, file.sheetNames, () => {
    services.spreadsheetApp.flush();
    return fetchOne(file, undefined);
  });
  return [{ file, blob }];
}

function resultMessage(plan: ExportPlan, saved: readonly SavedPdf[], folderName: string): string {
  const replaced = saved.filter((s) => s.replaced).length;
  const note = replaced > 0 ? ` (${replaced} menggantikan file lama dengan nama yang sama; tautannya tetap)` : "";
  if (plan.bundel) {
    const count = plan.files[0]!.sheetNames.length;
    return `Bundel PDF berisi ${count} sheet tersimpan di folder "${folderName}"${note}.`;
  }
  return `${saved.length} file PDF tersimpan di folder "${folderName}"${note}.`;
}
