/**
 * What evidence is missing for the latest period ended (src/core/rekap/bukti-missing.ts): per jabatan, the
 * indicators without a link, from the BUKTI sheet as written; nothing before the first period ends;
 * the day turns at midnight in Jakarta (UTC+7), not in UTC.
 */

import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { columnIndex } from "../../../src/core/plan/columns";
import { missingEvidence as fromValues, jakartaDate, latestDue, planValues } from "../../../src/core/rekap/bukti-missing";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";

const plan = (periode: "tahunan" | "triwulan") =>
  buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets.find((s) => s.kind === "bukti") as SheetPlan;

/** The plan with a link typed on the rows whose id is one of `ids` (what the carry-over puts back). */
function withLinks(p: SheetPlan, ids: readonly string[]): SheetPlan {
  const col = columnIndex(p.table.columns, "bukti");
  const cells = p.cells.map((row) => row.map((c) => ({ ...c })));
  cells.forEach((row) => {
    if (ids.includes(String(row[p.table.idColumn]?.value))) row[col] = { ...row[col], value: "https://drive.google.com/x" };
  });
  return { ...p, cells };
}

const kadis = EXAMPLE_CATALOG.jabatan.find((j) => j.kode === "KADIS")!.sasaran.flatMap((s) => s.indikator);

const missingEvidence = (p: SheetPlan, tahun: number, _periode: string, now: Date) => fromValues(planValues(p.cells), tahun, now);

describe("missingEvidence", () => {
  test("triwulan in October: TW III is the latest ended; KADIS misses the two indicators not linked, every other jabatan all", () => {
    const p = withLinks(plan("triwulan"), [`${kadis[0]!.id}:tw3`, `${kadis[1]!.id}:tw2`]);
    const missing = missingEvidence(p, 2027, "triwulan", new Date("2027-10-05T03:00:00Z"));
    expect(missing.map((m) => m.kode)).toEqual(EXAMPLE_CATALOG.jabatan.map((j) => j.kode));
    expect(missing[0]).toMatchObject({ kode: "KADIS", periode: "TW III", indikator: kadis.slice(1).map((i) => i.nama) });
    // The link goes to KADIS's second indicator's TW III row.
    expect(p.cells[missing[0]!.row]?.[p.table.idColumn]?.value).toBe(`${kadis[1]!.id}:tw3`);
    const total = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator)).length;
    expect(missing.reduce((n, m) => n + m.indikator.length, 0)).toBe(total - 1);
  });

  test("every link in: nothing missing; before 31 March nothing is due; a tahunan year only after 31 December", () => {
    const tw = plan("triwulan");
    const all = tw.cells.slice(tw.table.firstRow, tw.table.lastRow + 1).map((r) => String(r[tw.table.idColumn]?.value));
    expect(missingEvidence(withLinks(tw, all), 2027, "triwulan", new Date("2027-10-05T03:00:00Z"))).toEqual([]);
    expect(missingEvidence(tw, 2027, "triwulan", new Date("2027-03-30T10:00:00Z"))).toEqual([]);
    expect(missingEvidence(plan("tahunan"), 2027, "tahunan", new Date("2027-12-30T10:00:00Z"))).toEqual([]);
    expect(missingEvidence(plan("tahunan"), 2027, "tahunan", new Date("2028-01-02T10:00:00Z"))[0]?.periode).toBe("Tahunan");
  });

  test("Jakarta's day: 17:30 UTC on 30 March is 31 March there, when TW I ends", () => {
    expect(jakartaDate(new Date("2027-03-30T17:30:00Z"))).toEqual({ y: 2027, m: 3, d: 31 });
    expect(latestDue(2027, "triwulan", new Date("2027-03-30T17:30:00Z"))?.label).toBe("TW I");
    expect(latestDue(2027, "triwulan", new Date("2027-03-30T16:30:00Z"))).toBeNull();
  });
});
