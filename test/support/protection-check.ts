/**
 * The protection rule (README, "The sidebar: preparing a year") checked cell by cell on the fake: every
 * computed cell of a plan (a formula, or inside a protected area) warns before
 * an edit, and no input cell is guarded at all. Returns the cells that break it.
 */
import { a1 } from "../../src/core/sheet/a1";
import type { SheetPlan } from "../../src/core/sheet/types";
import type { FakeSpreadsheetApp } from "./fakes/spreadsheet-app";

export interface ProtectionCheck {
  computed: number;
  inputs: number;
  wrong: string[];
}

export function checkProtection(fake: FakeSpreadsheetApp, plan: SheetPlan): ProtectionCheck {
  const computed = new Set<string>();
  plan.cells.forEach((row, r) => row.forEach((cell, c) => cell.formula && computed.add(a1(r, c))));
  for (const area of plan.protectedAreas) {
    for (let r = area.row; r < area.row + area.rows; r++) for (let c = area.col; c < area.col + area.cols; c++) computed.add(a1(r, c));
  }
  const inputs = new Set<string>();
  for (const area of plan.inputs) {
    for (let r = area.row; r < area.row + area.rows; r++) for (let c = area.col; c < area.col + area.cols; c++) inputs.add(a1(r, c));
  }
  const wrong: string[] = [];
  for (const cell of computed) {
    const state = fake.user.protection(plan.name, cell);
    if (state !== "warning-only") wrong.push(`${plan.name}!${cell} computed, but ${state}`);
    if (inputs.has(cell)) wrong.push(`${plan.name}!${cell} is both computed and input`);
  }
  for (const cell of inputs) {
    const state = fake.user.protection(plan.name, cell);
    if (state !== "unprotected") wrong.push(`${plan.name}!${cell} input, but ${state}`);
  }
  return { computed: computed.size, inputs: inputs.size, wrong };
}
