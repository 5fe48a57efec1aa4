import fc from "fast-check";
import { CUSTOM_FUNCTIONS, type CustomFunctionDef } from "../../src/functions/definitions";

/**
 * The contract of every custom function (issue 2, point 5), under hostile input:
 * either it throws an Error whose message starts with the function name (and names
 * one of its arguments), or it returns a value with no NaN, ±Infinity or undefined
 * anywhere, shaped like its arguments.
 */

const NUM_RUNS = 300;

// ---- arbitraries -------------------------------------------------------------

const nastyNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  5e-324,
  1e-300,
  -0,
  0,
  -1,
  -1e-9,
  1e-9,
  100.5,
  1000.5,
);

const plausibleNumber = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: -10, max: 1100 }),
  fc.double({ min: 0, max: 1000, noNaN: true }),
  fc.constantFrom(0, 1, 8.7, 45, 50, 60, 75, 90, 91.3, 100, 500, 600, 1000),
);

const word = fc.constantFrom(
  "",
  " ",
  "abc",
  "12",
  " 5 ",
  "1e3",
  "NaN",
  "Infinity",
  "positif",
  "negatif",
  " Negatif ",
  "naik",
  "baik",
  "tinggi",
  "TRUE",
  "#DIV/0!",
);

const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: plausibleNumber, weight: 6 },
  { arbitrary: fc.constant(""), weight: 3 },
  { arbitrary: nastyNumber, weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: word, weight: 2 },
  { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, new Date(Number.NaN), {}), weight: 1 },
);

/**
 * Mostly sensible cells with a hostile one now and then, so that the success path
 * (and its shape) is exercised as well as the error path: a call made only of
 * hostile cells nearly always throws at its first cell.
 */
const mildScalar: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: plausibleNumber, weight: 20 },
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: fc.constantFrom("positif", "negatif", "baik", "tinggi"), weight: 1 },
  { arbitrary: hostileScalar, weight: 1 },
);

/** Mild cells for the option arguments (polaritas, skala): mostly their words. */
const mildChoice: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom("positif", "negatif", "baik", "tinggi", ""), weight: 10 },
  { arbitrary: hostileScalar, weight: 1 },
);
const OPTION_PARAMS = new Set(["polaritas", "skala"]);

/** Rectangular 2-D array of the given shape. */
const matrixOf = (cell: fc.Arbitrary<unknown>, rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Anything that is not a well-formed range: ragged, empty, nested arrays. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>([], [[]], [[], []], [[1], []], [[[1]]], [[1, [2]]], [1, [2]], [[1, 2], [3]]),
  fc.array(fc.array(hostileScalar, { maxLength: 3 }), { maxLength: 4 }), // often ragged or empty
  fc.array(fc.array(fc.array(hostileScalar, { maxLength: 2 }), { maxLength: 2 }), { minLength: 1, maxLength: 2 }),
);

/** One argument, given the shape the other range arguments of this call are likely to share. */
const argumentFor = (cell: fc.Arbitrary<unknown>, rows: number, cols: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: cell, weight: 4 },
    { arbitrary: matrixOf(cell, rows, cols), weight: 4 },
    { arbitrary: matrixOf(cell, 1, 1), weight: 1 },
    { arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }), weight: 1 }, // 1-D: a row
    { arbitrary: fc.integer({ min: 1, max: 3 }).chain((r) => matrixOf(cell, r, r + 1)), weight: 1 }, // another shape
    { arbitrary: malformed, weight: 1 },
  );

const callArgs = (params: readonly string[]): fc.Arbitrary<unknown[]> =>
  fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: params.length }))
    .chain(([hostile, rows, cols, dropped]) =>
      // Sometimes leave the last argument out, as Sheets does for optional ones.
      fc.tuple(
        ...params
          .slice(0, params.length - (dropped === params.length ? 1 : 0))
          .map((name) => argumentFor(hostile ? hostileScalar : OPTION_PARAMS.has(name) ? mildChoice : mildScalar, rows, cols)),
      ),
    );

// ---- independent model of the expected shape ---------------------------------

type Shape = { rows: number; cols: number };

/** null: a single value; "bad": not a well-formed range; otherwise its shape. */
function shapeOf(value: unknown): Shape | null | "bad" {
  if (!Array.isArray(value)) return null;
  const matrix: unknown[] = value.every((r) => Array.isArray(r)) ? value : [value];
  const rows = matrix.length;
  if (rows === 0) return "bad";
  const cols = (matrix[0] as unknown[]).length;
  if (cols === 0) return "bad";
  for (const row of matrix as unknown[][]) {
    if (row.length !== cols) return "bad";
    if (row.some((cell) => Array.isArray(cell))) return "bad";
  }
  return { rows, cols };
}

