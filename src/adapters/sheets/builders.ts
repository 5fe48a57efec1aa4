/**
 * Plan rules as Apps Script built objects (data validation, text style,
 * conditional format). Builders run locally in Apps Script: no document call.
 */
import { LINKS_FORMULA } from "../../core/rekap/links";
import type { ConditionalTextRule, ValidationPlan } from "../../core/sheet/types";
import type { TextStyleKey } from "./grids";
import type { BuiltRule, BuiltTextStyle, BuiltValidation, RangeApi, SheetsServices } from "./services";

/** Built values are plain values: one per kind and key for all the sheets of a run (the services object). */
const built = new WeakMap<object, Map<string, unknown>>();
function once<T>(services: object, key: string, build: () => T): T {
  let cache = built.get(services);
  if (!cache) {
    cache = new Map();
    built.set(services, cache);
  }
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

/** Input is rejected, not just warned, so bad input never lands (types.ts). */
export function buildValidation(services: Pick<SheetsServices, "newDataValidation">, plan: ValidationPlan): BuiltValidation {
  return once(services, `validation:${JSON.stringify(plan)}`, () => newValidation(services, plan));
}

function newValidation(services: Pick<SheetsServices, "newDataValidation">, plan: ValidationPlan): BuiltValidation {
  let b = services.newDataValidation();
  switch (plan.kind) {
    case "number":
      b = plan.max === undefined ? b.requireNumberGreaterThanOrEqualTo(plan.min) : b.requireNumberBetween(plan.min, plan.max);
      break;
    case "list":
      b = b.requireValueInList([...plan.values], true);
      break;
    case "text":
      // Any text is fine: the rule exists to show the help text on the cell.
      b = b.requireFormulaSatisfied("=TRUE");
      break;
    case "links":
      b = b.requireFormulaSatisfied(LINKS_FORMULA);
      break;
  }
  return b.setHelpText(plan.help).setAllowInvalid(false).build();
}

export function buildTextStyle(services: Pick<SheetsServices, "newTextStyle">, key: TextStyleKey): BuiltTextStyle {
  return once(services, `style:${JSON.stringify(key)}`, () => newTextStyle(services, key));
}

function newTextStyle(services: Pick<SheetsServices, "newTextStyle">, key: TextStyleKey): BuiltTextStyle {
  let b = services.newTextStyle().setBold(key.bold).setItalic(key.italic);
  if (key.fontSize !== undefined) b = b.setFontSize(key.fontSize);
  if (key.fontColor !== undefined) b = b.setForegroundColor(key.fontColor);
  return b.build();
}

/** One rule per (text, colours), over all the ranges that share it. */
export function buildTextRules(
  services: Pick<SheetsServices, "newConditionalFormatRule">,
  rules: readonly ConditionalTextRule[],
  rangeOf: (rule: ConditionalTextRule) => RangeApi,
): BuiltRule[] {
  const groups = new Map<string, { rule: ConditionalTextRule; ranges: RangeApi[] }>();
  for (const rule of rules) {
    const key = JSON.stringify([rule.text, rule.background, rule.fontColor]);
    const group = groups.get(key) ?? { rule, ranges: [] };
    group.ranges.push(rangeOf(rule));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ rule, ranges }) =>
    services
      .newConditionalFormatRule()
      .whenTextEqualTo(rule.text)
      .setBackground(rule.background)
      .setFontColor(rule.fontColor)
      .setRanges(ranges)
      .build(),
  );
}
