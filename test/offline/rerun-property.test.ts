/**
 * Property: whatever a user types into the offline workbook (its jabatan sheets and BUKTI sheet) and however they edit
 * it (rows inserted, deleted or sorted, the hidden id column deleted, computed
 * cells typed over, the sheet renamed in another case), running the command again
 * for the same year keeps every typed value: the multiset of typed values before
 * equals the multiset found afterwards, in place plus in the moved-aside section. With
 * catalog edits between the runs (texts, signatory, targets, rows added, retired,
 * reordered, jenis, polaritas, sifat), the same holds against the edited catalog's form:
 * nothing the command wrote is left behind or moved aside as if typed (its record).
 */

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { ASIDE_HEADER, ASIDE_TITLE } from "../../src/core/carry/carry";
import { EXAMPLE_CATALOG, kodeJabatan } from "../../src/core/catalog";
import { ALL_CATALOG_SHEETS } from "../../src/core/catalog/tables";
import { sheetKey } from "../../src/core/naming";
import { TITLE } from "../../src/core/plan/jabatan-sheet";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { renderCatalogSheets } from "../../src/offline/xlsx/catalog-sheets";
import { oldSheetOf } from "../../src/offline/xlsx/read-workbook";
import { applyCatalogEdit, type CatalogEdit, catalogEdit } from "../support/catalog-edits";
import { planOf, readBook, runCli } from "./helpers";
import { deleteColumn, deleteRow, insertRows, sortRows } from "./sheet-edits";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

const TAHUN = 2027;
const root = mkdtempSync(join(tmpdir(), "iki-rerun-prop-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Value = string | number | boolean;

/** Text that looks like the form's own: header words, numbering, title. */
const FORM_WORDS = [
  "Target",
  "target",
  " Target ",
  "No",
  "1",
  "2",
  "Realisasi",
  "Satuan",
  "Keterangan",
  "Predikat",
  "Capaian (%)",
  "Sangat Baik",
  `TAHUN ${TAHUN}`,
  String(TAHUN),
  TITLE,
  "1. JABATAN",
  "Tahunan",
  "TW I",
];
const ODD = [
  "=1+1",
  "#N/A",
  "TRUE",
  "'",
  "  spasi di tepi  ",
  "baris\nbaru",
  "tab\tdi tengah",
  "Ümlaut é 漢字 😀",
  "0",
  "-0",
  "1e3",
  "12,5",
  "<b>&amp;</b>",
  '"kutip"',
];
const CHARS = [..."aZ09 .,;:-_/()%\"'#=+é漢😀\n"];

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: 1, max: 14 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...FORM_WORDS),
  fc.constantFrom(...ODD),
  fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
  fc.boolean(),
);

const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const edit = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    sheet: at,
    at,
    count: fc.integer({ min: 1, max: 3 }),
    typed: fc.array(fc.tuple(at, value), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), sheet: at, at }),
  fc.record({ kind: fc.constant("sort" as const), sheet: at, keys: fc.array(at, { minLength: 30, maxLength: 30 }) }),
  fc.record({ kind: fc.constant("deleteId" as const), sheet: at }),
  fc.record({ kind: fc.constant("renameCase" as const), sheet: at }),
);
const scenario = fc.record({
  periode: fc.constantFrom("tahunan" as const, "triwulan" as const),
  jabatan: fc.shuffledSubarray([...KODE_JABATAN], { minLength: 1, maxLength: 2 }),
  inputs: fc.array(fc.tuple(at, at, value), { maxLength: 18 }),
  outside: fc.array(fc.record({ sheet: at, where: fc.constantFrom("below", "right"), r: at, c: at, value }), { maxLength: 9 }),
  overComputed: fc.array(fc.tuple(at, at, value), { maxLength: 5 }),
  edits: fc.array(edit, { maxLength: 6 }),
  catalog: fc.array(catalogEdit, { maxLength: 4 }),
});
type Scenario = Omit<typeof scenario extends fc.Arbitrary<infer T> ? T : never, "catalog"> & { catalog?: CatalogEdit[] };

const pick = <T>(items: readonly T[], x: number): T => items[Math.floor(x * items.length)] as T;
const keyOfValue = (v: unknown) => `${typeof v}:${String(v)}`;

/** A typed cell, followed through the edits (1-based position). */
interface Typed {
  sheet: number;
  row: number;
  col: number;
  value: Value;
}

/** Where the table of a jabatan sheet is now, after the edits so far (1-based). */
interface SheetState {
  ws: ExcelJS.Worksheet;
  first: number;
  last: number;
  idCol: number | null;
}

