/**
 * The new workbook when a previous one exists: each sheet of the plan with the
 * previous sheet's typed values carried over by the core carry-over (the same code
 * the Sheets adapter runs), and every other sheet of the previous workbook (a
 * hand-made sheet, a jabatan not chosen this time) copied over unchanged, in the
 * order the previous workbook had them. A hand-made sheet that has a name the plan
 * needs is copied as "<name> (lama)" and the plan's sheet made afresh.
 */
import type ExcelJS from "exceljs";
import { carryOver, type OldSheet } from "../../core/carry/carry";
import { sheetKey, sheetName } from "../../core/naming";
import type { SheetPlan, YearPlan } from "../../core/sheet/types";
import { emptyTargets } from "../../core/year/targets";
import { copySheet } from "./copy-sheet";
import { freeLamaName, isOwnSheet } from "./ownership";
import { oldSheetOf } from "./read-workbook";
import { emptyWorkbook, renderSheet } from "./workbook";

export interface CarriedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Typed values written back in place, over all sheets. */
  kept: number;
  /** Sheets with a moved-aside section, and how many entries it lists. */
  movedAside: { sheet: string; count: number }[];
  /** Sheets of the previous workbook copied over unchanged, by their name in the new one. */
  copied: string[];
  /** Hand-made sheets that had a name the plan needs, copied under a "(lama)" name. */
  renamed: { semula: string; menjadi: string }[];
  /** The record of what was written on each year sheet of the new workbook (src/core/record), by sheet name. */
  records: Map<string, string>;
  /** Sheets on which the catalog changed what the command had written, and what (CarryResult.perubahan). */
  perubahan: { sheet: string; perubahan: string[] }[];
  /** Indicator rows of the jabatan sheets made, and how many of them still have no target. */
  target: { indikator: number; kosong: number };
}

/** A sheet of the previous workbook with a name the year needs. */
export interface PreviousSheet {
  ws: ExcelJS.Worksheet;
  old: OldSheet;
  owned: boolean;
}

/** The previous workbook's sheets named as `names` need (any case), read as Sheets would give them; by sheet key. */
export function previousSheets(old: ExcelJS.Workbook | null, names: readonly string[]): Map<string, PreviousSheet> {
  const wanted = new Set(names.map(sheetKey));
  const found = new Map<string, PreviousSheet>();
  for (const ws of old?.worksheets ?? []) {
    const key = sheetKey(ws.name);
    if (!wanted.has(key) || found.has(key)) continue;
    const sheet = oldSheetOf(ws);
    found.set(key, { ws, old: sheet, owned: isOwnSheet(ws, sheet) });
  }
  return found;
}

/** The jabatan (of `kode`) whose sheets, made by this command, the previous workbook holds for `tahun`. */
export function jabatanPresent(previous: ReadonlyMap<string, PreviousSheet>, tahun: number, kode: readonly string[]): string[] {
  return kode.filter((k) => previous.get(sheetKey(sheetName(tahun, k)))?.owned);
}

/** `records`: the previous workbook's records by sheet key (records.ts takeRecords). */
export function carryWorkbook(
  plan: YearPlan,
  old: ExcelJS.Workbook | null,
  records: ReadonlyMap<string, string> = new Map(),
  previous = previousSheets(
    old,
    plan.sheets.map((s) => s.name),
  ),
): CarriedWorkbook {
  const workbook = emptyWorkbook(plan.tahun);
  const result: CarriedWorkbook = {
    workbook,
    kept: 0,
    movedAside: [],
    copied: [],
    renamed: [],
    records: new Map(),
    perubahan: [],
    target: { indikator: 0, kosong: 0 },
  };
  const oldSheets = old?.worksheets ?? [];
  const matched = new Set(plan.sheets.flatMap((p) => previous.get(sheetKey(p.name))?.ws ?? []));
  const others = oldSheets.filter((ws) => !matched.has(ws));
  // Names the new workbook has or will have: a "(lama)" name avoids them all.
  const taken = new Set([...plan.sheets.map((p) => sheetKey(p.name)), ...oldSheets.map((ws) => sheetKey(ws.name))]);
  const used = new Set(plan.sheets.map((p) => sheetKey(p.name)));
  const copyAs = (ws: ExcelJS.Worksheet, keepName: boolean) => {
    const name = keepName && !used.has(sheetKey(ws.name)) ? ws.name : freeLamaName(ws.name, taken);
    taken.add(sheetKey(name));
    used.add(sheetKey(name));
    copySheet(workbook, ws, name);
    // A year sheet not made this time keeps its record; a renamed hand-made sheet has none.
    const record = keepName ? records.get(sheetKey(ws.name)) : undefined;
    if (record && name === ws.name) result.records.set(name, record);
    return name;
  };

  let next = 0; // the next sheet of `others` not yet copied
  for (const sheetPlan of plan.sheets) {
    const before = previous.get(sheetKey(sheetPlan.name));
    // Sheets that stood before this one in the previous workbook keep standing before it.
    if (before) {
      const at = oldSheets.indexOf(before.ws);
      while (next < others.length && oldSheets.indexOf(others[next] as ExcelJS.Worksheet) < at)
        result.copied.push(copyAs(others[next++] as ExcelJS.Worksheet, true));
    }
    if (before && !before.owned) result.renamed.push({ semula: before.ws.name, menjadi: copyAs(before.ws, false) });
    renderSheet(workbook, carried(sheetPlan, before?.owned ? before.old : null, records.get(sheetKey(sheetPlan.name)) ?? null, result));
  }
  while (next < others.length) result.copied.push(copyAs(others[next++] as ExcelJS.Worksheet, true));
  return result;
}

function carried(sheetPlan: SheetPlan, old: OldSheet | null, stored: string | null, result: CarriedWorkbook): SheetPlan {
  const { plan, kept, movedAside, record, perubahan } = carryOver(sheetPlan, old, old && stored);
  result.kept += kept;
  if (movedAside > 0) result.movedAside.push({ sheet: sheetPlan.name, count: movedAside });
  if (record) result.records.set(sheetPlan.name, record);
  if (perubahan.length) result.perubahan.push({ sheet: sheetPlan.name, perubahan });
  const targets = emptyTargets(plan);
  result.target.indikator += targets.indikator;
  result.target.kosong += targets.kosong;
  return plan;
}
