/**
 * The BUKTI sheet (src/core/rekap): a row per indicator and period for a triwulan and a tahunan year, its
 * inputs (links, Verifikasi, Catatan) and whose they are; the links rule; period ends; and the REKAP's
 * Bukti / Terverifikasi counts computed by a real formula engine (HyperFormula).
 */

import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { columnIndex } from "../../../src/core/plan/columns";
import { buktiPeriods, periodEndSerial, periodsDue } from "../../../src/core/rekap/bukti-periods";
import { BUKTI_AT, VERIFIKASI } from "../../../src/core/rekap/bukti-sheet";
import { isLinkList, LINKS_FORMULA, LINKS_PATTERN } from "../../../src/core/rekap/links";
import type { Periode, SheetPlan } from "../../../src/core/sheet/types";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { loadPlan } from "../../support/hyperformula";

const indikator = EXAMPLE_CATALOG.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => ({ kode: j.kode, i }))));
const bukti = (periode: Periode, tahun = 2027) =>
  buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun, periode }).sheets.find((s) => s.kind === "bukti") as SheetPlan;
const column = (plan: SheetPlan, key: string) => columnIndex(plan.table.columns, key);
const body = (plan: SheetPlan) => plan.cells.slice(plan.table.firstRow, plan.table.lastRow + 1);

describe("the BUKTI sheet's rows", () => {
  test("triwulan: five rows per indicator (TW I … TW IV, Tahunan), in catalog order; tahunan: one", () => {
    const tw = bukti("triwulan");
    expect(tw.name).toBe("2027 BUKTI");
    const rows = body(tw).map((r) => [r[column(tw, "jabatan")]?.value, r[column(tw, "indikator")]?.value, r[column(tw, "periode")]?.value]);
    expect(rows).toEqual(indikator.flatMap(({ kode, i }) => ["TW I", "TW II", "TW III", "TW IV", "Tahunan"].map((p) => [kode, i.nama, p])));
    const th = bukti("tahunan");
    expect(body(th).map((r) => [r[column(th, "indikator")]?.value, r[column(th, "periode")]?.value])).toEqual(
      indikator.map(({ i }) => [i.nama, "Tahunan"]),
    );
    // Numbered 1…n; each row's id is the indicator's and the period's, once.
    expect(body(tw).map((r) => r[0]?.value)).toEqual(rows.map((_, n) => n + 1));
    const ids = body(tw).map((r) => r[tw.table.idColumn]?.value);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(["tw1", "tw2", "tw3", "tw4", "tahunan"].map((p) => `${indikator[0]?.i.id}:${p}`));
  });

  test("inputs: Bukti Dukung of each jabatan its pengisi's (links), Verifikasi a dropdown, Catatan text; the rest protected", () => {
    const plan = bukti("triwulan");
    const links = plan.inputs.filter((a) => a.validation.kind === "links");
    // One area per jabatan (its rows run together), naming it.
    expect(links.map((a) => a.pengisi)).toEqual(EXAMPLE_CATALOG.jabatan.map((j) => j.kode));
    expect(links.reduce((n, a) => n + a.rows, 0)).toBe(indikator.length * 5);
    const verifikasi = plan.inputs.filter((a) => a.col === column(plan, "verifikasi"));
    expect(verifikasi).toEqual([
      expect.objectContaining({ rows: indikator.length * 5, validation: expect.objectContaining({ kind: "list", values: VERIFIKASI }) }),
    ]);
    expect(verifikasi[0]?.pengisi).toBeUndefined();
    expect(plan.hiddenColumns.map((c) => plan.table.columns[c]?.key)).toEqual(["id"]);
    const protectedCell = (r: number, c: number) =>
      plan.protectedAreas.some((a) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols);
    for (const a of plan.inputs) expect(protectedCell(a.row, a.col)).toBe(false);
    expect(protectedCell(plan.table.firstRow, column(plan, "indikator"))).toBe(true);
    expect(protectedCell(plan.table.firstRow, column(plan, "id"))).toBe(true);
  });
});

describe("links", () => {
  test.each([
    ["https://drive.google.com/drive/folders/abc", true],
    ["http://dinsos.sampangkab.go.id/laporan.pdf", true],
    ["https://a.id/1\nhttps://b.id/2", true],
    [" https://a.id/1 \n\n https://b.id/2 ", true],
    ["laporan TW I", false],
    ["https://a.id/1 dan https://b.id/2", false],
    ["https://a.id/1\nfolder arsip", false],
    ["ftp://a.id/x", false],
    ["javascript:alert(1)", false],
  ])("%j → %s", (text, ok) => {
    expect(isLinkList(text)).toBe(ok);
  });

  test("the Sheets rule checks the cell itself against the same pattern", () => {
    expect(LINKS_FORMULA).toBe(`=REGEXMATCH(INDIRECT("RC",FALSE),"${LINKS_PATTERN}")`);
    expect(LINKS_PATTERN).not.toContain('"');
  });
});