/** The first run's workbook per periode and jabatan, written once: every run copies it before typing. */
const pristines = new Map<string, Promise<string>>();
function pristine(periode: string, jabatan: string[]): Promise<string> {
  const key = `${periode}-${jabatan.join("+")}`;
  const made = pristines.get(key) ?? firstRun(periode, jabatan, join(root, "pristine", key));
  pristines.set(key, made);
  return made;
}
async function firstRun(periode: string, jabatan: string[], dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const ran = await runCli(["--tahun", String(TAHUN), "--periode", periode, "--jabatan", jabatan.join(","), "--tanpa-pdf"], dir);
  if (ran.code !== 0) throw new Error(ran.stderr.join("\n"));
  return join(dir, fileName(periode));
}
const fileName = (periode: string) => (periode === "triwulan" ? `IKI-${TAHUN}-triwulan.xlsx` : `IKI-${TAHUN}.xlsx`);

/** Types the scenario's values and applies its edits; returns the typed values still in the workbook. */
function typeAndEdit(book: ExcelJS.Workbook, sheets: SheetPlan[], s: Scenario): Value[] {
  const states: SheetState[] = sheets.map((p) => ({
    ws: book.getWorksheet(p.name)!,
    first: p.table.firstRow + 1,
    last: p.table.lastRow + 1,
    idCol: p.table.idColumn + 1,
  }));
  const typed = new Map<string, Typed>();
  const type = (sheet: number, row: number, col: number, v: Value) => {
    states[sheet]!.ws.getCell(row, col).value = v;
    typed.set(`${sheet},${row},${col}`, { sheet, row, col, value: v });
  };
  const cells = (p: SheetPlan, want: (r: number, c: number) => boolean) =>
    p.cells.flatMap((row, r) => row.flatMap((_, c) => (want(r, c) ? [[r + 1, c + 1] as const] : [])));
  const inputCells = sheets.map((p) =>
    p.inputs.flatMap((i) => cells(p, (r, c) => r >= i.row && r < i.row + i.rows && c >= i.col && c < i.col + i.cols)),
  );
  const computed = sheets.map((p) => cells(p, (r, c) => r >= p.table.firstRow && r <= p.table.lastRow && !!p.cells[r]?.[c]?.formula));

  for (const [sx, cx, v] of s.inputs) {
    const sheet = Math.floor(sx * sheets.length);
    const [row, col] = pick(inputCells[sheet]!, cx);
    type(sheet, row, col, v);
  }
  for (const o of s.outside) {
    const sheet = Math.floor(o.sheet * sheets.length);
    const p = sheets[sheet]!;
    const row = o.where === "below" ? p.cells.length + 2 + Math.floor(o.r * 5) : 1 + Math.floor(o.r * p.cells.length);
    const col = o.where === "below" ? 1 + Math.floor(o.c * (p.width + 2)) : p.width + 2 + Math.floor(o.c * 3);
    type(sheet, row, col, o.value);
  }
  for (const [sx, cx, v] of s.overComputed) {
    const sheet = Math.floor(sx * sheets.length);
    const [row, col] = pick(computed[sheet]!, cx);
    type(sheet, row, col, v);
  }

  // All moved first, then put back: a value moving into the place of one that goes must not be taken for it.
  const move = (sheet: number, f: (t: Typed) => Typed | null) => {
    const moved = [...typed].filter(([, t]) => t.sheet === sheet);
    for (const [key] of moved) typed.delete(key);
    for (const [, t] of moved) {
      const to = f(t);
      if (to) typed.set(`${to.sheet},${to.row},${to.col}`, to);
    }
  };
  for (const e of s.edits) {
    const sheet = Math.floor(e.sheet * sheets.length);
    const st = states[sheet]!;
    const rows = Math.max(st.ws.rowCount, st.last + 1);
    switch (e.kind) {
      case "insert": {
        const row = 1 + Math.floor(e.at * (rows + 1));
        const moved = [...typed.values()].filter((t) => t.sheet === sheet && t.row >= row);
        insertRows(st.ws, row, e.count);
        move(sheet, (t) => (moved.includes(t) ? { ...t, row: t.row + e.count } : t));
        // Above the table it moves down; inside it, the table grows.
        if (row <= st.first) st.first += e.count;
        if (row <= st.last) st.last += e.count;
        // A row the user added and typed into (not into a cell a merge now covers).
        for (const [cx, v] of e.typed) {
          const col = 1 + Math.floor(cx * st.ws.columnCount);
          if (!st.ws.getCell(row, col).isMerged) type(sheet, row, col, v);
        }
        break;
      }
      case "delete": {
        const row = 1 + Math.floor(e.at * rows);
        deleteRow(st.ws, row);
        move(sheet, (t) => (t.row === row ? null : t.row > row ? { ...t, row: t.row - 1 } : t));
        if (row < st.first) st.first--;
        if (row <= st.last) st.last--;
        break;
      }
      case "sort": {
        if (st.last <= st.first) break;
        const rowsToSort = Array.from({ length: st.last - st.first + 1 }, (_, i) => st.first + i);
        const order = [...rowsToSort].sort((a, b) => (e.keys[a % 30] as number) - (e.keys[b % 30] as number) || a - b);
        sortRows(st.ws, st.first, st.last, order);
        move(sheet, (t) => (t.row >= st.first && t.row <= st.last ? { ...t, row: st.first + order.indexOf(t.row) } : t));
        break;
      }
      case "deleteId": {
        if (st.idCol === null) break;
        const col = st.idCol;
        deleteColumn(st.ws, col);
        move(sheet, (t) => (t.col > col ? { ...t, col: t.col - 1 } : t));
        st.idCol = null;
        break;
      }
      case "renameCase": {
        const name = st.ws.name === st.ws.name.toLowerCase() ? st.ws.name.toUpperCase() : st.ws.name.toLowerCase();
        st.ws.name = "sementara"; // ExcelJS refuses a name equal to its own in another case
        st.ws.name = name;
        break;
      }
    }
  }
  // The edits themselves lose nothing: every typed value is where we think it is.
  for (const t of typed.values()) expect([t.row, t.col, states[t.sheet]!.ws.getCell(t.row, t.col).value]).toEqual([t.row, t.col, t.value]);
  return [...typed.values()].map((t) => t.value);
}

