/**
 * The catalog sheets are plans the existing renderers take as they are: the Sheets adapter's
 * grids keep formula-like text as text, and the offline workbook (ExcelJS) writes sheets that
 * read back as the same catalog — the path of `--katalog FILE.xlsx`.
 */
import ExcelJS from "exceljs";
import { sheetGrids } from "../../../../src/adapters/sheets/grids";
import { EXAMPLE_CATALOG } from "../../../../src/core/catalog/example";
import { type CatalogSheet, catalogTables, readCatalog } from "../../../../src/core/catalog/tables";
import type { SheetPlan } from "../../../../src/core/sheet/types";
import { renderSheet } from "../../../../src/offline/xlsx/workbook";
import { CATALOG_LAIN } from "../../../support/fixtures/catalog-lain";

/** Until SheetPlan's kind includes the catalog sheets, the renderers see them through this cast. */
const asSheetPlan = (sheet: CatalogSheet): SheetPlan => sheet.plan;

test("Sheets adapter grids: '=' text goes as it is into text-format (@) cells, no apostrophe; formats, notes and dropdowns are there", () => {
  const sheet = catalogTables(CATALOG_LAIN).KATALOG;
  const g = sheetGrids(asSheetPlan(sheet));
  const at = (text: string) => {
    const r = g.values.findIndex((row) => row.includes(text));
    return r < 0 ? null : g.numberFormats?.[r]?.[(g.values[r] as unknown[]).indexOf(text)];
  };
  // Written as typed, in a plain-text cell: Sheets keeps it text, and reads it back exactly.
  expect(at("=jumlah dokumen perencanaan dan pelaporan yang disusun")).toBe("@");
  expect(at("+ Surveilans")).toBe("@");
  expect(g.values.flat().filter((v) => typeof v === "string" && v.startsWith("'"))).toEqual([]);
  expect(g.numberFormats?.[1]?.[3]).toBe("@");
  expect(g.notes?.[0]?.[0]).toContain("JABATAN");
  expect(g.validations.some((v) => v.kind === "list" && v.values.includes("rata-rata"))).toBe(true);
});

async function viaXlsx(sheets: CatalogSheet[]): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) renderSheet(workbook, asSheetPlan(sheet));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  back.eachSheet((ws) => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) row.push(ws.getCell(r, c).value ?? "");
      rows.push(row);
    }
    out[ws.name] = rows;
  });
  return out;
}

test.each([
  ["the built-in example", EXAMPLE_CATALOG],
  ["an invented OPD", CATALOG_LAIN],
])("offline workbook: %s written as xlsx reads back identical", async (_, catalog) => {
  const t = catalogTables(catalog, { targetYears: [2025, 2026, 2027, 2028, 2029] });
  const values = await viaXlsx([t.KATALOG, t.JABATAN, t.PENGATURAN, t.PROGRAM]);
  expect(Object.keys(values)).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]);
  expect(readCatalog(values)).toStrictEqual({ catalog, problems: [], newIds: [] });
});
