/**
 * One PDF from the spreadsheet export URL, with the user's token: 429 and 5xx
 * retried with backoff (core/export/retry), anything else turned into an
 * Indonesian error (ExportUrlFailure) that names the jabatan (or bundle) and the
 * HTTP status, and says whether Google refused the token (then the caller falls
 * back to Spreadsheet.getAs).
 */
import { MIME_PDF } from "../../core/export/drive-query";
import { ExportUrlFailure, errorText } from "../../core/export/problem";
import { parseRetryAfterMs, type RetryOutcome, runWithRetry } from "../../core/export/retry";
import { quote } from "../../core/quote";
import type { ExportHttpResponse, ExportServices, PdfBlob } from "./services";

const REAUTHORISE = "muat ulang spreadsheet, buka lagi add-on IKI Sheets dan setujui izin yang diminta, lalu ekspor lagi";

export interface FetchPdfRequest {
  url: string;
  /** "jabatan KADIS" or "bundel tahun 2027": named in every error. */
  subject: string;
  /** `ScriptApp.getOAuthToken()`, read once per server call. */
  token: string;
  /** No retry is started after this moment (ms, the services' clock). */
  deadline: number;
}

export function fetchPdf(services: ExportServices, request: FetchPdfRequest): PdfBlob {
  const { url, subject, token } = request;
  let networkError = "";
  const outcome = runWithRetry<PdfBlob>(
    () => {
      let response: ExportHttpResponse;
      try {
        response = services.urlFetchApp.fetch(url, {
          headers: { Authorization: `Bearer ${token}` },
          muteHttpExceptions: true,
        });
      } catch (e) {
        // muteHttpExceptions covers HTTP statuses; what still throws is the network
        // (timeouts, DNS) — worth a retry — or a missing permission, which is not.
        networkError = errorText(e);
        if (/permission|izin|authori[sz]/i.test(networkError)) {
          throw new ExportUrlFailure(
            `Ekspor PDF ${subject} tidak diizinkan: ${networkError}. Untuk memperbaikinya, ${REAUTHORISE}.`,
            `UrlFetchApp tidak diizinkan (${quote(networkError)})`,
            true,
          );
        }
        return { ok: false, status: 0, retryable: true };
      }
      const status = response.getResponseCode();
      if (status >= 200 && status < 300) return { ok: true, value: checkedPdf(response, status, subject) };
      return { ok: false, status, retryAfterMs: parseRetryAfterMs(header(response, "retry-after")) };
    },
    { now: () => services.now(), sleep: (ms) => services.sleep(ms), random: () => services.random() },
    { budgetMs: request.deadline - services.now() },
  );
  if (outcome.ok) return outcome.value;
  const { status } = outcome;
  throw new ExportUrlFailure(
    failureMessage(subject, outcome, networkError),
    failureReason(outcome, networkError),
    status === 401 || status === 403,
  );
}

/** A 200 that is not a PDF is usually Google's sign-in page: the token did not open the file. A refusal. */
function checkedPdf(response: ExportHttpResponse, status: number, subject: string): PdfBlob {
  const blob = response.getBlob();
  const type = (blob.getContentType() ?? "").toLowerCase();
  if (!type.startsWith(MIME_PDF)) {
    throw new ExportUrlFailure(
      `Ekspor PDF ${subject} tidak menghasilkan PDF (Google mengirim ${quote(type || "isi tanpa jenis")}, biasanya halaman masuk akun). ` +
        `Izin add-on belum lengkap atau sudah kedaluwarsa: ${REAUTHORISE}.`,
      `HTTP ${status}: halaman masuk akun, bukan PDF (${quote(type || "tanpa jenis")})`,
      true,
    );
  }
  return blob;
}

/** Why, in a few words, for a message that names both ways to a PDF. */
function failureReason(outcome: Extract<RetryOutcome<unknown>, { ok: false }>, networkError: string): string {
  const { status, attempts, reason } = outcome;
  if (status === 0) return `Google tidak dapat dihubungi (${quote(networkError)})`;
  if (status === 401) return "HTTP 401: izin add-on tidak berlaku";
  if (status === 403) return "HTTP 403: akses ditolak";
  return reason === "status" ? `HTTP ${status}` : `HTTP ${status} setelah ${attempts} percobaan`;
}

function header(response: ExportHttpResponse, name: string): unknown {
  const headers = response.getHeaders() as Record<string, unknown>;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function failureMessage(subject: string, outcome: Extract<RetryOutcome<unknown>, { ok: false }>, networkError: string): string {
  const { status, attempts, reason } = outcome;
  const tries = `${attempts} percobaan`;
  if (status === 0) {
    return `Ekspor PDF ${subject} gagal: Google tidak dapat dihubungi (${networkError}) setelah ${tries}. Periksa koneksi internet, lalu ekspor lagi.`;
  }
  if (reason !== "status") {
    const why = status === 429 ? "terlalu banyak permintaan" : "gangguan di server Google";
    const stop = reason === "budget" ? " dan batas waktu percobaan ulang tercapai" : "";
    return `Ekspor PDF ${subject} gagal: ${why} (HTTP ${status}) masih terjadi setelah ${tries}${stop}. Tunggu beberapa menit, lalu ekspor lagi.`;
  }
  switch (status) {
    case 401:
      return `Ekspor PDF ${subject} ditolak Google (HTTP 401: izin add-on tidak berlaku). Untuk memperbaikinya, ${REAUTHORISE}.`;
    case 403:
      return (
        `Ekspor PDF ${subject} ditolak Google (HTTP 403: akses ditolak). Pastikan akun Anda boleh membuka dan mengunduh spreadsheet ini ` +
        `(pemilik dapat mematikan unduhan bagi pelihat dan pemberi komentar), lalu otorisasi ulang add-on: ${REAUTHORISE}.`
      );
    case 404:
      return `Ekspor PDF ${subject} gagal (HTTP 404: Google tidak menemukan spreadsheet atau sheet-nya). Muat ulang spreadsheet, lalu ekspor lagi.`;
    default:
      return `Ekspor PDF ${subject} gagal (HTTP ${status}). Coba ekspor lagi; jika terus terjadi, laporkan kode HTTP ini.`;
  }
}