/** Values in a written sheet that are not the form's own: typed values kept in place, and the moved-aside ones. */
function typedAfter(ws: ExcelJS.Worksheet, plan: SheetPlan): Value[] {
  const { values, formulas } = oldSheetOf(ws);
  const key = (v: unknown) => String(v).replace(/\s+/g, " ").trim().toLowerCase();
  const asideStart = values.findIndex((row) => row.some((v) => key(v) === key(ASIDE_TITLE)));
  const end = asideStart < 0 ? values.length : asideStart;
  const found: Value[] = [];
  const input = (r: number, c: number) => plan.inputs.some((i) => r >= i.row && r < i.row + i.rows && c >= i.col && c < i.col + i.cols);
  for (let r = 0; r < end; r++) {
    (values[r] ?? []).forEach((v, c) => {
      if (v === "" || formulas[r]?.[c]) return;
      const own = plan.cells[r]?.[c];
      // An input cell is typed unless it holds the form's own fill (a target from the catalog).
      const prefilled = own && !own.formula && own.value !== undefined && key(own.value) === key(v);
      if ((input(r, c) && !prefilled) || !own || own.formula || key(own.value) !== key(v)) found.push(v as Value);
    });
  }
  if (asideStart >= 0) {
    const header = values.findIndex((row, r) => r > asideStart && row.some((v) => key(v) === key(ASIDE_HEADER[2])));
    const col = (values[header] ?? []).findIndex((v) => key(v) === key(ASIDE_HEADER[2]));
    for (let r = header + 1; r < values.length; r++) if (values[r]?.[col] !== "") found.push(values[r]![col] as Value);
  }
  return found;
}

