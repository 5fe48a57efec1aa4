/**
 * The catalog sheets every written workbook carries, so it can be next year's --katalog:
 * rendered from the catalog just read (what the user typed) with the Target columns of
 * this year and the four after it (targetYears). The reader ignores columns it does not know; a column
 * a user added (a "Catatan" beside the table) is carried along, matched to its row by the
 * indicator's ID (KATALOG), the Kode (JABATAN), the setting's name (PENGATURAN) or the kode and program
 * (PROGRAM), since a
 * re-rendered table may order its rows differently.
 */
import type ExcelJS from "exceljs";
import type { Catalog } from "../../core/catalog/model";
import {
  ALL_CATALOG_SHEETS,
  ANGGARAN_HEADER,
  type CatalogSheet,
  type CatalogSheetName,
  type CatalogTableValues,
  catalogTables,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
  PENGATURAN_COLUMNS,
  PROGRAM_COLUMNS,
  sheetValues,
  TARGET_HEADER,
} from "../../core/catalog/tables";
import type { CellPlan } from "../../core/sheet/types";
import { targetYears } from "../../core/tahun";
import { normLabel } from "../../core/text";
import { renderSheet } from "./workbook";

/** A column a user added: its header, and its cells by row key. */
export interface ExtraColumn {
  label: unknown;
  byKey: Map<string, unknown>;
}
export type ExtraColumns = Partial<Record<CatalogSheetName, ExtraColumn[]>>;

const LABELS: Record<CatalogSheetName, readonly { key: string; label: string }[]> = {
  KATALOG: KATALOG_COLUMNS,
  JABATAN: JABATAN_COLUMNS,
  PENGATURAN: PENGATURAN_COLUMNS,
  PROGRAM: PROGRAM_COLUMNS,
};
const isBlank = (v: unknown) => v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Where a sheet's header is and which of its columns the catalog reads. */
function headerOf(name: CatalogSheetName, values: readonly (readonly unknown[])[]): { row: number; col: Map<string, number> } | null {
  const byLabel = new Map(LABELS[name].map((c) => [normLabel(c.label), c.key]));
  let best: { row: number; col: Map<string, number> } | null = null;
  values.forEach((cells, row) => {
    const col = new Map<string, number>();
    cells.forEach((v, c) => {
      const key = byLabel.get(normLabel(v));
      if (key !== undefined && !col.has(key)) col.set(key, c);
    });
    if (col.size >= 2 && (!best || col.size > best.col.size)) best = { row, col };
  });
  return best;
}

/** What ties a row of `name` to its row in the re-rendered sheet; "" when nothing does. */
function rowKey(name: CatalogSheetName, cells: readonly unknown[], col: ReadonlyMap<string, number>): string {
  const at = (key: string) => {
    const c = col.get(key);
    return c === undefined ? "" : String(cells[c] ?? "").trim();
  };
  switch (name) {
    case "KATALOG":
      return at("id") ? `id:${at("id")}` : at("kode") || at("sasaran") ? `baris:${at("kode")}|${at("sasaran")}|${at("indikator")}` : "";
    case "JABATAN":
      return at("kode").toUpperCase();
    case "PENGATURAN":
      return normLabel(at("label"));
    case "PROGRAM":
      return at("kode") || at("nama") ? `${at("kode").toUpperCase()}|${at("nama")}` : "";
  }
}

/** Columns with a header the catalog does not read (nor a Target column), by row key. */
export function extraColumnsOf(values: CatalogTableValues): ExtraColumns {
  const extras: ExtraColumns = {};
  for (const name of ALL_CATALOG_SHEETS) {
    const rows = values[name];
    const header = rows && headerOf(name, rows);
    if (!rows || !header) continue;
    const known = new Set(header.col.values());
    const columns: ExtraColumn[] = [];
    (rows[header.row] ?? []).forEach((label, c) => {
      if (known.has(c) || isBlank(label) || TARGET_HEADER.test(normLabel(label)) || ANGGARAN_HEADER.test(normLabel(label))) return;
      const byKey = new Map<string, unknown>();
      for (const cells of rows.slice(header.row + 1)) {
        const key = rowKey(name, cells, header.col);
        if (key && !isBlank(cells[c]) && !byKey.has(key)) byKey.set(key, cells[c]);
      }
      columns.push({ label, byKey });
    });
    if (columns.length) extras[name] = columns;
  }
  return extras;
}

/** The catalog sheets appended to `workbook` (PROGRAM too, empty when the catalog has none), with the user's added columns at the right. */
export function renderCatalogSheets(workbook: ExcelJS.Workbook, catalog: Catalog, tahun: number, extras: ExtraColumns = {}): void {
  const tables = catalogTables(catalog, { targetYears: targetYears(tahun) });
  for (const name of ALL_CATALOG_SHEETS) renderSheet(workbook, withExtras(tables[name], extras[name] ?? []));
}

function withExtras(sheet: CatalogSheet, extras: readonly ExtraColumn[]): CatalogSheet["plan"] {
  if (!extras.length) return sheet.plan;
  const plan = sheet.plan;
  const values = sheetValues(sheet);
  const col = new Map(plan.table.columns.map((c, i) => [c.key, i]));
  const header = plan.cells[sheet.headerRow]?.[0];
  const cells = plan.cells.map((row, r): CellPlan[] => {
    if (r === sheet.headerRow) return [...row, ...extras.map((e): CellPlan => ({ value: cellValue(e.label), style: header?.style }))];
    const key = r > sheet.headerRow ? rowKey(sheet.name, values[r] ?? [], col) : "";
    return [
      ...row,
      ...extras.map((e): CellPlan => ({ value: cellValue(key ? e.byKey.get(key) : ""), style: { vAlign: "top", wrap: true } })),
    ];
  });
  return {
    ...plan,
    cells,
    width: plan.width + extras.length,
    columnWidths: [...plan.columnWidths, ...extras.map(() => 160)],
  };
}

/** A carried cell as a plan value (text or number); a date keeps its day as ISO text. */
function cellValue(v: unknown): string | number {
  if (typeof v === "string" || typeof v === "number") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null || v === undefined ? "" : String(v);
}
