/**
 * Where the offline workbook's pages break (src/offline/pages.ts): the table fills each
 * page, and the block under it (signature, REKAP averages) prints together with at least
 * the table's last two rows. Checked on the example year and on random jabatan.
 */
import fc from "fast-check";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { Indikator, Jabatan, Sasaran } from "../../src/core/catalog/model";
import { jabatanSheet } from "../../src/core/plan/jabatan-sheet";
import { PRINT_PAGE as PAGE, PRINT, printedRows } from "../../src/core/print/print";
import type { Periode, SheetPlan } from "../../src/core/sheet/types";
import { PERIODE } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { fitScale, rowHeightsPt } from "../../src/offline/xlsx/layout";
import { blockStart, pageBreaks, pageRoom, pageSpans, paginate, printLayout, signedRows } from "../../src/offline/xlsx/pages";
import { BESAR_COUNT, CATALOG_BESAR } from "../support/fixtures/catalog-besar";

const sum = (hs: readonly number[]) => hs.reduce((s, h) => s + h, 0);

/** What a sheet's pages hold, and why a rule is broken ("" when none is). */
function problems(plan: SheetPlan, breaks: readonly number[], heights: readonly number[] = rowHeightsPt(plan), scale?: number): string[] {
  const room = pageRoom(plan, heights, PAGE, scale);
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

  test("aturan lama (kelompok sasaran terakhir saja) gagal di SEKRETARIS: satu baris sendirian", () => {
    // What LibreOffice printed before: its own breaks, plus one before the last sasaran group.
    const old = (plan: SheetPlan, row: number) =>
      paginate(rowHeightsPt(plan), printedRows(plan), pageRoom(plan, rowHeightsPt(plan), PAGE), [row]);
    const sheets = year("tahunan");
    const sekretaris = sheets.find((s) => s.kode === "SEKRETARIS")!;
    expect(problems(sekretaris, old(sekretaris, sekretaris.table.lastRow))).toContain("blok di bawah tabel hanya bersama 1 baris tabel");
  });

  // With a place and date line the averages and signature no longer fit with the table's last rows (tahunan):
  // the averages then run on over the page break rather than begin a page under the indicator header.
  const DATED = { ...EXAMPLE_CATALOG, instansi: { ...EXAMPLE_CATALOG.instansi, tempatTanggal: "Sampang, 31 Desember 2027" } };
  test.each([
    ["contoh", EXAMPLE_CATALOG],
    ["contoh dengan tempat dan tanggal", DATED],
  ] as const)(
    "REKAP %s: halaman rata-rata dimulai dengan ≥ 2 baris terakhir tabel indikator; tanda tangan bersama ≥ 2 baris rata-rata",
    (_, catalog) => {
      for (const periode of PERIODE) {
        const rekap = buildYearPlan({ catalog, tahun: 2027, periode }).sheets.find((s) => s.kind === "rekap")!;
        const title = rekap.cells.findIndex((row) => row.some((c) => c.value === "RATA-RATA CAPAIAN PER JABATAN"));
        const nip = rekap.cells.findIndex((row) => row.some((c) => String(c.value ?? "").startsWith("NIP.")));
        const averages = { first: title + 2, last: title + 2 + catalog.jabatan.length - 1 };
        expect(signedRows(rekap)).toEqual({ headerRow: title, firstRow: averages.first, lastRow: averages.last });
        const layout = printLayout(rekap, PAGE);
        const lastPage = Math.max(0, ...layout.pageBreaks);
        expect(nip).toBeGreaterThan(lastPage);
        // No page holds the repeated header over the averages' title: the indicator table's last two rows come along.
        const averagesPage = Math.max(0, ...layout.pageBreaks.filter((b) => b <= title));
        expect({ periode, averagesPage: averagesPage <= rekap.table.lastRow - 1 }).toEqual({ periode, averagesPage: true });
        expect({ periode, problems: problems(rekap, layout.pageBreaks, layout.heights, layout.scale) }).toEqual({ periode, problems: [] });
      }
    },
  );

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
        expect(problems(plan, layout.pageBreaks, layout.heights, layout.scale)).toEqual([]);
      }),
      { numRuns: 150, seed: 10 },
    );
  });
});

/** The printable height of a page, in points. */
const AVAILABLE = PAGE.height - (PAGE.margins.top + PAGE.margins.bottom) * 72;

describe("satu halaman bila seluruh lembar muat pada skala ≥ 80 % (teks isi ≥ 8 pt)", () => {
  test("REKAP satu jabatan (KABID REHSOS, 5 indikator): satu halaman, tanpa pemisah, skala 80–99 %", () => {
    const plan = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode: "tahunan", jabatan: ["KABID REHSOS"] });
    const rekap = plan.sheets.find((s) => s.kind === "rekap")!;
    const heights = rowHeightsPt(rekap);
    // At full width it is longer than a page: the old layout gave two pages, the first 40 % empty.
    expect(sum(heights.slice(0, printedRows(rekap)))).toBeGreaterThan(AVAILABLE);
    const layout = printLayout(rekap, PAGE);
    expect(layout.pageBreaks).toEqual([]);
    expect(layout.scale).toBeGreaterThanOrEqual(PRINT.minScale);
    expect(layout.scale).toBeLessThan(1);
    expect(sum(layout.heights.slice(0, printedRows(rekap))) * layout.scale).toBeLessThanOrEqual(AVAILABLE);
  });

  test("jabatan acak: skala tidak pernah di bawah 80 %; satu halaman hanya bila semuanya muat, selain itu lebar penuh", () => {
    fc.assert(
      fc.property(jabatanArb, fc.constantFrom<Periode>("tahunan", "triwulan"), (jabatan, periode) => {
        const plan = jabatanSheet(EXAMPLE_CATALOG.instansi, jabatan, 2027, periode);
        const layout = printLayout(plan, PAGE);
        const total = sum(layout.heights.slice(0, printedRows(plan)));
        expect(layout.scale).toBeGreaterThanOrEqual(PRINT.minScale);
        expect(layout.scale).toBeLessThanOrEqual(fitScale(plan, PAGE));
        if (layout.pageBreaks.length === 0) expect(total * layout.scale).toBeLessThanOrEqual(AVAILABLE);
        else {
          expect(layout.scale).toBe(fitScale(plan, PAGE));
          expect(total * PRINT.minScale).toBeGreaterThan(AVAILABLE * 0.97);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});

describe(`katalog besar (${BESAR_COUNT} jabatan)`, () => {
  test.each(PERIODE)("%s: setiap lembar, REKAP dan BUKTI mengikuti aturan halaman; REKAP berakhir dengan ≥ 2 baris tabel", (periode) => {
    const sheets = buildYearPlan({ catalog: CATALOG_BESAR, tahun: 2027, periode }).sheets;
    expect(sheets).toHaveLength(BESAR_COUNT + 2); // and the REKAP and BUKTI
    for (const plan of sheets) {
      const layout = printLayout(plan, PAGE);
      expect({ sheet: plan.name, problems: problems(plan, layout.pageBreaks, layout.heights, layout.scale) }).toEqual({
        sheet: plan.name,
        problems: [],
      });
    }
    const rekap = sheets.find((s) => s.kind === "rekap")!;
    const layout = printLayout(rekap, PAGE);
    expect(layout.pageBreaks.length).toBeGreaterThan(5);
    // The averages (30 rows) run over a page; the page where they begin starts with the indicator table's last two rows.
    const title = signedRows(rekap).headerRow;
    expect(Math.max(...layout.pageBreaks.filter((b) => b <= title))).toBeLessThanOrEqual(rekap.table.lastRow - 1);
  });
});
