/**
 * The write phase for one sheet: a plan rendered with range-wide 2-D setters,
 * grouped merges and runs, and no read at all (the read phase ran before).
 *
 * Every range the sheet needs (the plan area, merge blocks, bordered areas,
 * input or protected areas, colour-rule areas, chart data, and on a re-run the
 * whole sheet for clearing) comes from one getRangeList call.
 */

import { DEFAULT_COLUMN_PX, DEFAULT_ROW_PX } from "../../core/print/text-height";
import type { SheetAccess } from "../../core/roles/access";
import { a1Range, columnLetter } from "../../core/sheet/a1";
import type { Area, SheetPlan } from "../../core/sheet/types";
import { buildTextRules, buildTextStyle, buildValidation } from "./builders";
import { type SheetGrids, sheetGrids } from "./grids";
import { indexRuns, mergeBlocks, runs } from "./groups";
import { type Guarding, type Restrict, WARNING_GUARDING } from "./guard";
import { MARKER_KEY, PROTECTION_PREFIX, RECORD_KEY, ROLES_SUFFIX } from "./ownership";
import { rowsNeeded, type SheetSnapshot } from "./read";
import type { ProtectionApi, RangeApi, SheetApi, SheetsServices } from "./services";

/** Size of a sheet made by insertSheet(name). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** Up to this many bordered areas, each gets setBorder on its range from the shared list; more share one RangeList.setBorder. */
const BORDER_EACH_MAX = 2;

export interface AppliedSheet {
  name: string;
  sheetId: number;
  status: "dibuat" | "diperbarui";
}

type WriteServices = Omit<SheetsServices, "lock" | "flush" | "sheetProtection">;

/**
 * Writes `plan` into its sheet: reuses the snapshot's sheet (cleared first; only ever
 * a sheet of the add-on, see ownership.ts) or inserts a new one, and marks the sheet
 * as the add-on's when it is not marked yet.
 */
export function applySheetPlan(
  services: WriteServices,
  plan: SheetPlan,
  snapshot: SheetSnapshot | null,
  record: string | null = null,
  guarding: Guarding = WARNING_GUARDING,
): AppliedSheet {
  const access = guarding.accessOf(plan);
  const sheet = snapshot ? snapshot.sheet : services.spreadsheet.insertSheet(plan.name);
  if (!snapshot?.marked) sheet.addDeveloperMetadata(MARKER_KEY, plan.kind);
  storeRecord(sheet, snapshot, record);
  const needRows = rowsNeeded(plan);
  // A re-run knows the row count only when the data range was shorter than the plan (readRowsIfShort);
  // otherwise the sheet has at least as many rows as the data range, so at least `needRows`.
  const rows = snapshot ? (snapshot.maxRows ?? needRows) : NEW_SHEET_ROWS;
  const cols = snapshot ? snapshot.maxColumns : NEW_SHEET_COLUMNS;
  if (needRows > rows) sheet.insertRowsAfter(rows, needRows - rows);
  if (plan.width > cols) sheet.insertColumnsAfter(cols, plan.width - cols);

  const g = sheetGrids(plan);
  const merges = mergeBlocks(plan.merges);
  const bordersEach = plan.borders.length <= BORDER_EACH_MAX;
  const areas = plan.protection === "areas";
  // Someone else's sheet protection stands in the way of ours, not of range protections.
  const protect = plan.protectedAreas.length > 0 && (areas || !snapshot?.foreignProtection);
  const whole = snapshot ? `A:${columnLetter(Math.max(cols, plan.width) - 1)}` : null;
  const planArea: Area | null = g.rows && g.cols ? { row: 0, col: 0, rows: g.rows, cols: g.cols } : null;
  const range = rangesOf(sheet, [
    ...(whole ? [whole] : []),
    ...(planArea ? [planArea] : []),
    ...merges.map((b) => b.area),
    ...(bordersEach ? plan.borders : []),
    ...(protect ? (areas ? plan.protectedAreas : [...plan.inputs, ...access.inputs.map((i) => i.area)]) : []),
    ...plan.conditionalRules.map((r) => r.area),
    ...plan.charts.flatMap((c) => [c.labels, c.values]),
  ]);

  if (snapshot && whole) clearSheet(snapshot, plan, range(whole));
  if (planArea) writeCells(services, range(planArea), g);
  for (const block of merges) {
    const r = range(block.area);
    if (block.kind === "across") r.mergeAcross();
    else if (block.kind === "vertically") r.mergeVertically();
    else r.merge();
  }
  if (bordersEach) for (const area of plan.borders) range(area).setBorder(true, true, true, true, true, true);
  else sheet.getRangeList(plan.borders.map(a1Of)).setBorder(true, true, true, true, true, true);
  writeLayout(sheet, plan, !snapshot);
  if (areas) protectAreas(plan, snapshot, protect ? range : null);
  else if (protect || snapshot?.protection) protectSheet(sheet, plan, snapshot, protect ? range : null, access, guarding.restrict);
  if (plan.conditionalRules.length || snapshot) {
    sheet.setConditionalFormatRules(buildTextRules(services, plan.conditionalRules, (rule) => range(rule.area)));
  }
  for (const chart of plan.charts) {
    const built = sheet
      .newChart()
      .asColumnChart()
      .addRange(range(chart.labels))
      .addRange(range(chart.values))
      .setPosition(chart.anchor.row + 1, chart.anchor.col + 1, 0, 0)
      .setOption("title", chart.title)
      .setOption("legend", { position: "none" })
      .setOption("width", chart.width)
      .setOption("height", chart.height)
      .build();
    sheet.insertChart(built);
  }
  return { name: plan.name, sheetId: sheet.getSheetId(), status: snapshot ? "diperbarui" : "dibuat" };
}

