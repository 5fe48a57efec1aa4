/**
 * The fallback way to a PDF: Spreadsheet.getAs("application/pdf"), which prints every
 * VISIBLE sheet with Google's default page layout and needs no token of ours, so the
 * caller first leaves only the file's sheets visible (bundle-layout) and flushes.
 */

import { MIME_PDF } from "../../core/export/drive-query";
import type { GetAsFailure } from "../../core/export/layout-notice";
import { errorText } from "../../core/export/problem";
import type { ExportBlob, ExportSpreadsheet } from "./services";

/** getAs gave no PDF; the route turns it into the message that names both attempts. */
export class GetAsFailed extends Error {
  constructor(readonly failure: GetAsFailure) {
    super("thrown" in failure ? failure.thrown : `getAs gave ${failure.notPdf ?? "no content type"}`);
    this.name = "GetAsFailed";
  }
}

/** The visible sheets as one PDF, named like the Drive file it becomes. */
export function pdfViaGetAs(spreadsheet: ExportSpreadsheet, fileName: string): ExportBlob {
  let blob: ExportBlob;
  try {
    blob = spreadsheet.getAs(MIME_PDF);
  } catch (e) {
    throw new GetAsFailed({ thrown: errorText(e) });
  }
  const type = blob.getContentType();
  if (!(type ?? "").toLowerCase().startsWith(MIME_PDF)) throw new GetAsFailed({ notPdf: type });
  // Drive takes the name from the file resource; the blob's own default is the spreadsheet's title.
  blob.setName(fileName);
  return blob;
}
