/**
 * The write phase for one sheet: a plan rendered with range-wide 2-D setters,
 * grouped merges and runs, and no read at all (the read phase ran before).
 */
import { a1Range } from "../../core/plan/a1";
import type { Area, SheetPlan } from "../../core/plan/types";
import { buildTextRules, buildTextStyle, buildValidation } from "./builders";
import { sheetGrids } from "./grids";
import { indexRuns, mergeBlocks, runs } from "./groups";
import { PROTECTION_PREFIX, type SheetSnapshot } from "./read";
import type { RangeApi, SheetApi, SheetsServices } from "./services";

/** Size of a sheet made by insertSheet(name). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface AppliedSheet {
  name: string;
  sheetId: number;
  status: "dibuat" | "diperbarui";
}

type WriteServices = Omit<SheetsServices, "lock" | "flush" | "rangeProtection">;

/** Writes `plan` into its sheet: reuses the snapshot's sheet (cleared first) or inserts a new one. */
export function applySheetPlan(services: WriteServices, plan: SheetPlan, snapshot: SheetSnapshot | null): AppliedSheet {
  const sheet = snapshot ? clearSheet(snapshot, plan) : services.spreadsheet.insertSheet(plan.name);
  const size = snapshot ? { rows: snapshot.maxRows, cols: snapshot.maxColumns } : { rows: NEW_SHEET_ROWS, cols: NEW_SHEET_COLUMNS };
  const needRows = Math.max(plan.cells.length, ...plan.charts.map((c) => c.anchor.row + 1));
  if (needRows > size.rows) sheet.insertRowsAfter(size.rows, needRows - size.rows);
  if (plan.width > size.cols) sheet.insertColumnsAfter(size.cols, plan.width - size.cols);

  writeCells(services, sheet, plan);
  const merges = mergeBlocks(plan.merges);
  const ranges = rangesOf(sheet, [
    ...merges.map((b) => b.area),
    ...plan.protectedAreas,
    ...plan.conditionalRules.map((r) => r.area),
    ...plan.charts.flatMap((c) => [c.labels, c.values]),
  ]);

  for (const block of merges) {
    const range = ranges(block.area);
    if (block.kind === "across") range.mergeAcross();
    else if (block.kind === "vertically") range.mergeVertically();
    else range.merge();
  }
  if (plan.borders.length) sheet.getRangeList(plan.borders.map(a1Of)).setBorder(true, true, true, true, true, true);
  for (const run of runs(plan.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.value);
  for (const run of runs(plan.rowHeights)) sheet.setRowHeights(run.start + 1, run.count, run.value);
  for (const run of indexRuns(plan.hiddenColumns)) sheet.hideColumns(run.start + 1, run.count);
  if (plan.frozenRows > 0 || snapshot) sheet.setFrozenRows(plan.frozenRows);
  for (const area of plan.protectedAreas) {
    ranges(area).protect().setDescription(`${PROTECTION_PREFIX}${area.description}`).setWarningOnly(true);
  }
  if (plan.conditionalRules.length || snapshot) {
    sheet.setConditionalFormatRules(buildTextRules(services, plan.conditionalRules, (rule) => ranges(rule.area)));
  }
  for (const chart of plan.charts) {
    const built = sheet
      .newChart()
      .asColumnChart()
      .addRange(ranges(chart.labels))
      .addRange(ranges(chart.values))
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

/** Empties a sheet made by an earlier run: contents, formats, notes, validations, merges, our protections, replaced charts. */
function clearSheet(snapshot: SheetSnapshot, plan: SheetPlan): SheetApi {
  const sheet = snapshot.sheet;
  sheet.clear();
  sheet.clearNotes();
  const whole = sheet.getRange(1, 1, snapshot.maxRows, snapshot.maxColumns);
  whole.clearDataValidations();
  whole.breakApart();
  for (const protection of snapshot.protections) protection.remove();
  if (plan.charts.length) for (const chart of snapshot.charts) sheet.removeChart(chart);
  return sheet;
}

/** Every cell property over the plan area, one setter each; formats before values so text stays text. */
function writeCells(services: WriteServices, sheet: SheetApi, plan: SheetPlan): void {
  const g = sheetGrids(plan);
  if (!g.rows || !g.cols) return;
  const area = sheet.getRange(1, 1, g.rows, g.cols);
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

function a1Of(area: Area): string {
  return a1Range(area.row, area.col, area.rows, area.cols);
}

/** The ranges of many areas from one getRangeList call; then a lookup by area. */
function rangesOf(sheet: SheetApi, areas: readonly Area[]): (area: Area) => RangeApi {
  const notations = [...new Set(areas.map(a1Of))];
  const list = notations.length ? sheet.getRangeList(notations).getRanges() : [];
  const byNotation = new Map(notations.map((n, i) => [n, list[i]]));
  return (area) => {
    const range = byNotation.get(a1Of(area));
    if (!range) throw new Error(`rentang ${a1Of(area)} tidak disiapkan`);
    return range;
  };
}