describe("periods", () => {
  test("TW I ends on 31 March: serial 46477 for 2027 (46388 is 1 January 2027)", () => {
    const [tw1, tw2, , tw4, year] = buktiPeriods("triwulan");
    expect(periodEndSerial(2027, tw1!)).toBe(46388 + 31 + 28 + 31 - 1);
    expect(periodEndSerial(2027, tw2!)).toBe(46388 + 181 - 1);
    expect(periodEndSerial(2027, tw4!)).toBe(46388 + 365 - 1);
    expect(periodEndSerial(2027, year!)).toBe(periodEndSerial(2027, tw4!));
    expect(periodEndSerial(2028, tw1!)).toBe(46388 + 365 + 31 + 29 + 31 - 1);
  });

  test("due once ended: none before 31 March, TW I on it, all four and the year on 31 December", () => {
    const keys = (m: number, d: number) => periodsDue(2027, "triwulan", { y: 2027, m, d }).map((p) => p.label);
    expect(keys(3, 30)).toEqual([]);
    expect(keys(3, 31)).toEqual(["TW I"]);
    expect(keys(10, 1)).toEqual(["TW I", "TW II", "TW III"]);
    expect(keys(12, 31)).toEqual(["TW I", "TW II", "TW III", "TW IV", "Tahunan"]);
    expect(periodsDue(2027, "tahunan", { y: 2028, m: 1, d: 2 }).map((p) => p.label)).toEqual(["Tahunan"]);
  });
});

describe("the REKAP's Bukti and Terverifikasi, computed by HyperFormula", () => {
  /** Typed into the BUKTI sheet: evidence and checks for the first indicator, by period row. */
  function typed(plan: SheetPlan, rows: Record<number, { bukti?: string; verifikasi?: string }>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [i, v] of Object.entries(rows)) {
      const row = plan.table.firstRow + Number(i);
      if (v.bukti) out[`${row},${BUKTI_AT.bukti}`] = v.bukti;
      if (v.verifikasi) out[`${row},${BUKTI_AT.verifikasi}`] = v.verifikasi;
    }
    return out;
  }

  test("a past year (2025, every period ended): evidence for 3 of 5 periods, 2 Sesuai; other indicators 0/5 and 0", () => {
    const year = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2025, periode: "triwulan" });
    const inputs = (sheet: SheetPlan) =>
      sheet.kind === "bukti"
        ? typed(sheet, {
            0: { bukti: "https://a.id/tw1", verifikasi: "Sesuai" },
            1: { bukti: "https://a.id/tw2", verifikasi: "Perlu perbaikan" },
            3: { bukti: "https://a.id/tw4", verifikasi: "Sesuai" },
            // The second indicator's TW I: not the first's.
            5: { bukti: "https://a.id/lain", verifikasi: "Sesuai" },
          })
        : {};
    const engine = loadPlan(year, inputs);
    const rekap = year.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    const at = (key: string) => columnIndex(rekap.table.columns, key);
    const first = rekap.table.firstRow;
    expect(engine.value(rekap.name, first, at("bukti"))).toBe("3/5");
    expect(engine.value(rekap.name, first, at("terverifikasi"))).toBe(2);
    expect(engine.value(rekap.name, first + 1, at("bukti"))).toBe("1/5");
    expect(engine.value(rekap.name, first + 1, at("terverifikasi"))).toBe(1);
    expect(engine.value(rekap.name, first + 2, at("bukti"))).toBe("0/5");
    expect(engine.value(rekap.name, first + 2, at("terverifikasi"))).toBe(0);
  });

  test("a year not begun (2030): nothing due yet, 0/0; a tahunan year counts its one period", () => {
    const future = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2030, periode: "triwulan" });
    const engine = loadPlan(future, (s) => (s.kind === "bukti" ? typed(s, { 0: { bukti: "https://a.id/x" } }) : {}));
    const rekap = future.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    expect(engine.value(rekap.name, rekap.table.firstRow, columnIndex(rekap.table.columns, "bukti"))).toBe("0/0");
    const past = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2025, periode: "tahunan" });
    const e2 = loadPlan(past, (s) => (s.kind === "bukti" ? typed(s, { 0: { bukti: "https://a.id/x", verifikasi: "Sesuai" } }) : {}));
    const r2 = past.sheets.find((s) => s.kind === "rekap") as SheetPlan;
    expect(e2.value(r2.name, r2.table.firstRow, columnIndex(r2.table.columns, "bukti"))).toBe("1/1");
    expect(e2.value(r2.name, r2.table.firstRow, columnIndex(r2.table.columns, "terverifikasi"))).toBe(1);
  });
});
