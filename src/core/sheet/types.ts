/**
 * A sheet plan: everything a sheet of the year's set holds, as plain data. The
 * Sheets adapter and the offline .xlsx writer both render plans; neither knows
 * the form's layout. Rows and columns are 0-based here; adapters add 1.
 */

export const PERIODE = ["tahunan", "triwulan"] as const;
export type Periode = (typeof PERIODE)[number];

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

/** Cell look; anything left out is the sheet's default. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Sheets/Excel number format, e.g. "0.00" or "@" (text). */
  numberFormat?: string;
}

/** One cell: a value, or a formula ("=…", built-in functions and English separators only). */
export interface CellPlan {
  value?: string | number;
  formula?: string;
  style?: CellStyle;
  /** A note shown on hover (help for the person filling the row). */
  note?: string;
}

/**
 * How a user's input is checked; rejected, not just warned, so bad input never lands.
 * A number always has a lower bound (0 for counts, the first year for years).
 */
export type ValidationPlan =
  | { kind: "number"; min: number; max?: number; help: string }
  | { kind: "list"; values: readonly string[]; help: string }
  | { kind: "text"; help: string }
  /** http(s) links, one per line (core/rekap/links.ts). */
  | { kind: "links"; help: string };

/** A range users type into: its key says which value it holds, for keeping it across re-runs. */
export interface InputArea extends Area {
  validation: ValidationPlan;
  /**
   * Whose pengisi fill it, by jabatan kode, where the sheet is not one jabatan's (the BUKTI sheet's
   * Bukti Dukung); left out: the jabatan sheet's own, or (elsewhere) the pengelola's (core/roles).
   */
  pengisi?: string;
}

/** One column of the indicator table. `key` identifies it across re-runs (e.g. "target", "tw2.pembilang"). */
export interface ColumnPlan {
  key: string;
  /** Header label(s), top to bottom: one row for tahunan, group + label for triwulan. */
  header: readonly string[];
  width: number;
  input: boolean;
}

export interface TablePlan {
  /** First header row and the number of header rows (the ones repeated on every printed page, print.ts). */
  headerRow: number;
  headerRows: number;
  /** First and last data rows (inclusive); lastRow < firstRow when the table has no rows. */
  firstRow: number;
  lastRow: number;
  columns: readonly ColumnPlan[];
  /** Hidden column holding the indicator id of each row: rows are matched by it on a re-run. */
  idColumn: number;
}

export interface ConditionalTextRule {
  area: Area;
  /** Whole-cell text to match (predikat label). */
  text: string;
  background: string;
  fontColor: string;
}

export interface ChartPlan {
  title: string;
  /** Category labels (one column) and values (one column), as areas of this sheet. */
  labels: Area;
  values: Area;
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

/**
 * How the Sheets adapter guards a plan's protected areas, always warning-only (an .xlsx
 * protects nothing, see src/offline/workbook.ts):
 * - "sheet-except-inputs": one protection of the whole sheet that leaves `inputs` free, for
 *   the year's sheets, where everything but the cells to fill is the form's; the areas give
 *   only its description then;
 * - "areas": one protection per protected area and the rest of the sheet free, for sheets
 *   whose users add rows and columns of their own (the catalog sheets: header, ID column,
 *   PENGATURAN labels).
 */
export type ProtectionMode = "sheet-except-inputs" | "areas";

export interface SheetPlan {
  name: string;
  kind: "jabatan" | "rekap" | "katalog" | "pk" | "bukti";
  kode?: string;
  /** Rows × columns; every row has exactly `width` cells. */
  cells: CellPlan[][];
  width: number;
  merges: Area[];
  /** Areas drawn with thin borders all round and inside. */
  borders: Area[];
  columnWidths: number[];
  /** Optional fixed heights (pixels) per row; null keeps the default. */
  rowHeights: (number | null)[];
  hiddenColumns: number[];
  /** Columns shown on screen but left out of the printed page (a triwulan sheet's working columns: print-columns.ts). */
  printHiddenColumns?: number[];
  frozenRows: number;
  inputs: InputArea[];
  /** Areas that must warn before an edit (computed cells, labels the add-on reads); how, says `protection`. */
  protectedAreas: (Area & { description: string })[];
  /** How the Sheets adapter guards `protectedAreas`; left out, "sheet-except-inputs". */
  protection?: ProtectionMode;
  conditionalRules: ConditionalTextRule[];
  /** Indicator id → row, for jabatan sheets. */
  indikatorRows: Record<string, number>;
  table: TablePlan;
  charts: ChartPlan[];
  /**
   * Shapes (formulaShape) of formulas the add-on writes on this sheet in another layout (the other
   * periode, another Sifat Triwulan, an earlier version): on a re-run such a formula is the form's, not the user's.
   */
  formFormulaShapes?: readonly string[];
  /**
   * The colour legend under the form (jabatan sheets, legend.ts): on screen only, never
   * printed; the print ends above it (print.ts printedRows).
   */
  legend?: Area;
  /**
   * The REKAP's averages table, under which its signature stands: the signature prints with the
   * indicator table's last rows when everything fits, else with these rows (src/offline/xlsx/pages.ts).
   */
  signedRows?: { headerRow: number; firstRow: number; lastRow: number };
  /** The signature block (its rows tell the record, src/core/record, which changes were the signatory's). */
  signature?: Area;
  /** How it prints; left out, landscape (core/print/print.ts): the Perjanjian Kinerja prints portrait. */
  orientation?: "portrait" | "landscape";
  /** Rows that always begin a printed page (the PK's lampiran). */
  pageStarts?: number[];
}

export interface YearPlan {
  tahun: number;
  periode: Periode;
  /** Jabatan sheets in catalog order, then REKAP. */
  sheets: SheetPlan[];
}
