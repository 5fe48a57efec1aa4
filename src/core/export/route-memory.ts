/**
 * What the export remembers per user (PropertiesService.getUserProperties()) about the
 * way to a PDF: whether the export address refused the add-on's token, when, and why.
 * A refusal makes the following server calls skip the address for a day (the sidebar
 * calls once per jabatan: 7 refused requests would cost 7 round trips for nothing);
 * after a day the address is tried again, in case the grant changed. Pure: the store
 * and the clock are the caller's.
 */
import { clip, QUOTE_MAX } from "../quote";

/** The user-property key; one value per user of this script. */
export const ROUTE_KEY = "IKI_EKSPOR_PDF_JALUR";

/** How long a refusal is trusted before the address is tried again. */
export const RETRY_EXPORT_URL_AFTER_MS = 24 * 60 * 60 * 1000;

export interface RememberedRefusal {
  jalur: "bawaan-google";
  /** Why, in a few words ("HTTP 403: akses ditolak"): shown in the notice of later calls. */
  sebab: string;
  /** When (ms since the epoch, the services' clock). */
  ditolakPada: number;
}

export type RouteRecord = RememberedRefusal | { jalur: "resmi" };

export function serializeRouteRecord(record: RouteRecord): string {
  if (record.jalur === "resmi") return JSON.stringify({ jalur: "resmi" });
  // The reason quotes what Google sent: bounded, so the store never holds a page.
  return JSON.stringify({ jalur: record.jalur, sebab: clip(record.sebab, QUOTE_MAX), ditolakPada: record.ditolakPada });
}

/** The stored record, or null for nothing stored or anything not of this shape (an older or damaged value). */
export function parseRouteRecord(text: string | null | undefined): RouteRecord | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.jalur === "resmi") return { jalur: "resmi" };
  if (v.jalur === "bawaan-google" && typeof v.sebab === "string" && typeof v.ditolakPada === "number" && Number.isFinite(v.ditolakPada)) {
    return { jalur: "bawaan-google", sebab: v.sebab, ditolakPada: v.ditolakPada };
  }
  return null;
}

/** The refusal to act on at `now`: one less than a day old. One dated in the future (a clock set back) is not trusted. */
export function refusalInForce(record: RouteRecord | null, now: number): RememberedRefusal | null {
  if (record?.jalur !== "bawaan-google") return null;
  const age = now - record.ditolakPada;
  return age >= 0 && age < RETRY_EXPORT_URL_AFTER_MS ? record : null;
}
