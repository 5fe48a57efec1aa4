/**
 * The year's figures of a triwulan row: the formula twin, evaluated by HyperFormula on
 * quarters laid out as on the sheet (a quarter's realisasi computed by its own twin, or
 * typed for nilai), agrees with the core rule on the same quarters, for every sifat and
 * jenis; and both give the worked examples computed by hand.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { JENIS, type Jenis, SIFAT_TRIWULAN, type SifatTriwulan } from "../../../src/core/catalog/model";
import { klaStatusFormula, percentFormula, tahunanDariKuartalFormulas } from "../../../src/core/formulas/twins";
import { BLANK } from "../../../src/core/rules/blank";
import { klaStatus } from "../../../src/core/rules/kla";
import { percent } from "../../../src/core/rules/percent";
import { CELL_MESSAGES, RuleProblem } from "../../../src/core/rules/problem";
import { type Kuartal, type Shown, tahunanDariKuartal } from "../../../src/core/rules/triwulan";
import { agree } from "../../support/hyperformula";

type Typed = number | string | null;
/** What a user typed in one quarter: pembilang, penyebut, and realisasi (nilai only). */
interface TypedQuarter {
  p: Typed;
  q: Typed;
  r: Typed;
}

const ENGINE = { licenseKey: "gpl-v3", smartRounding: false };
const col = (i: number) => String.fromCharCode(65 + i);
// Row 1: A–D pembilang, E–H penyebut, I–L the quarters' realisasi, M and N the year's pembilang and penyebut, O its realisasi.
const P = [0, 1, 2, 3].map((i) => `${col(i)}1`);
const Q = [4, 5, 6, 7].map((i) => `${col(i)}1`);
const R = [8, 9, 10, 11].map((i) => `${col(i)}1`);

/** The quarter's realisasi cell, as the sheet writes it for the jenis. */
function quarterCell(jenis: Jenis, t: TypedQuarter, i: number): Typed {
  if (jenis === "rasio") return percentFormula(P[i] as string, Q[i] as string);
  if (jenis === "status") return klaStatusFormula(P[i] as string);
  return t.r;
}

/** One engine for the file (building one per case is slow); each case replaces the sheet's content. */
const hf = HyperFormula.buildFromArray([[]], ENGINE);
afterAll(() => hf.destroy());

/** Evaluates the year's three cells in HyperFormula; null for a cell the twin says does not apply. */
function viaFormulas(sifat: SifatTriwulan, jenis: Jenis, quarters: TypedQuarter[]) {
  const f = tahunanDariKuartalFormulas(sifat, jenis, { pembilang: P, penyebut: Q, realisasi: R }, { pembilang: "M1", penyebut: "N1" });
  const row = [...quarters.map((t) => t.p), ...quarters.map((t) => t.q), ...quarters.map((t, i) => quarterCell(jenis, t, i))];
  hf.setSheetContent(0, [[...row, f.pembilang, f.penyebut, f.realisasi]]);
  const at = (c: number) => {
    const v = hf.getCellValue({ sheet: 0, row: 0, col: c });
    return v === null ? "" : v;
  };
  return { realisasi: at(14), pembilang: f.pembilang === null ? null : at(12), penyebut: f.penyebut === null ? null : at(13) };
}

const shown = (v: Typed): Shown => (v === null ? BLANK : v);

/** The quarter as the core rules compute it from what was typed: the percentage, the KLA status, or the typed value. */
function coreQuarter(jenis: Jenis, t: TypedQuarter): Kuartal {
  const message = (f: () => Shown): Shown => {
    try {
      return f();
    } catch (e) {
      if (e instanceof RuleProblem) return (CELL_MESSAGES as Record<string, string>)[e.code] ?? e.code;
      throw e;
    }
  };
  const text = (v: Typed) => typeof v === "string";
  const realisasi =
    jenis === "rasio"
      ? text(t.p) || text(t.q)
        ? CELL_MESSAGES.BUKAN_ANGKA
        : message(() => percent([t.p as number | null], [t.q as number | null]))
      : jenis === "status"
        ? text(t.p)
          ? CELL_MESSAGES.BUKAN_ANGKA
          : message(() => klaStatus(t.p as number | null))
        : shown(t.r);
  return { pembilang: shown(t.p), penyebut: shown(t.q), realisasi };
}

const viaRule = (sifat: SifatTriwulan, jenis: Jenis, quarters: TypedQuarter[]) =>
  tahunanDariKuartal(
    sifat,
    jenis,
    quarters.map((t) => coreQuarter(jenis, t)),
  );

function bothAgree(sifat: SifatTriwulan, jenis: Jenis, quarters: TypedQuarter[]) {
  const rule = viaRule(sifat, jenis, quarters);
  const cells = viaFormulas(sifat, jenis, quarters);
  agree(cells.realisasi, rule.realisasi);
  for (const key of ["pembilang", "penyebut"] as const) {
    expect(cells[key] === null).toBe(rule[key] === null);
    if (rule[key] !== null) agree(cells[key], rule[key]);
  }
  return rule;
}

