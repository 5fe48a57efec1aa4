/**
 * The column model of the indicator table: each column says what it is — its key (matched across
 * re-runs), labels and group, whether and how users type into it, whether it prints, whether the
 * REKAP reads it — and its width. The input cells (input-rules.ts), the printed columns, the
 * carry-over (which keeps what was typed into input columns) and the REKAP's lookups all derive
 * from it; nothing else names a column's behaviour.
 *
 * Changing a layout: keep the previous one in legacy-columns.ts (frozen), so a re-run still reads
 * sheets made before (test/core/plan/column-model.test.ts pins every layout's keys and says so).
 */
import type { ColumnPlan, Periode } from "../sheet/types";

/** The quarters of a triwulan sheet, with the key prefix of their columns. */
export const TRIWULAN = [
  { key: "tw1", label: "TW I" },
  { key: "tw2", label: "TW II" },
  { key: "tw3", label: "TW III" },
  { key: "tw4", label: "TW IV" },
] as const;

/** The group label over the year's columns of a triwulan sheet. */
export const TAHUNAN_GROUP = "Tahunan";

/** How users type into a column; input-rules.ts says, per kind and indicator, the validation, note and look. */
export type InputKind = "target" | "pembilang" | "penyebut" | "realisasi" | "catatan";

export interface IndikatorColumn extends ColumnPlan {
  /** The label above it on a triwulan sheet (a quarter's, or Tahunan); none on a tahunan sheet. */
  group?: string;
  /** Typed by users, and how; left out, the add-on writes it (the catalog's text, or a formula). */
  typed?: InputKind;
  /** On the printed page; false: on screen only (a triwulan sheet's working columns). */
  print: boolean;
  /** Never shown: the indicator id that rows are matched by. */
  hidden?: boolean;
  /** Read by the REKAP from each jabatan sheet (rekap-keys.ts). */
  rekap?: boolean;
}

type Traits = Omit<IndikatorColumn, "key" | "header" | "width" | "input" | "print"> & { print?: boolean };

/** A column from its traits; `input` (what the carry-over keeps) follows from `typed`. */
export const column = (key: string, label: string, width: number, traits: Traits = {}): IndikatorColumn => ({
  key,
  header: traits.group ? [traits.group, label] : [label],
  width,
  input: traits.typed !== undefined,
  print: traits.print ?? true,
  ...traits,
});

/**
 * The indicator table's columns (README, "The sidebar: preparing a year"): the tahunan labels exactly; a
 * triwulan sheet has Target, Pembilang, Penyebut, Realisasi and Capaian (%) under each quarter's label,
 * then the year's columns under "Tahunan". The year's keys are the tahunan ones, so a typed annual
 * target stays the year's when a sheet switches periode. The last column is the hidden indicator id.
 */
export function tableColumns(periode: Periode): IndikatorColumn[] {
  if (periode === "tahunan") {
    return [
      ...textColumns({ no: 36, sasaran: 170, indikator: 170, formulasi: 220, sumber: 90, satuan: 55 }, true),
      ...yearColumns(undefined, () => 75, 95, true),
      column("keterangan", "Keterangan", 120, { typed: "catatan" }),
      column("id", "ID", 90, { hidden: true, rekap: true }),
    ];
  }
  // 32 columns on screen; the printed page leaves out Formulasi, Sumber Data and the Pembilang / Penyebut
  // columns and fits the rest at 80 % on A4. So Formulasi and Sumber Data can be wide (short rows on
  // screen and in print); the printed ones are narrow.
  // Widths fit the bold 9 pt labels unbroken ("Realisasi", "Capaian", "Pembilang") and a Σ such as 9,999.00
  // without ###; runs of equal widths (Target … Realisasi, then Capaian) keep Sheets' setColumnWidths calls few.
  const W = { figure: 60, capaian: 56 };
  return [
    ...textColumns({ no: 30, sasaran: 90, indikator: 120, formulasi: 300, sumber: 100, satuan: 46 }, false),
    ...TRIWULAN.flatMap(({ key, label: group }) => [
      column(`${key}.target`, "Target", W.figure, { group, typed: "target" }),
      column(`${key}.pembilang`, "Pembilang", W.figure, { group, typed: "pembilang", print: false }),
      column(`${key}.penyebut`, "Penyebut", W.figure, { group, typed: "penyebut", print: false }),
      column(`${key}.realisasi`, "Realisasi", W.figure, { group, typed: "realisasi", rekap: true }),
      column(`${key}.capaian`, "Capaian (%)", W.capaian, { group }),
    ]),
    // The year's figures: a kumulatif Σ such as 9,999.00 must not print as ###.
    ...yearColumns(TAHUNAN_GROUP, (key) => (key === "capaian" ? W.capaian : W.figure), 72, false),
    column("keterangan", "Keterangan", 72, { typed: "catatan" }),
    column("id", "ID", 90, { hidden: true, rekap: true }),
  ];
}

