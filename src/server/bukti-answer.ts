/** What evidence the latest period ended still misses, per jabatan, each linked to its first row on the BUKTI sheet. */

import { clip } from "../core/quote";
import { missingEvidence } from "../core/rekap/bukti-missing";
import { a1 } from "../core/sheet/a1";
import type { BuktiBelumAda } from "../shared/api";

/** `sheetUrl`: the BUKTI sheet's link (…#gid=…); `values`: its cells from A1. */
export function buktiBelumAda(sheetUrl: string, values: readonly (readonly unknown[])[], tahun: number, now: Date): BuktiBelumAda[] {
  return missingEvidence(values, tahun, now).map((m) => ({
    jabatan: clip(m.kode),
    periode: m.periode,
    indikator: m.indikator.map((i) => clip(i)),
    url: `${sheetUrl}&range=${a1(m.row, 0)}`,
  }));
}
