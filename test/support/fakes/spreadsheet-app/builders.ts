/**
 * The fake builders: DataValidation, TextStyle, ConditionalFormatRule (from
 * SpreadsheetApp.new*()) and EmbeddedChart (from Sheet.newChart()), and what they
 * build. Every step is logged as a "builder" call: local in Apps Script.
 */
import type {
  BuiltTextStyle,
  BuiltValidation,
  ChartBuilderApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  RangeApi,
  TextStyleBuilderApi,
} from "../../../../src/adapters/sheets/services";
import type { FakeSpreadsheetApp } from "./app";
import type { Box } from "./cells";
import type { FakeRange } from "./range";

abstract class FakeBuilder {
  constructor(readonly app: FakeSpreadsheetApp) {}
  protected step(method: string): void {
    this.app.log.record(this.constructor.name.replace(/^Fake/, ""), method, "builder");
  }
}

export class FakeDataValidation
  implements BuiltValidation, Pick<GoogleAppsScript.Spreadsheet.DataValidation, "getHelpText" | "getAllowInvalid">
{
  constructor(
    readonly criteria: { type: string; args: unknown[] },
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getHelpText(): string {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder extends FakeBuilder implements DataValidationBuilderApi {
  private criteria = { type: "NONE", args: [] as unknown[] };
  private help = "";
  private allowInvalid = true;
  private require(type: string, args: unknown[]): this {
    this.step(type);
    this.criteria = { type, args };
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    return this.require("requireNumberBetween", [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.require("requireNumberGreaterThanOrEqualTo", [number]);
  }
  requireValueInList(values: string[], showDropdown: boolean) {
    return this.require("requireValueInList", [values, showDropdown]);
  }
  /** The range itself is kept (criteria.args[0]): tests read its sheet and box, as Sheets keeps the reference. */
  requireValueInRange(range: RangeApi, showDropdown: boolean) {
    return this.require("requireValueInRange", [range as FakeRange, showDropdown]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.require("requireFormulaSatisfied", [formula]);
  }
  setHelpText(helpText: string): this {
    this.step("setHelpText");
    this.help = helpText;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.step("setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }
  build(): FakeDataValidation {
    this.step("build");
    return new FakeDataValidation(this.criteria, this.help, this.allowInvalid);
  }
}

export class FakeTextStyle
  implements BuiltTextStyle, Pick<GoogleAppsScript.Spreadsheet.TextStyle, "isBold" | "isItalic" | "getFontSize" | "getForegroundColor">
{
  constructor(readonly style: { bold?: boolean; italic?: boolean; fontSize?: number; color?: string }) {}
  isBold(): boolean | null {
    return this.style.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.style.italic ?? null;
  }
  getFontSize(): number | null {
    return this.style.fontSize ?? null;
  }
  getForegroundColor(): string | null {
    return this.style.color ?? null;
  }
}

export class FakeTextStyleBuilder extends FakeBuilder implements TextStyleBuilderApi {
  private style: { bold?: boolean; italic?: boolean; fontSize?: number; color?: string } = {};
  private set(method: string, patch: object): this {
    this.step(method);
    this.style = { ...this.style, ...patch };
    return this;
  }
  setBold(bold: boolean) {
    return this.set("setBold", { bold });
  }
  setItalic(italic: boolean) {
    return this.set("setItalic", { italic });
  }
  setFontSize(fontSize: number) {
    return this.set("setFontSize", { fontSize });
  }
  setForegroundColor(cssString: string) {
    return this.set("setForegroundColor", { color: cssString });
  }
  build(): FakeTextStyle {
    this.step("build");
    return new FakeTextStyle({ ...this.style });
  }
}

export interface FakeConditionalRule {
  text: string;
  background: string | null;
  fontColor: string | null;
  boxes: Box[];
}

export class FakeConditionalFormatRuleBuilder extends FakeBuilder implements ConditionalFormatRuleBuilderApi {
  private rule: FakeConditionalRule = { text: "", background: null, fontColor: null, boxes: [] };
  private set(method: string, patch: Partial<FakeConditionalRule>): this {
    this.step(method);
    this.rule = { ...this.rule, ...patch };
    return this;
  }
  whenTextEqualTo(text: string) {
    return this.set("whenTextEqualTo", { text });
  }
  setBackground(color: string | null) {
    return this.set("setBackground", { background: color });
  }
  setFontColor(color: string | null) {
    return this.set("setFontColor", { fontColor: color });
  }
  setRanges(ranges: RangeApi[]) {
    return this.set("setRanges", { boxes: ranges.map((r) => ({ ...(r as FakeRange).box })) });
  }
  build(): FakeConditionalRule {
    this.step("build");
    return { ...this.rule };
  }
}

export interface FakeChart {
  type: string;
  ranges: Box[];
  position: { row: number; column: number };
  options: Record<string, unknown>;
}

export class FakeChartBuilder extends FakeBuilder implements ChartBuilderApi {
  private chart: FakeChart = { type: "", ranges: [], position: { row: 1, column: 1 }, options: {} };
  asColumnChart(): this {
    this.step("asColumnChart");
    this.chart.type = "COLUMN";
    return this;
  }
  addRange(range: RangeApi): this {
    this.step("addRange");
    this.chart.ranges.push({ ...(range as FakeRange).box });
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.step("setPosition");
    void offsetX;
    void offsetY;
    this.chart.position = { row: anchorRowPos, column: anchorColPos };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.step("setOption");
    this.chart.options[option] = value;
    return this;
  }
  build(): FakeChart {
    this.step("build");
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}
