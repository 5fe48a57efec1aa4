/**
 * Which way each PDF of one server call takes, and what the user is told about it.
 *
 * - The export address (official layout) first, unless the user's store remembers
 *   that it refused the token less than a day ago.
 * - Refused (401, 403, the sign-in page, a missing permission): remembered, and this
 *   file and the rest of the call go through Spreadsheet.getAs (Google's default layout).
 * - A remembered refusal and getAs fails: the address is tried once more (the grant
 *   may have changed since); if it fails too, one message names both attempts.
 * Any other failure of the address (404, retries run out, the deadline) is not a
 * refusal: it stops the export as before, nothing saved.
 */
import { bothFailedMessage, layoutNotice } from "../../core/export/layout-notice";
import { ExportProblem, ExportUrlFailure } from "../../core/export/problem";
import { type RouteRecord, refusalInForce } from "../../core/export/route-memory";
import type { Orientation } from "../../core/export/url";
import type { ExportResult } from "../../shared/api";
import { GetAsFailed } from "./getas-pdf";
import { readRouteRecord, writeRouteRecord } from "./route-store";
import type { ExportServices, PdfBlob } from "./services";

export interface PdfWays {
  /** The export address; throws ExportUrlFailure (or the deadline's ExportProblem). */
  viaUrl(): PdfBlob;
  /** Spreadsheet.getAs with only the file's sheets visible; throws GetAsFailed when getAs gives no PDF. */
  viaGetAs(): PdfBlob;
}

export class PdfRoute {
  /** What the store held, read at the first file (a request refused earlier never touches it). */
  private stored: RouteRecord | null | undefined;
  /** The refusal acted on in this call: the address is skipped while it is set. */
  private refusal: { sebab: string } | null = null;
  private files = 0;
  private viaGetAs = 0;
  private noticeSebab = "";

  /** `orientation`: the official layout the notice names (the IKI's landscape, the PK's portrait). */
  constructor(
    private readonly services: ExportServices,
    private readonly orientation: Orientation = "landscape",
  ) {}

  /** One file's PDF, by the way that works; `subject` ("jabatan KADIS") names it in a message. */
  produce(subject: string, ways: PdfWays): PdfBlob {
    if (this.stored === undefined) {
      this.stored = readRouteRecord(this.services.userProperties);
      this.refusal = refusalInForce(this.stored, this.services.now());
    }
    this.files += 1;
    const remembered = this.refusal;
    if (remembered) return this.rememberedFirst(subject, ways, remembered.sebab);
    try {
      return this.viaUrl(ways);
    } catch (e) {
      if (!(e instanceof ExportUrlFailure && e.ditolak)) throw e;
      this.refused(e.sebab);
      return this.getAsOr(ways, (failed) => bothFailedMessage(subject, e.sebab, failed.failure));
    }
  }

  /** What the answer says about the layout: "bawaan-google" and a notice when any file went through getAs. */
  layout(): Required<Pick<ExportResult, "tataLetak" | "catatanTataLetak">> {
    if (this.viaGetAs === 0) return { tataLetak: "resmi", catatanTataLetak: "" };
    return {
      tataLetak: "bawaan-google",
      catatanTataLetak: layoutNotice(this.noticeSebab, { bawaan: this.viaGetAs, total: this.files }, this.orientation),
    };
  }

  private rememberedFirst(subject: string, ways: PdfWays, sebab: string): PdfBlob {
    let getAsFailure: GetAsFailed;
    try {
      return this.getAs(ways, sebab);
    } catch (e) {
      if (!(e instanceof GetAsFailed)) throw e;
      getAsFailure = e;
    }
    try {
      return this.viaUrl(ways);
    } catch (e) {
      if (!(e instanceof ExportUrlFailure)) throw e;
      if (e.ditolak) this.refused(e.sebab);
      throw new ExportProblem(bothFailedMessage(subject, e.sebab, getAsFailure.failure));
    }
  }

  private getAsOr(ways: PdfWays, message: (failed: GetAsFailed) => string): PdfBlob {
    try {
      return this.getAs(ways, this.refusal?.sebab ?? "");
    } catch (e) {
      if (e instanceof GetAsFailed) throw new ExportProblem(message(e));
      throw e;
    }
  }

  private getAs(ways: PdfWays, sebab: string): PdfBlob {
    const blob = ways.viaGetAs();
    this.viaGetAs += 1;
    this.noticeSebab = sebab;
    return blob;
  }

  private viaUrl(ways: PdfWays): PdfBlob {
    const blob = ways.viaUrl();
    this.refusal = null;
    // Written only when a refusal is stored: a user for whom the address works never writes.
    if (this.stored?.jalur === "bawaan-google") this.remember({ jalur: "resmi" });
    return blob;
  }

  private refused(sebab: string): void {
    this.refusal = { sebab };
    this.remember({ jalur: "bawaan-google", sebab, ditolakPada: this.services.now() });
  }

  private remember(record: RouteRecord): void {
    this.stored = record;
    writeRouteRecord(this.services.userProperties, record);
  }
}
