/**
 * A year's sheets follow the catalog, through scaffoldYear on the SpreadsheetApp fake: a year is made,
 * a user types and edits (as in nothing-lost.property.test.ts), the secretariat edits the catalog
 * (texts, signatory, targets, rows added, retired, reordered, jenis, polaritas, sifat), the button
 * again. Then every typed value is there (in place or moved aside), the moved-aside section holds
 * typed values only, and every other cell is the fresh form of the edited catalog.
 */
import fc from "fast-check";
import { writeCatalogSheets } from "../../src/adapters/sheets/catalog-write";
import { type Catalog, EXAMPLE_CATALOG } from "../../src/core/catalog";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildYearPlan } from "../../src/core/year/year-plan";
import { scaffoldYear } from "../../src/server/scaffold-year";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { applyCatalogEdit, catalogEdit } from "../support/catalog-edits";
import { CATALOG_SHEET_NAMES, fakeWithCatalog } from "../support/catalog-fake";
import { readGrid, writeGrid } from "../support/fake-grid";
import type { FakeSheet, FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import {
  applyEdit,
  asideValues,
  edit,
  editTargets,
  gridOf,
  minus,
  multiset,
  sheetValues,
  typedValues,
  valueKey,
} from "../support/typed-grid";

const PERIODES = ["tahunan", "triwulan"] as const;

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

function sheetOf(fake: FakeSpreadsheetApp, name: string): FakeSheet {
  const sheet = fake.spreadsheet.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The catalog sheets written anew from `catalog`: what a secretariat's edits in KATALOG, JABATAN and PENGATURAN come to. */
function replaceCatalog(fake: FakeSpreadsheetApp, catalog: Catalog): void {
  const sheets = fake.spreadsheet.sheets;
  for (let i = sheets.length - 1; i >= 0; i--) if (CATALOG_SHEET_NAMES.includes((sheets[i] as FakeSheet).name)) sheets.splice(i, 1);
  if (!writeCatalogSheets(fake.services(), catalog, [2026, 2027, 2028, 2029, 2030]).written) throw new Error("catalog not written");
}

describe("scaffoldYear property: catalog edits reach the sheets, typed values stay", () => {
  it("random user edits, random catalog edits, the button again (one jabatan, the REKAP, the BUKTI sheet)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: EXAMPLE_CATALOG.jabatan.length - 1 }),
        fc.constantFrom(...PERIODES),
        fc.constantFrom(...PERIODES),
        fc.array(edit, { maxLength: 12 }),
        fc.array(catalogEdit, { minLength: 1, maxLength: 5 }),
        fc.array(edit, { maxLength: 8 }),
        (which, periode, again, userEdits, catalogEdits, buktiEdits) => {
          const kode = EXAMPLE_CATALOG.jabatan[which]?.kode as string;
          const fake = fakeWithCatalog();
          ok(scaffoldYear({ tahun: 2027, periode, jabatan: [kode] }, fake.services()));
          const plans = buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027, periode, jabatan: [kode] }).sheets;
          const plan = plans[0] as SheetPlan;
          // What a user types (and how they edit rows) on the jabatan sheet and on the BUKTI sheet.
          const typeInto = (p: SheetPlan, edits: typeof userEdits) => {
            const sheet = sheetOf(fake, p.name);
            const grid = gridOf(readGrid(sheet), p.cells.length + 4, p.width + 3);
            const at = editTargets(p);
            for (const e of edits) applyEdit(grid, e, at);
            writeGrid(sheet, grid, at.idColumn === null);
            return typedValues(grid);
          };
          const typedList = typeInto(plan, userEdits);
          const buktiList = typeInto(plans[2] as SheetPlan, buktiEdits);
          const typedOn = new Map([
            [plan.name, multiset(typedList)],
            ["2027 REKAP", new Map<string, number>()],
            ["2027 BUKTI", multiset(buktiList)],
          ]);

          const catalog = catalogEdits.reduce((c, e) => applyCatalogEdit(c, e), EXAMPLE_CATALOG);
          replaceCatalog(fake, catalog);
          const result = ok(scaffoldYear({ tahun: 2027, periode: again, jabatan: [kode] }, fake.services()));
          const fresh = fakeWithCatalog(catalog);
          ok(scaffoldYear({ tahun: 2027, periode: again, jabatan: [kode] }, fresh.services()));

          for (const [name, typed] of typedOn) {
            const now = readGrid(sheetOf(fake, name));
            const form = readGrid(sheetOf(fresh, name));
            const beyond = minus(multiset(sheetValues(now.values)), multiset(sheetValues(form.values)));
            // Typed values stay on their sheet; the REKAP is all the add-on's.
            expect(beyond).toEqual(typed);
            expect(minus(multiset(asideValues(now.values)), typed)).toEqual(new Map());
            // Every cell of the fresh form holds the same, or a typed value kept in its place.
            const left = new Map(typed);
            form.values.forEach((row, r) =>
              row.forEach((v, c) => {
                const [nv, nf, ff] = [now.values[r]?.[c] ?? "", now.formulas[r]?.[c] ?? "", form.formulas[r]?.[c] ?? ""];
                if (nv === v && nf === ff) return;
                const k = valueKey(nv);
                expect([name, r, c, nf === "" && (left.get(k) ?? 0) > 0]).toEqual([name, r, c, true]);
                left.set(k, (left.get(k) ?? 0) - 1);
              }),
            );
          }
          expect(result.nilaiDipertahankan + result.nilaiDipindahkan).toBe(typedList.length + buktiList.length);
        },
      ),
      { numRuns: 25, seed: 27 },
    );
  });
});
