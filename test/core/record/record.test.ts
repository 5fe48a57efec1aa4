/**
 * The record of what was written (src/core/record): read back exactly, refused whole when altered,
 * bounded by the cells not the texts, and the answer's words for what a catalog edit changed.
 */
import fc from "fast-check";
import { carryOver } from "../../../src/core/carry/carry";
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { catalogChanges } from "../../../src/core/record/changes";
import { cellHash } from "../../../src/core/record/hash";
import { decodeRecord, encodeRecord, RECORD_MAX_CHARS, recordOf, storedRecord } from "../../../src/core/record/record";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { applyCatalogEdit } from "../../support/catalog-edits";
import { bigCatalog } from "../../support/fixtures/big-catalog";

const sheets = (catalog: Catalog, periode: "tahunan" | "triwulan" = "tahunan") => buildYearPlan({ catalog, tahun: 2027, periode }).sheets;
const [kadis, , , , , , , rekap] = sheets(EXAMPLE_CATALOG) as SheetPlan[];

describe("cellHash", () => {
  it("is blank for a blank cell, 4 characters otherwise; a number and its text agree (Sheets reads 7 for '7')", () => {
    expect(cellHash("")).toBe("");
    expect(cellHash("  ")).toBe("");
    expect(cellHash("Target")).toMatch(/^[A-Za-z0-9_-]{4}$/);
    expect(cellHash(7)).toBe(cellHash("7"));
    expect(cellHash("Target")).not.toBe(cellHash("target"));
  });
  it("compares formulas by shape: Sheets moves references when rows are inserted", () => {
    expect(cellHash("", '=IF(G10="","",H10/G10*100)')).toBe(cellHash("", '=IF(G11="","",H11/G11*100)'));
    expect(cellHash("", "=G10+H10")).not.toBe(cellHash("", "=G10*H10"));
    // A formula and the text of a formula are different things.
    expect(cellHash("=G10+H10")).not.toBe(cellHash("", "=G10+H10"));
  });
});

describe("encodeRecord / decodeRecord", () => {
  it("reads back exactly what was stored, for every sheet of both periodes", () => {
    for (const plan of [...sheets(EXAMPLE_CATALOG), ...sheets(EXAMPLE_CATALOG, "triwulan")]) {
      const record = recordOf(plan);
      expect(decodeRecord(encodeRecord(record))).toEqual(record);
    }
  });

  it("refuses a record with any one character changed, cut short or lengthened (a damaged record is none)", () => {
    const stored = encodeRecord(recordOf(kadis as SheetPlan));
    fc.assert(
      fc.property(fc.nat({ max: stored.length - 1 }), fc.constantFrom(..."Aa0_-|/.~x9"), (at, ch) => {
        const changed = stored.slice(0, at) + ch + stored.slice(at + 1);
        if (changed !== stored) expect(decodeRecord(changed)).toBeNull();
      }),
      { numRuns: 300, seed: 3 },
    );
    expect(decodeRecord(stored.slice(0, -1))).toBeNull();
    expect(decodeRecord(`${stored}x`)).toBeNull();
    expect(decodeRecord(null)).toBeNull();
    expect(decodeRecord(42)).toBeNull();
    expect(decodeRecord("")).toBeNull();
  });

  it("is bounded by the cells, not the texts: 5,000-character texts make it no longer", () => {
    const long = structuredClone(EXAMPLE_CATALOG);
    for (const j of long.jabatan) for (const s of j.sasaran) for (const i of s.indikator) i.nama = i.nama.padEnd(5000, " panjang");
    expect(storedRecord(sheets(long)[0] as SheetPlan)?.length).toBe(storedRecord(kadis as SheetPlan)?.length);
  });

  it("is not kept past RECORD_MAX_CHARS (Google keeps 30,000 characters of metadata per sheet): a REKAP of 720 indicators", () => {
    const huge = sheets(bigCatalog(72, 10));
    const rekapPlan = huge.find((s) => s.kind === "rekap") as SheetPlan;
    expect(encodeRecord(recordOf(rekapPlan)).length).toBeGreaterThan(RECORD_MAX_CHARS);
    expect(storedRecord(rekapPlan)).toBeNull();
    expect(carryOver(rekapPlan, null).record).toBeNull();
    // A 30-jabatan REKAP keeps one.
    const big = sheets(bigCatalog());
    expect(storedRecord(big.find((s) => s.kind === "rekap") as SheetPlan)?.length).toBeLessThan(RECORD_MAX_CHARS);
  });
});

describe("catalogChanges: the answer's words", () => {
  const recorded = (plan: SheetPlan) => recordOf(plan);
  it("an indicator's text and the signatory", () => {
    const edited = applyCatalogEdit(applyCatalogEdit(EXAMPLE_CATALOG, { kind: "teks", pick: 0, field: "nama" }), {
      kind: "penandatangan",
      nama: "Dra. SITI AMINAH, M.Si.",
      status: "Plt.",
    });
    const [kadisNow, , , , , , , rekapNow] = sheets(edited) as SheetPlan[];
    expect(catalogChanges(recorded(kadis as SheetPlan), recordOf(kadisNow as SheetPlan))).toEqual(["teks 1 indikator", "penanda tangan"]);
    expect(catalogChanges(recorded(rekap as SheetPlan), recordOf(rekapNow as SheetPlan))).toEqual(["teks 1 indikator", "penanda tangan"]);
  });
  it("a target, an indicator added and one retired; nothing when nothing changed", () => {
    let edited = applyCatalogEdit(EXAMPLE_CATALOG, { kind: "target", pick: 0, value: 50 });
    edited = applyCatalogEdit(edited, { kind: "tambah", pick: 0 });
    const now = sheets(edited)[0] as SheetPlan;
    expect(catalogChanges(recorded(kadis as SheetPlan), recordOf(now))).toEqual(["1 target", "1 indikator baru"]);
    const retired = sheets(applyCatalogEdit(EXAMPLE_CATALOG, { kind: "pensiun", pick: 0 }))[0] as SheetPlan;
    expect(catalogChanges(recorded(kadis as SheetPlan), recordOf(retired))).toContain("1 indikator tidak berlaku lagi");
    expect(catalogChanges(recorded(kadis as SheetPlan), recordOf(kadis as SheetPlan))).toEqual([]);
  });
});