/**
 * The record of what this run writes, in place of the last one: its metadata updated, a copy more
 * (a sheet duplicated with its metadata) removed; no record (too large) removes the old one, which
 * no longer says what the sheet holds.
 */
function storeRecord(sheet: SheetApi, snapshot: SheetSnapshot | null, record: string | null): void {
  const [first, ...extra] = snapshot?.recordMetadata ?? [];
  for (const m of extra) m.remove();
  if (record === null) first?.remove();
  else if (!first) sheet.addDeveloperMetadata(RECORD_KEY, record);
  else if (snapshot?.record !== record) first.setValue(record);
}

/** Empties a sheet made by an earlier run: contents, formats, notes, validations, merges, replaced charts. */
function clearSheet(snapshot: SheetSnapshot, plan: SheetPlan, whole: RangeApi): void {
  const sheet = snapshot.sheet;
  sheet.clear();
  sheet.clearNotes();
  whole.clearDataValidations();
  whole.breakApart();
  if (plan.charts.length) for (const chart of snapshot.charts) sheet.removeChart(chart);
}

/** Every cell property over the plan area, one setter each; formats before values so text stays text. */
function writeCells(services: WriteServices, area: RangeApi, g: SheetGrids): void {
  if (g.numberFormats) area.setNumberFormats(g.numberFormats);
  area.setValues(g.values);
  if (g.backgrounds) area.setBackgrounds(g.backgrounds);
  if (g.textStyleIndex) {
    const styles = g.textStyles.map((key) => buildTextStyle(services, key));
    area.setTextStyles(g.textStyleIndex.map((row) => row.map((i) => styles[i] ?? (styles[0] as (typeof styles)[0]))));
  }
  if (g.hAligns) area.setHorizontalAlignments(g.hAligns);
  if (g.vAligns) area.setVerticalAlignments(g.vAligns);
  if (g.wraps) area.setWraps(g.wraps);
  if (g.notes) area.setNotes(g.notes);
  if (g.validationIndex) {
    const rules = g.validations.map((v) => buildValidation(services, v));
    area.setDataValidations(g.validationIndex.map((row) => row.map((i) => (i < 0 ? null : (rules[i] ?? null)))));
  }
}

/**
 * Column widths and row heights in runs of equal values, hidden columns, frozen rows.
 * Hidden columns get no width (nobody sees it); on a new sheet, widths and heights
 * equal to the sheet's defaults are not set again, nor are 0 frozen rows.
 */
function writeLayout(sheet: SheetApi, plan: SheetPlan, isNew: boolean): void {
  const hidden = new Set(plan.hiddenColumns);
  const widths = plan.columnWidths.map((w, c) => (hidden.has(c) || (isNew && w === DEFAULT_COLUMN_PX) ? null : w));
  const heights = plan.rowHeights.map((h) => (isNew && h === DEFAULT_ROW_PX ? null : h));
  for (const run of runs(widths)) sheet.setColumnWidths(run.start + 1, run.count, run.value);
  for (const run of runs(heights)) sheet.setRowHeights(run.start + 1, run.count, run.value);
  for (const run of indexRuns(plan.hiddenColumns)) sheet.hideColumns(run.start + 1, run.count);
  if (plan.frozenRows > 0 || !isNew) sheet.setFrozenRows(plan.frozenRows);
}

