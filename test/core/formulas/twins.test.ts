/**
 * The formula twins, evaluated by a real formula engine (HyperFormula), must agree
 * with the custom functions on the same inputs: same number, same text, blank for
 * blank, and where the custom function refuses the input, the cell shows the short
 * message of the same problem code.
 */
import { HyperFormula } from "hyperformula";
import {
  capaianFormula,
  klaCapaianFormula,
  klaStatusFormula,
  latestFilledFormula,
  percentFormula,
  predikatFormula,
} from "../../../src/core/formulas/twins";
import { KLA_STATUS, klaCapaian } from "../../../src/core/rules/kla";
import { latestFilled } from "../../../src/core/rules/latest";
import { CELL_MESSAGES } from "../../../src/core/rules/problem";
import { ArgumentError } from "../../../src/functions/cells";
import { CUSTOM_FUNCTIONS } from "../../../src/functions/definitions";
import { agree } from "../../support/hyperformula";

type Input = number | string | boolean | null;

/** smartRounding off: compare full doubles, as Sheets keeps them. */
const ENGINE = { licenseKey: "gpl-v3", smartRounding: false };

const fn = (name: string) => {
  const def = CUSTOM_FUNCTIONS.find((d) => d.name === name);
  if (!def) throw new Error(name);
  return def.run;
};

/** What the cell should show: the custom function's value, or the message of its problem code. */
function expected(name: string, args: Input[]): unknown {
  try {
    return fn(name)(...args.map((a) => (a === null ? "" : a)));
  } catch (e) {
    if (!(e instanceof ArgumentError) || !e.code) throw e;
    return (CELL_MESSAGES as Record<string, string>)[e.code] ?? `unexpected code ${e.code}`;
  }
}

/** One engine for the file (building one per case was most of this file's time); each case replaces the sheet's content. */
const engine = HyperFormula.buildEmpty(ENGINE);
const SHEET = engine.getSheetId(engine.addSheet("S")) as number;
afterAll(() => engine.destroy());

/** Puts inputs in A1, B1, … of the sheet emptied of the last case, the formula in the next cell, and reads the result. */
function evaluate(inputs: Input[], formula: (refs: string[]) => string): unknown {
  const refs = inputs.map((_, i) => `${String.fromCharCode(65 + i)}1`);
  engine.setSheetContent(SHEET, [[...inputs, formula(refs)]]);
  const value = engine.getCellValue({ sheet: SHEET, row: 0, col: inputs.length });
  return value === null ? "" : value;
}

const numbers: Input[] = [null, 0, -10, 0.5, 45, 60, 100, 120];
const hostile: Input[] = [...numbers, "abc", true];

const pairs = (xs: Input[], ys: Input[]) => xs.flatMap((x) => ys.map((y) => [x, y] as [Input, Input]));

describe("percent twin", () => {
  test.each(pairs(hostile, hostile))("pembilang %p, penyebut %p", (p, q) => {
    agree(
      evaluate([p, q], ([a, b]) => percentFormula(a as string, b as string)),
      expected("IKI_PERCENT", [p, q]),
    );
  });

  test("sums ranges and ignores blanks", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [45, 60, percentFormula("A1:A3", "B1:B3")],
        [null, null],
        [15, 20],
      ],
      ENGINE,
    );
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(75, 9);
    expect(fn("IKI_PERCENT")([[45], [""], [15]], [[60], [""], [20]])).toBeCloseTo(75, 9);
  });
});

describe("capaian twin", () => {
  for (const polaritas of ["positif", "negatif"] as const) {
    test.each(pairs(numbers, hostile))(`${polaritas}: realisasi %p, target %p`, (r, t) => {
      agree(
        evaluate([r, t], ([a, b]) => capaianFormula(a as string, b as string, polaritas)),
        expected("IKI_CAPAIAN", [r, t, polaritas]),
      );
    });

    test.each(["abc", true] as Input[])(`${polaritas}: a computed realisasi that is text (%p) leaves the capaian blank`, (r) => {
      expect(evaluate([r, 100], ([a, b]) => capaianFormula(a as string, b as string, polaritas))).toBe("");
      expect(() => fn("IKI_CAPAIAN")(r, 100, polaritas)).toThrow(/realisasi/);
    });
  }
});

describe("predikat twin", () => {
  const capaian: Input[] = [null, 0, 50, 50.0001, 65, 65.5, 75, 75.01, 90, 90.0001, 150, -3];
  for (const skala of ["baik", "tinggi"] as const) {
    test.each(capaian)(`${skala}: capaian %p`, (c) => {
      agree(
        evaluate([c], ([a]) => predikatFormula(a as string, skala)),
        expected("IKI_PREDIKAT", [c, skala]),
      );
    });
  }

  test('a blank capaian gets no predikat, although "" >= 91 is TRUE in spreadsheets', () => {
    const blankCapaian = '=""';
    expect(evaluate([blankCapaian], ([a]) => `=${a}>=91`)).toBe(true);
    expect(evaluate([blankCapaian], ([a]) => predikatFormula(a as string))).toBe("");
    expect(evaluate([null], ([a]) => predikatFormula(a as string))).toBe("");
    expect(evaluate([CELL_MESSAGES.TARGET_TIDAK_POSITIF], ([a]) => predikatFormula(a as string))).toBe("");
  });
});

describe("KLA status twin", () => {
  const scores: Input[] = [null, 0, 499.99, 500, 600, 600.5, 700, 700.1, 800, 800.1, 900, 900.01, 1000, 1000.5, -1, "abc", true];
  test.each(scores)("nilai %p", (n) => {
    agree(
      evaluate([n], ([a]) => klaStatusFormula(a as string)),
      expected("KLA_STATUS", [n]),
    );
  });
});

describe("KLA capaian twin", () => {
  const statuses: Input[] = [null, ...KLA_STATUS];
  test.each(pairs(statuses, statuses))("realisasi %p, target %p", (r, t) => {
    const want = klaCapaian((r ?? "") as never, (t ?? "") as never);
    agree(
      evaluate([r, t], ([a, b]) => klaCapaianFormula(a as string, b as string)),
      want,
    );
  });

  test("a message in the realisasi cell gives no capaian", () => {
    expect(evaluate([CELL_MESSAGES.BUKAN_ANGKA, "Pratama"], ([a, b]) => klaCapaianFormula(a as string, b as string))).toBe("");
  });
});

describe("latest quarter twin", () => {
  const cases: Input[][] = [
    [null, null, null, null],
    [10, null, null, null],
    [10, 20, null, null],
    [10, null, 30, null],
    [10, 20, 30, 40],
    [null, null, null, "Madya"],
    [0, null, null, null],
  ];
  test.each(cases)("quarters %p %p %p %p", (...quarters) => {
    agree(
      evaluate(quarters, (refs) => latestFilledFormula(refs)),
      latestFilled(quarters),
    );
  });
});
