/**
 * Where the offline workbook's pages break (src/offline/pages.ts): the table fills each
 * page, and the block under it (signature, REKAP averages) prints together with at least
 * the table's last two rows. Checked on the example year and on random jabatan.
 */
import fc from "fast-check";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { Indikator, Jabatan, Sasaran } from "../../src/core/catalog/model";
import { jabatanSheet } from "../../src/core/plan/jabatan-sheet";
import { buildYearPlan } from "../../src/core/plan/year";
import { PRINT_PAGE as PAGE, printedRows } from "../../src/core/print/print";
import type { Periode, SheetPlan } from "../../src/core/sheet/types";
import { PERIODE } from "../../src/core/sheet/types";
import { rowHeightsPt } from "../../src/offline/xlsx/layout";
import { blockStart, pageBreaks, pageRoom, pageSpans, paginate, printLayout, signedRows } from "../../src/offline/xlsx/pages";

const sum = (hs: readonly number[]) => hs.reduce((s, h) => s + h, 0);

/** What a sheet's pages hold, and why a rule is broken ("" when none is). */
function problems(plan: SheetPlan, breaks: readonly number[], heights: readonly number[] = rowHeightsPt(plan)): string[] {
  const room = pageRoom(plan, heights, PAGE);
  const end = printedRows(plan);
  // The rows the signature prints with: the table's; on the REKAP, its averages table (written out in the test below).
  const { firstRow, lastRow } = signedRows(plan);
  const block = blockStart(plan, end);
  const spans = pageSpans(breaks, end);
  const used = spans.map(([s, e]) => (s > room.lastRepeated ? room.repeat : 0) + sum(heights.slice(s, e)));
  const out: string[] = [];
  spans.forEach(([s, e], i) => {
    if (used[i]! > room.capacity && e - s > 1) out.push(`halaman ${i + 1} (baris ${s}–${e - 1}) melebihi kertas`);
  });
  const last = spans.length - 1;
  const [lastStart] = spans[last]!;
  const tableRows = lastRow - firstRow + 1;
  const withBlock = Math.max(0, lastRow - Math.max(lastStart, firstRow) + 1);
  const fits = (from: number) => (from > room.lastRepeated ? room.repeat : 0) + sum(heights.slice(from, end)) <= room.capacity;
  // The block with the last two rows, whenever they fit on a page together.
  if (block >= 0 && lastStart > block && fits(block)) out.push(`blok di bawah tabel terpotong (mulai baris ${lastStart})`);
  if (block >= 0 && withBlock < Math.min(2, tableRows) && fits(Math.max(firstRow, lastRow - 1)))
    out.push(`blok di bawah tabel hanya bersama ${withBlock} baris tabel`);
  // No page before the last ends early, unless the last rows and the block need the next page.
  spans.slice(0, -1).forEach(([, next], i) => {
    // A table header (its group, label and number rows) goes to the next page with the first table row.
    const headerOfSigned = signedRows(plan).headerRow;
    const upTo = next === headerOfSigned ? Math.max(next, signedRows(plan).firstRow) : next;
    const full = used[i]! + sum(heights.slice(next, upTo + 1)) > room.capacity;
    const keep = i === last - 1 && used[i]! + sum(heights.slice(next, end)) > room.capacity;
    const moved = lastRow - next + 1;
    // The REKAP may also end a page early so that the indicator table's last two rows go on with its averages.
    const tableMoved = plan.signedRows && next <= plan.table.lastRow ? plan.table.lastRow - next + 1 : Infinity;
    if (!full && !(keep && (moved <= 2 || next <= firstRow)) && !(tableMoved <= 2))
      out.push(`halaman ${i + 1} berhenti sebelum penuh (baris ${next})`);
  });
  return out;
}

const year = (periode: Periode) => buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode }).sheets;

