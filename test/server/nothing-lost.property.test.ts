/**
 * Nothing typed is ever lost, through scaffoldYear on the SpreadsheetApp fake: a
 * year's sheets are made, a user types into input, computed and empty cells of a
 * jabatan sheet, the REKAP and the BUKTI sheet, inserts, deletes and sorts rows, deletes the hidden
 * id column, changes the tab's case, maybe switches the periode; the button again.
 * The multiset of typed values before equals what the sheets hold beyond a fresh
 * form (in place and moved aside), and the answer's counts add up to it.
 */

import fc from "fast-check";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog } from "../support/catalog-fake";
import { readGrid, writeGrid } from "../support/fake-grid";
import { type FakeSheet, type FakeSpreadsheetApp, renameSheet } from "../support/fakes/spreadsheet-app";
import { applyEdit, edit, editTargets, gridOf, minus, multiset, sheetValues, typedValues } from "../support/typed-grid";

const KODE = ["KADIS", "SEKRETARIS", "KASUBAG UMUM", "KABID REHSOS", "KABID LINJAMSOS", "KABID DAYASOS", "KABID PPPA"] as const;
const PERIODES = ["tahunan", "triwulan"] as const;

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

/** A sheet by name in any case, as Sheets matches names (the user may have changed the tab's case). */
function sheetOf(fake: FakeSpreadsheetApp, name: string): FakeSheet {
  const sheet = fake.spreadsheet.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A sheet's values beyond the fresh form of the same plan: what users typed, in place or moved aside. */
function beyondForm(fake: FakeSpreadsheetApp, fresh: FakeSpreadsheetApp, name: string): Map<string, number> {
  return minus(multiset(sheetValues(readGrid(sheetOf(fake, name)).values)), multiset(sheetValues(readGrid(sheetOf(fresh, name)).values)));
}

/** The fresh form of a request, made once per periode and jabatan (read only): what a re-run's sheets hold beyond it is typed. */
const freshForms = new Map<string, FakeSpreadsheetApp>();
function freshForm(periode: (typeof PERIODES)[number], kode: string): FakeSpreadsheetApp {
  const key = `${periode} ${kode}`;
  let fresh = freshForms.get(key);
  if (!fresh) {
    fresh = fakeWithCatalog();
    ok(scaffoldYear({ tahun: 2027, periode, jabatan: [kode] }, fresh.services()));
    freshForms.set(key, fresh);
  }
  return fresh;
}

describe("scaffoldYear property: every typed value survives a re-run", () => {
  it("random typing and edits on a jabatan sheet, the REKAP and the BUKTI sheet, then the button again", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KODE),
        fc.constantFrom(...PERIODES),
        fc.constantFrom(...PERIODES),
        fc.array(edit, { minLength: 1, maxLength: 20 }),
        fc.array(edit, { maxLength: 6 }),
        fc.boolean(),
        fc.array(edit, { maxLength: 10 }),
        (kode, periode, again, jabatanEdits, rekapEdits, lowerCase, buktiEdits) => {
          const fake = fakeWithCatalog();
          ok(scaffoldYear({ tahun: 2027, periode, jabatan: [kode] }, fake.services()));
          const plans = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode, jabatan: [kode] }).sheets;
          const typed: unknown[] = [];
          (
            [
              [plans[0], jabatanEdits],
              [plans[1], rekapEdits],
              [plans[2], buktiEdits],
            ] as [SheetPlan, typeof jabatanEdits][]
          ).forEach(([plan, edits]) => {
            const sheet = sheetOf(fake, plan.name);
            const grid = gridOf(readGrid(sheet), plan.cells.length + 4, plan.width + 3);
            const at = editTargets(plan);
            for (const e of edits) applyEdit(grid, e, at);
            writeGrid(sheet, grid, at.idColumn === null);
            typed.push(...typedValues(grid));
          });
          const name = plans[0]?.name as string;
          if (lowerCase) renameSheet(fake, name, name.toLowerCase());

          const result = ok(scaffoldYear({ tahun: 2027, periode: again, jabatan: [kode] }, fake.services()));
          expect(result.lembarLama).toEqual([]);
          const fresh = freshForm(again, kode);
          const after = new Map<string, number>();
          for (const plan of plans) for (const [k, n] of beyondForm(fake, fresh, plan.name)) after.set(k, (after.get(k) ?? 0) + n);
          expect(after).toEqual(multiset(typed));
          expect(result.nilaiDipertahankan + result.nilaiDipindahkan).toBe(typed.length);
        },
      ),
      {
        numRuns: 60,
        seed: 11,
        // Counterexamples found on other seeds, kept: header rows and the id column deleted across a periode switch.
        examples: [
          [
            "KADIS",
            "triwulan",
            "tahunan",
            [
              { kind: "insertRow", pick: 394434750 },
              { kind: "deleteRow", pick: 635361326 },
              { kind: "deleteRow", pick: 0 },
            ],
            [],
            false,
            [],
          ],
          ["KABID DAYASOS", "tahunan", "triwulan", [{ kind: "deleteRow", pick: 1676019651 }, { kind: "deleteIdColumn" }], [], false, []],
          ["KADIS", "triwulan", "tahunan", [{ kind: "type", spot: "input", pick: 0, value: false }], [], false, []],
        ],
      },
    );
  });
});