/** No … Satuan: the catalog's text; Formulasi and Sumber Data print only where the page has room (tahunan). */
function textColumns(width: Record<"no" | "sasaran" | "indikator" | "formulasi" | "sumber" | "satuan", number>, explained: boolean) {
  return [
    column("no", "No", width.no),
    column("sasaran", "Sasaran / Kinerja Utama", width.sasaran),
    column("indikator", "Indikator Kinerja", width.indikator),
    column("formulasi", "Penjelasan / Formulasi Penghitungan", width.formulasi, { print: explained }),
    column("sumber", "Sumber Data", width.sumber, { print: explained }),
    column("satuan", "Satuan", width.satuan),
  ];
}

/**
 * The year's Target … Predikat. Pembilang, penyebut and realisasi are typed only on a tahunan sheet
 * (a triwulan year adds up its quarters); pembilang and penyebut print only there, realisasi always.
 */
function yearColumns(group: string | undefined, width: (key: string) => number, predikatWidth: number, typed: boolean): IndikatorColumn[] {
  const measure = (key: "pembilang" | "penyebut" | "realisasi", print: boolean) =>
    column(key, key[0]!.toUpperCase() + key.slice(1), width(key), {
      group,
      print,
      ...(typed ? { typed: key } : {}),
      ...(key === "realisasi" ? { rekap: true } : {}),
    });
  return [
    column("target", "Target", width("target"), { group, typed: "target", rekap: true }),
    measure("pembilang", typed),
    measure("penyebut", typed),
    measure("realisasi", true),
    column("capaian", "Capaian (%)", width("capaian"), { group, rekap: true }),
    column("predikat", "Predikat", predikatWidth, { group }),
  ];
}

/** Columns shown on screen but left out of the printed page (none on a tahunan sheet). */
export function printHiddenColumns(columns: readonly IndikatorColumn[]): number[] {
  return columns.flatMap((c, i) => (!c.print && !c.hidden ? [i] : []));
}

/** Column index by key; throws on a typo so a layout change cannot silently misplace a formula. */
export function columnIndex(columns: readonly ColumnPlan[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`kolom ${key} tidak ada`);
  return i;
}

/**
 * What the table header holds, row by row: the label row(s) — one for tahunan; group and label for
 * triwulan, the group label in the first column of its group only — then the column-number row.
 * `numbering`: "printed" (the form's since issue 17: the printed columns 1, 2, 3 …, none on a column
 * that does not print) or "every" (what sheets written before it show: every column numbered).
 */
export function headerRows(columns: readonly ColumnPlan[], numbering: "printed" | "every" = "printed"): (string | number)[][] {
  const grouped = columns.some((c) => c.header.length === 2);
  const top = columns.map((c, i) =>
    c.header.length === 2 ? (columns[i - 1]?.header[0] === c.header[0] ? "" : (c.header[0] as string)) : (c.header[0] as string),
  );
  const labels = grouped ? [top, columns.map((c) => c.header[1] ?? "")] : [top];
  if (numbering === "every") return [...labels, columns.map((_, i) => i + 1)];
  // A layout frozen before columns said whether they print numbered every column: as it was written.
  let n = 0;
  const printed = (c: ColumnPlan) => !("print" in c) || ((c as IndikatorColumn).print && !(c as IndikatorColumn).hidden);
  return [...labels, columns.map((c) => (printed(c) ? ++n : ""))];
}