describe("pemisah halaman contoh 2027", () => {
  test.each(["tahunan", "triwulan"] as const)("%s: tabel mengisi halaman, tanda tangan bersama ≥ 2 baris terakhir", (periode) => {
    for (const plan of year(periode)) {
      expect({ sheet: plan.name, problems: problems(plan, pageBreaks(plan, rowHeightsPt(plan), PAGE)) }).toEqual({
        sheet: plan.name,
        problems: [],
      });
    }
  });

  test("aturan lama (kelompok sasaran terakhir saja) gagal di SEKRETARIS dan REKAP: satu baris sendirian", () => {
    // What LibreOffice printed before: its own breaks, plus one before the last sasaran group.
    const old = (plan: SheetPlan, row: number) =>
      paginate(rowHeightsPt(plan), printedRows(plan), pageRoom(plan, rowHeightsPt(plan), PAGE), [row]);
    const sheets = year("tahunan");
    const sekretaris = sheets.find((s) => s.kode === "SEKRETARIS")!;
    const rekap = sheets.find((s) => s.kind === "rekap")!;
    expect(problems(sekretaris, old(sekretaris, sekretaris.table.lastRow))).toContain("blok di bawah tabel hanya bersama 1 baris tabel");
    expect(problems(rekap, old(rekap, rekap.table.lastRow))).not.toEqual([]);
  });

  test("REKAP: the averages and the head's signature go with the indicator table's last rows when they fit (triwulan); else the averages print whole with the signature (tahunan)", () => {
    for (const periode of PERIODE) {
      const rekap = year(periode).find((s) => s.kind === "rekap")!;
      const title = rekap.cells.findIndex((row) => row.some((c) => c.value === "RATA-RATA CAPAIAN PER JABATAN"));
      const nip = rekap.cells.findIndex((row) => row.some((c) => String(c.value ?? "").startsWith("NIP.")));
      const averages = { first: title + 2, last: title + 2 + EXAMPLE_CATALOG.jabatan.length - 1 };
      expect(signedRows(rekap)).toEqual({ headerRow: title, firstRow: averages.first, lastRow: averages.last });
      const breaks = pageBreaks(rekap, rowHeightsPt(rekap), PAGE);
      const lastPage = Math.max(0, ...breaks);
      expect(nip).toBeGreaterThan(lastPage);
      // triwulan: at least the indicator table's last row on the page of the averages; tahunan: they do not fit.
      if (periode === "triwulan") expect(lastPage).toBeLessThanOrEqual(rekap.table.lastRow);
      else expect(lastPage).toBe(title);
    }
  });

  test("lembar pendek: tanpa pemisah; REKAP (22 indikator) lebih dari satu halaman, dipisah di dalam tabel atau sebelum rata-rata", () => {
    const sheets = year("tahunan");
    const kadis = sheets.find((s) => s.kode === "KADIS")!;
    expect(pageBreaks(kadis, rowHeightsPt(kadis), PAGE)).toEqual([]);
    const rekap = sheets.find((s) => s.kind === "rekap")!;
    const breaks = pageBreaks(rekap, rowHeightsPt(rekap), PAGE);
    expect(breaks.length).toBeGreaterThan(0);
    // Inside the indicator table, or right before the averages title (the signed block's own header).
    const title = rekap.cells.findIndex((row) => row.some((c) => c.value === "RATA-RATA CAPAIAN PER JABATAN"));
    for (const b of breaks) expect((b > rekap.table.firstRow && b <= rekap.table.lastRow) || b === title).toBe(true);
  });
});

/** Indicator texts of the example, long and short, to build jabatan of any size from. */
const INDIKATOR = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator));
const SASARAN = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.map((s) => s.nama));

const jabatanArb = fc
  .array(fc.array(fc.nat({ max: INDIKATOR.length - 1 }), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 14 })
  .map((groups): Jabatan => {
    const base = EXAMPLE_CATALOG.jabatan[1]!;
    let n = 0;
    const sasaran: Sasaran[] = groups.map((picks, i) => ({
      nama: SASARAN[i % SASARAN.length]!,
      indikator: picks.map((p): Indikator => ({ ...INDIKATOR[p]!, id: `acak.${n++}` })),
    }));
    return { ...base, kode: "ACAK", sasaran };
  });

describe("pemisah halaman pada jabatan acak", () => {
  test("tidak ada halaman yang berhenti lebih awal, tidak ada baris sendirian di halaman tanda tangan", () => {
    fc.assert(
      fc.property(jabatanArb, fc.constantFrom<Periode>("tahunan", "triwulan"), (jabatan, periode) => {
        const plan = jabatanSheet(EXAMPLE_CATALOG.instansi, jabatan, 2027, periode);
        expect(problems(plan, pageBreaks(plan, rowHeightsPt(plan), PAGE))).toEqual([]);
        // As written: a sasaran cut by a break may need a taller row; the breaks hold with those heights.
        const layout = printLayout(plan, PAGE);
        expect(problems(plan, layout.pageBreaks, layout.heights)).toEqual([]);
      }),
      { numRuns: 150, seed: 10 },
    );
  });
});