/** The description of an input area's own protection (roles set): its pengisi and the pengelola may edit. */
export const INPUT_DESCRIPTION = `${PROTECTION_PREFIX}isian pengisi jabatan dan pengelola`;

/** The description of the sheet protection: the prefix and the plan's wording for its computed areas. */
function protectionDescription(plan: SheetPlan): string {
  return PROTECTION_PREFIX + [...new Set(plan.protectedAreas.map((a) => a.description))].join("; ");
}

/**
 * One warning-only protection over the whole sheet, the plan's input areas left
 * unprotected: every computed cell warns before an edit, no input cell does.
 * A re-run updates the protection it made before (read in the read phase)
 * rather than removing it and making a new one; `range` is null when the plan
 * protects nothing (an old protection of ours is then removed).
 */
function protectSheet(
  sheet: SheetApi,
  plan: SheetPlan,
  snapshot: SheetSnapshot | null,
  range: ((area: Area) => RangeApi) | null,
  access: SheetAccess,
  restrict: Restrict,
): void {
  const old = snapshot?.protection ?? null;
  // The inputs' own protections of an earlier run (roles) go: made again below if roles still hold.
  for (const p of snapshot?.areaProtections ?? []) p.remove();
  if (!range) {
    old?.protection.remove();
    return;
  }
  const warning = access.mode === "warning";
  // Restricted by roles, the description says so: the next run then knows to replace the inputs' protections.
  const description = protectionDescription(plan) + (warning ? "" : ROLES_SUFFIX);
  const inputs = plan.inputs.map(range);
  let protection: ProtectionApi;
  if (old) {
    protection = old.protection;
    if (old.description !== description) protection.setDescription(description);
    // A protection restricted before (roles since removed) warns again; its editors no longer matter.
    if (warning) protection.setWarningOnly(true);
    protection.setUnprotectedRanges(inputs);
  } else {
    protection = sheet.protect().setDescription(description);
    if (warning) protection.setWarningOnly(true);
    if (inputs.length) protection.setUnprotectedRanges(inputs);
  }
  if (warning) return;
  restrict(protection, access.sheet, !old);
  for (const input of access.inputs) restrict(range(input.area).protect().setDescription(INPUT_DESCRIPTION), input.guard, true);
}

/**
 * One warning-only protection per protected area, the rest of the sheet free: rows and
 * columns users add stay editable. Ours from an earlier run (range protections, and a
 * sheet protection should the sheet once have been protected whole) are removed and made
 * again rather than matched to the new areas: a sheet has a handful, and the areas move
 * when rows do.
 */
function protectAreas(plan: SheetPlan, snapshot: SheetSnapshot | null, range: ((area: Area) => RangeApi) | null): void {
  snapshot?.protection?.protection.remove();
  for (const old of snapshot?.areaProtections ?? []) old.remove();
  if (!range) return;
  for (const area of plan.protectedAreas) {
    range(area)
      .protect()
      .setDescription(PROTECTION_PREFIX + area.description)
      .setWarningOnly(true);
  }
}

function a1Of(area: Area): string {
  return a1Range(area.row, area.col, area.rows, area.cols);
}

/**
 * The ranges of many areas (or A1 notations) from one getRangeList call, or one
 * getRange when there is only one; then a lookup by area or notation.
 */
function rangesOf(sheet: SheetApi, areas: readonly (Area | string)[]): (area: Area | string) => RangeApi {
  const key = (area: Area | string) => (typeof area === "string" ? area : a1Of(area));
  const notations = [...new Set(areas.map(key))];
  let list: RangeApi[] = [];
  const only = areas[0];
  if (notations.length === 1 && typeof only === "object") list = [sheet.getRange(only.row + 1, only.col + 1, only.rows, only.cols)];
  else if (notations.length) list = sheet.getRangeList(notations).getRanges();
  const byNotation = new Map(notations.map((n, i) => [n, list[i]]));
  return (area) => {
    const range = byNotation.get(key(area));
    if (!range) throw new Error(`rentang ${key(area)} tidak disiapkan`);
    return range;
  };
}
