/**
 * The PDF export flow: plan the files from the sheets that exist, print each one
 * (through the export address, or Spreadsheet.getAs when the address refuses the
 * token: pdf-route), then save them all in the year's Drive folder. Every PDF is
 * made before anything is written to Drive, so an export that fails (both ways
 * refused, retries run out, the deadline) saves nothing.
 */
import { type ExportFilePlan, type ExportPlan, type ExportRequestLike, planExport } from "../../core/export/plan";
import { type PrintRange, printRange } from "../../core/export/print-range";
import { ExportProblem } from "../../core/export/problem";
import { buildPdfExportUrl, driveFileUrl, driveFolderUrl } from "../../core/export/url";
import type { ExportResult } from "../../shared/api";
import { readTabs, type Tab, withOnlySheetsVisible } from "./bundle-layout";
import { existingPdfs, findOrCreateFolder, type SavedPdf, savePdf } from "./drive-store";
import { fetchPdf } from "./fetch-pdf";
import { pdfViaGetAs } from "./getas-pdf";
import { PdfRoute } from "./pdf-route";
import { withPrintColumns } from "./print-columns";
import type { ExportServices, ExportSheet, ExportSpreadsheet, PdfBlob } from "./services";

/**
 * No PDF is started later than this into a server call. A request and its
 * retries stop within the retry budget (60 s), so with the Drive saves the call
 * ends well inside Apps Script's 6 minutes. The sidebar exports one jabatan per
 * call anyway; this bounds a whole year asked for in one call.
 */
export const CALL_DEADLINE_MS = 4 * 60_000;

/** What printing one file needs: the spreadsheet and its tabs, the route, and the export address. */
interface Printer {
  services: ExportServices;
  spreadsheet: ExportSpreadsheet;
  tabs: readonly Tab[];
  route: PdfRoute;
  /** The export address for one sheet (gid, maybe a range of it) or every visible sheet; the deadline checked first. */
  viaUrl(file: ExportFilePlan, gid?: number, range?: PrintRange): PdfBlob;
}

/** `kodes`: the catalog's jabatan kodes in print order. */
export function exportYear(request: ExportRequestLike, services: ExportServices, kodes: readonly string[]): ExportResult {
  const deadline = services.now() + CALL_DEADLINE_MS;
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  const tabs = readTabs(spreadsheet);
  const plan = planExport(
    request,
    tabs.map((t) => t.name),
    kodes,
  );
  const spreadsheetId = spreadsheet.getId();
  // Read once, and only when the address is asked: a user it refused is not asked for a token.
  let token: string | undefined;
  const printer: Printer = {
    services,
    spreadsheet,
    tabs,
    route: new PdfRoute(services, plan.orientation),
    viaUrl: (file, gid, range) => {
      token ??= services.scriptApp.getOAuthToken();
      const url = buildPdfExportUrl({ spreadsheetId, gid, range, orientation: plan.orientation });
      return fetchPdf(services, { url, subject: file.subject, token, deadline });
    },
  };
  const beforeEach = (file: ExportFilePlan) => {
    if (services.now() >= deadline) {
      throw new ExportProblem(
        `Waktu habis sebelum PDF ${file.subject} diekspor (batas ${CALL_DEADLINE_MS / 60_000} menit per permintaan). ` +
          "Tidak ada file yang disimpan. Ekspor lebih sedikit jabatan sekaligus.",
      );
    }
  };

  const pdfs = plan.bundel ? printBundle(printer, plan, beforeEach) : printEach(printer, plan, beforeEach);

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
    ...printer.route.layout(),
  };
}

interface PrintedPdf {
  file: ExportFilePlan;
  blob: PdfBlob;
}

/**
 * One PDF per jabatan sheet: by the address, by gid and only the rows above the colour
 * legend (one flush before the first request), or by getAs with only that sheet visible
 * (flushed after each layout change; getAs takes no range, the legend prints there).
 */
function printEach(printer: Printer, plan: ExportPlan, beforeEach: (file: ExportFilePlan) => void): PrintedPdf[] {
  const { services, spreadsheet, tabs } = printer;
  let flushed = false;
  return plan.files.map((file) => {
    beforeEach(file);
    const { sheet } = tabs.find((t) => t.name === file.sheetNames[0])!;
    const values = printedValues(plan, sheet);
    const blob = printer.route.produce(file.subject, {
      viaUrl: () =>
        withPrintColumns([{ sheet, values }], (hidden) => {
          // One flush before the first request, and after columns were hidden for this one.
          if (!flushed || hidden) services.spreadsheetApp.flush();
          flushed = true;
          return printer.viaUrl(file, sheet.getSheetId(), printRange(values) ?? undefined);
        }),
      viaGetAs: () =>
        withOnlySheetsVisible(spreadsheet, tabs, file.sheetNames, () =>
          withPrintColumns([{ sheet, values }], () => {
            services.spreadsheetApp.flush();
            return pdfViaGetAs(spreadsheet, file.fileName);
          }),
        ),
    });
    return { file, blob };
  });
}

/**
 * One PDF of the chosen sheets, only they visible, in order; both ways share that layout and
 * its one flush. No range: the address takes one, for one sheet, so the legends print here.
 */
function printBundle(printer: Printer, plan: ExportPlan, beforeEach: (file: ExportFilePlan) => void): PrintedPdf[] {
  const { services, spreadsheet, tabs } = printer;
  const file = plan.files[0]!;
  beforeEach(file);
  const printed = tabs.filter((t) => file.sheetNames.includes(t.name)).map(({ sheet }) => ({ sheet, values: printedValues(plan, sheet) }));
  const blob = withOnlySheetsVisible(spreadsheet, tabs, file.sheetNames, () =>
    withPrintColumns(printed, () => {
      services.spreadsheetApp.flush();
      return printer.route.produce(file.subject, {
        viaUrl: () => printer.viaUrl(file),
        viaGetAs: () => pdfViaGetAs(spreadsheet, file.fileName),
      });
    }),
  );
  return [{ file, blob }];
}

/**
 * What a sheet shows, for its colour legend (the print range) and its working columns (print-columns). A PK has
 * neither and prints whole, so it is not read: no values, nothing cut off, no column hidden.
 */
function printedValues(plan: ExportPlan, sheet: ExportSheet): unknown[][] {
  return plan.dokumen === "pk" ? [] : sheet.getDataRange().getValues();
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