/** What a successful element-wise call must return: a single value, or a 2-D array of this shape. */
function expectedShape(args: readonly unknown[]): Shape | null | "must-throw" {
  let shared: Shape | null = null;
  let anyRange = false;
  for (const a of args) {
    const s = shapeOf(a);
    if (s === "bad") return "must-throw";
    if (s === null) continue;
    anyRange = true;
    if (s.rows === 1 && s.cols === 1) continue; // broadcasts
    if (shared && (shared.rows !== s.rows || shared.cols !== s.cols)) return "must-throw";
    shared = shared ?? s;
  }
  if (!anyRange) return null;
  return shared ?? { rows: 1, cols: 1 };
}

// ---- checks ------------------------------------------------------------------

function describeArgs(args: readonly unknown[]): string {
  return fc.stringify(args);
}

/** No NaN, ±Infinity or undefined anywhere; cells are numbers or strings. */
function expectClean(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => expectClean(v, `${path}[${i}]`));
    return;
  }
  if (value === undefined) throw new Error(`undefined at ${path}`);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`${value} at ${path}`);
  if (typeof value !== "number" && typeof value !== "string") throw new Error(`${typeof value} at ${path}`);
}

function checkCall(def: CustomFunctionDef, args: unknown[], elementwise: boolean): void {
  let result: unknown;
  try {
    result = def.run(...args);
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`${def.name}${describeArgs(args)} threw a non-Error: ${String(e)}`);
    if (typeof e.message !== "string" || e.message.length === 0 || !e.message.startsWith(def.name)) {
      throw new Error(`${def.name}${describeArgs(args)} threw an Error without the function name: ${e.message}`);
    }
    if (!def.params.some((p) => e.message.includes(p.name))) {
      throw new Error(`${def.name}${describeArgs(args)} threw an Error naming no argument: ${e.message}`);
    }
    return;
  }
  try {
    expectClean(result, "result");
  } catch (e) {
    throw new Error(`${def.name}${describeArgs(args)} returned ${fc.stringify(result)}: ${(e as Error).message}`);
  }
  if (!elementwise) {
    // IKI_PERCENT sums its ranges: one value, whatever the shapes.
    if (Array.isArray(result)) throw new Error(`${def.name}${describeArgs(args)} returned an array`);
    if (args.some((a) => shapeOf(a) === "bad")) throw new Error(`${def.name}${describeArgs(args)} accepted a malformed range`);
    return;
  }
  const shape = expectedShape(args);
  if (shape === "must-throw") throw new Error(`${def.name}${describeArgs(args)} accepted malformed or mismatched ranges`);
  if (shape === null) {
    if (Array.isArray(result)) throw new Error(`${def.name}${describeArgs(args)} returned an array for single values`);
    return;
  }
  const ok =
    Array.isArray(result) && result.length === shape.rows && result.every((row) => Array.isArray(row) && row.length === shape.cols);
  if (!ok) {
    throw new Error(`${def.name}${describeArgs(args)} returned ${fc.stringify(result)}, expected ${shape.rows}×${shape.cols}`);
  }
}

// ---- the properties ----------------------------------------------------------

describe("every custom function under hostile arguments", () => {
  it("covers the seven functions", () => {
    expect(CUSTOM_FUNCTIONS.map((d) => d.name).sort()).toEqual(
      ["IDG", "IDG_EDEP", "IDG_INDEKS", "IKI_CAPAIAN", "IKI_PERCENT", "IKI_PREDIKAT", "KLA_STATUS"].sort(),
    );
  });

  for (const def of CUSTOM_FUNCTIONS) {
    const elementwise = def.name !== "IKI_PERCENT";
    it(`${def.name}: throws a named Error or returns a clean value of the arguments' shape`, () => {
      fc.assert(
        fc.property(callArgs(def.params.map((p) => p.name)), (args) => {
          checkCall(def, args, elementwise);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it("the model is exercised: some hostile calls succeed with 2-D results", () => {
    // Guards against an arbitrary that only ever produces errors.
    const capaian = CUSTOM_FUNCTIONS.find((d) => d.name === "IKI_CAPAIAN") as CustomFunctionDef;
    let twoD = 0;
    fc.assert(
      fc.property(callArgs(capaian.params.map((p) => p.name)), (args) => {
        try {
          if (Array.isArray(capaian.run(...args))) twoD++;
        } catch {
          /* counted elsewhere */
        }
      }),
      { numRuns: NUM_RUNS, seed: 42 },
    );
    expect(twoD).toBeGreaterThan(0);
  });
});