const blank: TypedQuarter = { p: null, q: null, r: null };
const rasio = (p: Typed, q: Typed): TypedQuarter => ({ p, q, r: null });
const nilai = (r: Typed): TypedQuarter => ({ p: null, q: null, r });
const skor = (p: Typed): TypedQuarter => ({ p, q: null, r: null });

describe("worked example: rasio TW I 10 of 20 (50 %), TW II 45 of 60 (75 %)", () => {
  const quarters = [rasio(10, 20), rasio(45, 60), blank, blank];

  test("akhir: the latest quarter, 75, with its pembilang and penyebut", () => {
    expect(bothAgree("akhir", "rasio", quarters)).toEqual({ realisasi: 75, pembilang: 45, penyebut: 60 });
  });

  test("kumulatif: (10 + 45) / (20 + 60) × 100 = 68.75", () => {
    expect(bothAgree("kumulatif", "rasio", quarters)).toEqual({ realisasi: 68.75, pembilang: 55, penyebut: 80 });
  });

  test("rata-rata: (50 + 75) / 2 = 62.5; the year's pembilang and penyebut do not apply", () => {
    expect(bothAgree("rata-rata", "rasio", quarters)).toEqual({ realisasi: 62.5, pembilang: null, penyebut: null });
  });
});

describe("more examples by hand", () => {
  // Nilai 3, 5, —, 4: sum 12, mean of the three filled 4, latest 4.
  const angka = [nilai(3), nilai(5), blank, nilai(4)];

  test("nilai kumulatif sums the quarters: 3 + 5 + 4 = 12", () => {
    expect(bothAgree("kumulatif", "nilai", angka).realisasi).toBe(12);
  });

  test("nilai rata-rata: (3 + 5 + 4) / 3 = 4, the blank quarter left out", () => {
    expect(bothAgree("rata-rata", "nilai", angka).realisasi).toBe(4);
  });

  test("nilai akhir: the latest filled, 4", () => {
    expect(bothAgree("akhir", "nilai", angka)).toEqual({ realisasi: 4, pembilang: null, penyebut: null });
  });

  test.each(SIFAT_TRIWULAN)("status (%s): always the latest quarter, 550 → Pratama then 650 → Madya", (sifat) => {
    expect(bothAgree(sifat, "status", [skor(550), blank, skor(650), blank])).toEqual({
      realisasi: "Madya",
      pembilang: 650,
      penyebut: null,
    });
  });

  test.each(SIFAT_TRIWULAN)("no quarter filled (%s): blank", (sifat) => {
    for (const jenis of JENIS) expect(bothAgree(sifat, jenis, [blank, blank, blank, blank]).realisasi).toBe("");
  });

  test("a quarter with a message: kumulatif and rata-rata show it, akhir takes the latest", () => {
    const quarters = [rasio(10, 0), rasio(45, 60), blank, blank];
    expect(bothAgree("kumulatif", "rasio", quarters).realisasi).toBe("Penyebut 0");
    expect(bothAgree("rata-rata", "rasio", quarters).realisasi).toBe("Penyebut 0");
    expect(bothAgree("akhir", "rasio", quarters).realisasi).toBe(75);
  });

  test("a quarter half typed (pembilang only) is not filled in and adds nothing", () => {
    const quarters = [rasio(10, 20), rasio(45, 60), rasio(7, null), blank];
    expect(bothAgree("kumulatif", "rasio", quarters)).toEqual({ realisasi: 68.75, pembilang: 55, penyebut: 80 });
  });
});

describe("the twin agrees with the rule on many quarters", () => {
  const amount = fc.oneof(
    fc.constant(null),
    fc.constant(0),
    fc.integer({ min: 1, max: 500 }),
    // No subnormal quotients: a percentage beyond the largest double is the custom function's concern, not this rule's.
    fc.double({ min: 0.01, max: 1000, noNaN: true }),
  );
  const typed = (values: fc.Arbitrary<Typed>) => fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: fc.constant("abc") });
  const score = fc.oneof(amount, fc.constantFrom(-5, 1200, 500, 600.5, 900.01));
  const quarterOf = (jenis: Jenis): fc.Arbitrary<TypedQuarter> =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(blank) },
      {
        weight: 3,
        arbitrary:
          jenis === "rasio"
            ? fc.record({ p: typed(amount), q: typed(amount), r: fc.constant(null) })
            : jenis === "status"
              ? fc.record({ p: typed(score), q: fc.constant(null), r: fc.constant(null) })
              : fc.record({ p: fc.constant(null), q: fc.constant(null), r: typed(amount) }),
      },
    );
  const row = fc
    .tuple(fc.constantFrom(...SIFAT_TRIWULAN), fc.constantFrom(...JENIS))
    .chain(([sifat, jenis]) =>
      fc.tuple(fc.constant(sifat), fc.constant(jenis), fc.array(quarterOf(jenis), { minLength: 4, maxLength: 4 })),
    );

  test("every sifat × jenis", () => {
    fc.assert(
      fc.property(row, ([sifat, jenis, quarters]) => {
        bothAgree(sifat, jenis, quarters);
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
