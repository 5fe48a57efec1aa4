/**
 * Bench: the record of what the add-on wrote (src/core/record), per sheet, in characters (Google keeps
 * 30,000 characters of developer metadata per sheet; RECORD_MAX_CHARS is the add-on's own limit), for
 * the example, the 30-jabatan catalog and a catalog whose texts are 5,000 characters long; and the time
 * a re-run after a catalog edit takes with the record against without. Figures only.
 */

import { carryOver } from "../../src/core/carry/carry";
import { type Catalog, EXAMPLE_CATALOG } from "../../src/core/catalog";
import { RECORD_MAX_CHARS } from "../../src/core/record/record";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { applyCatalogEdit } from "../../test/support/catalog-edits";
import { bigCatalog } from "../../test/support/fixtures/big-catalog";
import { rendered } from "../../test/support/fixtures/plans";

/** Every indicator's texts and every tugas and fungsi 5,000 characters long. */
function longTexts(catalog: Catalog): Catalog {
  const long = (s: string) => s.padEnd(5000, " lorem ipsum dolor sit amet");
  const next = structuredClone(catalog);
  for (const j of next.jabatan) {
    j.tugas = typeof j.tugas === "string" ? long(j.tugas) : j.tugas.map(long);
    j.fungsi = j.fungsi.map(long);
    for (const s of j.sasaran) {
      s.nama = long(s.nama);
      for (const i of s.indikator) [i.nama, i.formulasi] = [long(i.nama), long(i.formulasi)];
    }
  }
  return next;
}

function sizes(name: string, catalog: Catalog): void {
  for (const periode of ["tahunan", "triwulan"] as const) {
    const sheets = buildYearPlan({ catalog, tahun: 2027, periode }).sheets;
    // "none" where the record would pass the limit (the sheet then falls back to the comparison).
    const size = (s: SheetPlan) => String(carryOver(s, null).record?.length ?? "none");
    const jabatanSheets = sheets.filter((s) => s.kind === "jabatan");
    const jabatan = jabatanSheets.map((s) => carryOver(s, null).record?.length ?? Number.NaN);
    const max = Math.max(...jabatan);
    const of = (kind: SheetPlan["kind"]) => sheets.find((s) => s.kind === kind) as SheetPlan;
    console.log(
      `${name}, ${periode}: jabatan sheet ${Math.min(...jabatan)}–${max} chars (largest ${(jabatanSheets[jabatan.indexOf(max)] as SheetPlan).cells.length} rows), ` +
        `REKAP ${size(of("rekap"))} chars (${of("rekap").cells.length} rows), BUKTI ${size(of("bukti"))} chars (${of("bukti").cells.length} rows); limit ${RECORD_MAX_CHARS}`,
    );
  }
}

function rerun(name: string, catalog: Catalog): void {
  const edited = applyCatalogEdit(applyCatalogEdit(catalog, { kind: "teks", pick: 0, field: "nama" }), {
    kind: "penandatangan",
    nama: "Dra. SITI AMINAH, M.Si.",
    status: "Plt.",
  });
  const before = buildYearPlan({ catalog, tahun: 2027 }).sheets;
  const after = buildYearPlan({ catalog: edited, tahun: 2027 }).sheets;
  const olds = before.map((p) => ({ old: rendered(p), record: carryOver(p, null).record }));
  const time = (withRecord: boolean) => {
    const t = performance.now();
    let moved = 0;
    after.forEach((p, i) => {
      const o = olds[i];
      if (o) moved += carryOver(p, o.old, withRecord ? o.record : null).movedAside;
    });
    return { ms: performance.now() - t, moved };
  };
  time(true);
  const [withRecord, without] = [time(true), time(false)];
  console.log(
    `${name}: re-run of ${after.length} sheets after a text and signatory edit: ${withRecord.ms.toFixed(0)} ms with the record (${withRecord.moved} values moved aside), ${without.ms.toFixed(0)} ms without (${without.moved} moved aside)`,
  );
}

export async function bench(): Promise<void> {
  sizes("Example (7 jabatan)", EXAMPLE_CATALOG);
  sizes("30 jabatan × 10 indicators", bigCatalog());
  sizes("Example, 5,000-character texts", longTexts(EXAMPLE_CATALOG));
  rerun("Example", EXAMPLE_CATALOG);
  rerun("30 jabatan × 10 indicators", bigCatalog());
}
