/**
 * A triwulan sheet prints without its working columns (Formulasi, Sumber Data, every Pembilang /
 * Penyebut: core/plan/columns.ts), so the printed form is readable on A4. Sheets leaves hidden
 * columns out of a PDF, so they are hidden while the PDF is made and shown again after, whatever
 * happens; a column the user had hidden stays hidden.
 */
import { printHiddenFromHeader } from "../../core/match/printed-columns";
import { indexRuns } from "../sheets/groups";
import type { ExportSheet } from "./services";

/**
 * Hides the printed-out columns of each sheet (found from `values`, what it shows), runs `print` (told
 * whether any were hidden: Sheets must be flushed before the export address sees them), shows them again.
 */
export function withPrintColumns<T>(sheets: readonly { sheet: ExportSheet; values: unknown[][] }[], print: (hidden: boolean) => T): T {
  const hidden = sheets.map(({ sheet, values }) => ({
    sheet,
    runs: indexRuns(printHiddenFromHeader(values).filter((c) => !sheet.isColumnHiddenByUser(c + 1))),
  }));
  try {
    for (const { sheet, runs } of hidden) for (const run of runs) sheet.hideColumns(run.start + 1, run.count);
    return print(hidden.some((h) => h.runs.length > 0));
  } finally {
    for (const { sheet, runs } of hidden) for (const run of runs) sheet.showColumns(run.start + 1, run.count);
  }
}