/** Cases once lost, always tried first. */
const EXAMPLES: Scenario[] = [
  // A target set in the catalog for an indicator of a jabatan not chosen (found by the catalog edits).
  {
    periode: "tahunan",
    jabatan: ["KABID PPPA"],
    inputs: [],
    outside: [],
    overComputed: [],
    edits: [],
    catalog: [{ kind: "target", pick: 165256603, value: 1 }],
  },
  // A catalog edit between the runs: an indicator's text, a Plt. signatory; a typed value on the form.
  {
    periode: "tahunan",
    jabatan: ["KADIS"],
    inputs: [[0, 0, 5]],
    outside: [{ sheet: 0, where: "below", r: 0, c: 0.1, value: "catatan" }],
    overComputed: [],
    edits: [],
    catalog: [
      { kind: "teks", pick: 0, field: "nama" },
      { kind: "penandatangan", nama: "Dra. SITI AMINAH, M.Si.", status: "Plt." },
    ],
  },
  // A sort that leaves the sasaran merge where it was: the sasaran text lands in another row (found with the record).
  {
    periode: "tahunan",
    jabatan: ["KABID REHSOS"],
    inputs: [],
    outside: [],
    overComputed: [],
    edits: [
      {
        kind: "sort",
        sheet: 0,
        keys: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6.4287971360945095e-130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      },
    ],
  },
  // Typed right of the form's title rows, then the title row deleted (found with the record).
  {
    periode: "tahunan",
    jabatan: ["SEKRETARIS"],
    inputs: [],
    outside: [
      { sheet: 0, where: "right", r: 0.04, c: 0, value: "a" },
      { sheet: 0, where: "right", r: 0, c: 0, value: 1 },
    ],
    overComputed: [],
    edits: [{ kind: "delete", sheet: 0, at: 0 }],
  },
  {
    periode: "tahunan",
    jabatan: ["SEKRETARIS"],
    inputs: [],
    outside: [
      { sheet: 0, where: "right", r: 0.04, c: 0, value: "a" },
      { sheet: 0, where: "right", r: 0, c: 0, value: 0 },
    ],
    overComputed: [],
    edits: [{ kind: "delete", sheet: 0, at: 0 }],
  },
  // Text equal to a header word, below the form.
  {
    periode: "tahunan",
    jabatan: ["KADIS"],
    inputs: [],
    outside: [{ sheet: 0, where: "below", r: 0, c: 0.1, value: "Target" }],
    overComputed: [],
    edits: [],
  },
  // Numbers equal to the form's numbering typed into inputs, then the id column deleted.
  {
    periode: "triwulan",
    jabatan: ["KADIS"],
    inputs: [
      [0, 0, 5],
      [0, 0.5, 1],
      [0, 0.9, "Target"],
    ],
    outside: [],
    overComputed: [[0, 0.3, 3]],
    edits: [{ kind: "deleteId", sheet: 0 }],
  },
  // Nothing typed where a page break repeats a sasaran (a print-only copy, not a typed value).
  { periode: "tahunan", jabatan: ["KABID REHSOS"], inputs: [], outside: [], overComputed: [], edits: [] },
];

// IKI_RUNS=400 npx jest test/offline/rerun-property for a longer search.
test("menjalankan lagi setelah isian dan suntingan acak: tidak ada nilai ketikan yang hilang", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const source = await pristine(s.periode, s.jabatan);
      const dir = join(root, `run${++run}`);
      mkdirSync(dir);
      const path = join(dir, fileName(s.periode));
      copyFileSync(source, path);
      const plan = planOf(TAHUN, s.periode, s.jabatan);
      // Typed into and edited: the jabatan sheets and the BUKTI sheet (links, checks, notes).
      const typedSheets = plan.sheets.filter((p) => p.kind === "jabatan" || p.kind === "bukti");

      const book = await readBook(path);
      const before = typeAndEdit(book, typedSheets, s);
      // The secretariat edits the catalog in the workbook: its sheets as the edited catalog writes them.
      const catalog = (s.catalog ?? []).reduce((c, e) => applyCatalogEdit(c, e), EXAMPLE_CATALOG);
      if (catalog !== EXAMPLE_CATALOG) {
        for (const name of ALL_CATALOG_SHEETS) book.removeWorksheet(book.getWorksheet(name)!.id);
        renderCatalogSheets(book, catalog, TAHUN);
      }
      const expected =
        catalog === EXAMPLE_CATALOG ? plan : buildYearPlan({ catalog, tahun: TAHUN, periode: s.periode, jabatan: s.jabatan });
      await book.xlsx.writeFile(path);

      // Twice: what the first re-run moved aside is carried along by the next one too.
      for (let again = 0; again < 2; again++) {
        const ran = await runCli(["--tahun", String(TAHUN), "--periode", s.periode, "--jabatan", s.jabatan.join(","), "--tanpa-pdf"], dir);
        expect(ran.stderr).toEqual([]);
        expect(ran.code).toBe(0);
        const after = await readBook(path);
        const found = expected.sheets.flatMap((p) => {
          const ws = after.worksheets.find((w) => sheetKey(w.name) === sheetKey(p.name));
          return ws ? typedAfter(ws, p) : [];
        });
        expect(found.map(keyOfValue).sort()).toEqual(before.map(keyOfValue).sort());
      }
    }),
    // A fixed seed, so CI is the same run every time; IKI_SEED=<n> explores others (IKI_RUNS=<n> runs).
    { numRuns: Number(process.env.IKI_RUNS ?? 16), seed: Number(process.env.IKI_SEED ?? 2027), examples: EXAMPLES.map((e) => [e]) },
  );
  // A hang guard, not a speed limit: each run writes and reads a whole workbook (slow on a busy 2-core machine).
}, 600_000);
