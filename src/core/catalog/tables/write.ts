/**
 * A catalog → its three sheets (laid out in layout.ts), as plans the renderers already know
 * (src/core/sheet/types.ts): cells with notes and the text format, dropdowns and other
 * input checks, the protected ID column, frozen header, widths. Pure.
 */
import type { Area, CellPlan, CellStyle, ColumnPlan, InputArea, SheetPlan, ValidationPlan } from "../../sheet/types";
import { type Berlaku, type Catalog, type Indikator, type Jabatan, type Sasaran, STATUS_PENANDATANGAN } from "../model";
import { TAHUN_MAX, TAHUN_MIN } from "./cells";
import {
  ANGGARAN_WIDTH,
  anggaranLabel,
  anggaranNote,
  type CatalogSheetName,
  JABATAN_COLUMNS,
  KATALOG_COLUMNS,
  KATALOG_LISTS,
  PENGATURAN_COLUMNS,
  PROGRAM_COLUMNS,
  SETTINGS,
  type SettingKey,
  SPARE_ROWS,
  TARGET_WIDTH,
  targetLabel,
  targetNote,
} from "./layout";
import { showNip } from "./nip";

/** A catalog sheet's plan: a SheetPlan without what only a year's sheet has (year, periode, indicator rows). */
export type CatalogSheetPlan = SheetPlan & { kind: "katalog" };

/** A dropdown whose values are a range of another sheet (KATALOG's Kode Jabatan ← JABATAN's Kode): SheetPlan cannot say so. */
export interface RangeListPlan {
  area: Area;
  source: { sheet: CatalogSheetName } & Area;
  help: string;
}

export interface CatalogSheet {
  name: CatalogSheetName;
  /** 0-based row of the header labels. */
  headerRow: number;
  plan: CatalogSheetPlan;
  /** Dropdowns fed from another sheet's range; `plan.inputs` holds the same cells with the list as it is now, for renderers that cannot refer. */
  rangeLists: RangeListPlan[];
}

export type CatalogTables = Record<CatalogSheetName, CatalogSheet>;

export interface CatalogTablesOptions {
  /** `Target <tahun>` columns to write besides the years the catalog has targets for (e.g. the Renstra years). */
  targetYears?: readonly number[];
  /** Empty formatted rows below each table (default SPARE_ROWS). */
  spareRows?: number;
}

type Value = string | number;

interface Column {
  key: string;
  label: string;
  width: number;
  note: string;
  /** Text format ("@") on every row, so nothing typed there turns into a formula, number or date. */
  text: boolean;
  /** Null: not typed into (protected, warning only). */
  validation: ValidationPlan | null;
}

const HEADER_ROW = 0;
const HEADER_STYLE: CellStyle = { bold: true, background: "#e8eaed", hAlign: "center", vAlign: "middle", wrap: true };
const BODY_STYLE: CellStyle = { vAlign: "top", wrap: true };
const LABEL_STYLE: CellStyle = { bold: true, vAlign: "top", wrap: true };
const text = (help: string): ValidationPlan => ({ kind: "text", help });

export function catalogTables(catalog: Catalog, options: CatalogTablesOptions = {}): CatalogTables {
  const spare = options.spareRows ?? SPARE_ROWS;
  return {
    KATALOG: katalogSheet(catalog, options.targetYears ?? [], spare),
    JABATAN: jabatanSheet(catalog, spare),
    PENGATURAN: pengaturanSheet(catalog),
    PROGRAM: programSheet(catalog, options.targetYears ?? [], spare),
  };
}

/** The values as the reader gets them back (getValues(): "" for blank), for the offline path and tests. */
export function sheetValues(sheet: CatalogSheet): unknown[][] {
  return sheet.plan.cells.map((row) => row.map((cell) => cell.value ?? ""));
}

function katalogSheet(catalog: Catalog, targetYears: readonly number[], spare: number): CatalogSheet {
  const years = [...new Set([...targetYears, ...targetYearsOf(catalog)])].sort((a, b) => a - b);
  const kodes = catalog.jabatan.map((j) => j.kode);
  const columns: Column[] = [
    ...KATALOG_COLUMNS.map((c): Column => {
      const list = c.key === "kode" ? kodes : KATALOG_LISTS[c.key];
      const help = c.note;
      const validation: ValidationPlan | null =
        c.key === "id"
          ? null
          : c.key === "berlakuDari" || c.key === "berlakuSampai"
            ? { kind: "number", min: TAHUN_MIN, max: TAHUN_MAX, help }
            : list?.length
              ? { kind: "list", values: list, help }
              : text(help);
      return { ...c, text: !(c.key === "berlakuDari" || c.key === "berlakuSampai"), validation };
    }),
    ...years.map(
      (tahun): Column => ({
        key: `target.${tahun}`,
        label: targetLabel(tahun),
        width: TARGET_WIDTH,
        note: targetNote(tahun),
        text: false,
        validation: text(targetNote(tahun)),
      }),
    ),
  ];
  const rows = catalog.jabatan
    .flatMap((j) => j.sasaran.flatMap((s) => katalogRows(j, s, years)))
    .map((row) => columns.map((c) => row[c.key] ?? ""));
  const sheet = tableSheet("KATALOG", columns, rows, spare);
  sheet.rangeLists.push(
    kodeList(
      "KATALOG",
      columns.findIndex((c) => c.key === "kode"),
      rows.length + spare,
      catalog,
      spare,
    ),
  );
  sheet.plan.table.idColumn = columns.findIndex((c) => c.key === "id");
  return sheet;
}

function targetYearsOf(catalog: Catalog): number[] {
  return catalog.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.flatMap((i) => Object.keys(i.target).map(Number))));
}

/**
 * A sasaran's rows, by column key: one per indicator, or one for a sasaran without indicator.
 * The sheet has no place for a sasaran's own years when it has indicators: they narrow each
 * indicator's years, which keeps every year's selection (catalogForYear) the same.
 */
function katalogRows(j: Jabatan, s: Sasaran, years: readonly number[]): Record<string, Value>[] {
  const shared = { kode: j.kode, sasaran: s.nama };
  if (s.indikator.length === 0) {
    return [{ ...shared, sumberData: s.sumberData ?? "", berlakuDari: s.berlakuDari ?? "", berlakuSampai: s.berlakuSampai ?? "" }];
  }
  return s.indikator.map((i: Indikator) => {
    const { berlakuDari, berlakuSampai } = narrowed(s, i);
    const row: Record<string, Value> = {
      ...shared,
      indikator: i.nama,
      formulasi: i.formulasi,
      pembilang: i.pembilang ?? "",
      penyebut: i.penyebut ?? "",
      sumberData: i.sumberData,
      satuan: i.satuan,
      jenis: i.jenis,
      polaritas: i.polaritas,
      sifatTriwulan: i.sifatTriwulan,
      berlakuDari: berlakuDari ?? "",
      berlakuSampai: berlakuSampai ?? "",
      id: i.id,
    };
    for (const tahun of years) row[`target.${tahun}`] = i.target[String(tahun)] ?? "";
    return row;
  });
}

function narrowed(a: Berlaku, b: Berlaku): Berlaku {
  const pick = (x: number | undefined, y: number | undefined, f: (...n: number[]) => number) =>
    x === undefined ? y : y === undefined ? x : f(x, y);
  return { berlakuDari: pick(a.berlakuDari, b.berlakuDari, Math.max), berlakuSampai: pick(a.berlakuSampai, b.berlakuSampai, Math.min) };
}

function jabatanSheet(catalog: Catalog, spare: number): CatalogSheet {
  const status = STATUS_PENANDATANGAN.filter((v) => v !== "");
  const columns: Column[] = JABATAN_COLUMNS.map((c) => ({
    ...c,
    text: true,
    validation: c.key === "statusPejabat" ? { kind: "list", values: status, help: c.note } : text(c.note),
  }));
  const rows = catalog.jabatan.map((j): Value[] => [
    j.kode,
    j.nama,
    Array.isArray(j.tugas) ? j.tugas.join("\n") : j.tugas,
    j.fungsi.join("\n"),
    j.pejabat?.nama ?? "",
    j.pejabat?.pangkat ?? "",
    showNip(j.pejabat?.nip ?? ""),
    j.statusPejabat ?? "",
    j.atasan ?? "",
    (j.emailPengisi ?? []).join(", "),
  ]);
  const sheet = tableSheet("JABATAN", columns, rows, spare);
  sheet.rangeLists.push(
    kodeList(
      "JABATAN",
      columns.findIndex((c) => c.key === "atasan"),
      rows.length + spare,
      catalog,
      spare,
    ),
  );
  return sheet;
}

/** A dropdown of JABATAN's kodes (as a range of that sheet, rows typed later included) over a column of `sheet`. */
function kodeList(sheet: CatalogSheetName, col: number, rows: number, catalog: Catalog, spare: number): RangeListPlan {
  const kodeCol = JABATAN_COLUMNS.findIndex((c) => c.key === "kode");
  const note = sheet === "JABATAN" ? JABATAN_COLUMNS.find((c) => c.key === "atasan")?.note : KATALOG_COLUMNS[0].note;
  return {
    area: { row: HEADER_ROW + 1, col, rows, cols: 1 },
    source: { sheet: "JABATAN", row: HEADER_ROW + 1, col: kodeCol, rows: catalog.jabatan.length + spare, cols: 1 },
    help: note ?? "",
  };
}

/** PROGRAM: the program lines with an `Anggaran <tahun>` column per year (the target years and those with a budget). */
function programSheet(catalog: Catalog, targetYears: readonly number[], spare: number): CatalogSheet {
  const program = catalog.program ?? [];
  const budgeted = program.flatMap((p) => Object.keys(p.anggaran).map(Number));
  const years = [...new Set([...targetYears, ...budgeted])].sort((a, b) => a - b);
  const columns: Column[] = [
    ...PROGRAM_COLUMNS.map((c): Column => ({ ...c, text: true, validation: text(c.note) })),
    ...years.map(
      (tahun): Column => ({
        key: `anggaran.${tahun}`,
        label: anggaranLabel(tahun),
        width: ANGGARAN_WIDTH,
        note: anggaranNote(tahun),
        text: false,
        validation: { kind: "number", min: 0, help: anggaranNote(tahun) },
      }),
    ),
  ];
  const rows = program.map((p): Value[] => [p.kode, p.nama, p.keterangan, ...years.map((y) => p.anggaran[String(y)] ?? "")]);
  const sheet = tableSheet("PROGRAM", columns, rows, spare);
  sheet.rangeLists.push(kodeList("PROGRAM", 0, rows.length + spare, catalog, spare));
  return sheet;
}

function pengaturanSheet(catalog: Catalog): CatalogSheet {
  const { instansi } = catalog;
  const value: Record<SettingKey, string> = {
    nama: instansi.nama,
    kabupaten: instansi.kabupaten,
    jabatanPenandatangan: instansi.kepala.jabatan.join("\n"),
    status: instansi.kepala.status,
    namaPenandatangan: instansi.kepala.nama,
    pangkat: instansi.kepala.pangkat,
    nip: showNip(instansi.kepala.nip),
    tempatTanggal: instansi.tempatTanggal,
    penandaTanganLembar: instansi.penandaTanganLembar,
    skala: instansi.skala,
    jabatanKepalaDaerah: instansi.kepalaDaerah?.jabatan ?? "",
    namaKepalaDaerah: instansi.kepalaDaerah?.nama ?? "",
    naskahPk: (instansi.naskahPk ?? []).join("\n\n"),
    emailPengelola: (instansi.emailPengelola ?? []).join(", "),
  };
  const [label, nilai, keterangan] = PENGATURAN_COLUMNS;
  const columns: Column[] = [
    { ...label, text: true, validation: null },
    { ...nilai, text: true, validation: text(nilai.note) },
    { ...keterangan, text: true, validation: null },
  ];
  const sheet = tableSheet(
    "PENGATURAN",
    columns,
    SETTINGS.map((s) => [s.label, value[s.key], s.keterangan]),
    0,
  );
  // Each value cell gets its own check: a dropdown for the choices, the setting's explanation as help.
  sheet.plan.inputs = SETTINGS.map((s, i): InputArea => {
    const help = s.keterangan;
    const validation: ValidationPlan = "values" in s && s.values ? { kind: "list", values: s.values, help } : text(help);
    return { row: HEADER_ROW + 1 + i, col: 1, rows: 1, cols: 1, validation };
  });
  for (const row of sheet.plan.cells.slice(HEADER_ROW + 1)) if (row[0]) row[0].style = { ...LABEL_STYLE, numberFormat: "@" };
  return sheet;
}

/** Header row, the rows, then `spare` empty rows carrying the same formats and checks for rows typed later. */
function tableSheet(name: CatalogSheetName, columns: readonly Column[], rows: readonly Value[][], spare: number): CatalogSheet {
  const width = columns.length;
  const first = HEADER_ROW + 1;
  const body = (c: Column, value: Value | undefined): CellPlan => {
    const style = c.text ? { ...BODY_STYLE, numberFormat: "@" } : BODY_STYLE;
    return value === undefined || value === "" ? { style } : { value, style };
  };
  const cells: CellPlan[][] = [
    columns.map((c) => ({ value: c.label, note: c.note, style: HEADER_STYLE })),
    ...rows.map((row) => columns.map((c, i) => body(c, row[i]))),
    ...Array.from({ length: spare }, () => columns.map((c) => body(c, undefined))),
  ];
  const inputs: InputArea[] = [];
  columns.forEach((c, col) => {
    if (c.validation) inputs.push({ row: first, col, rows: rows.length + spare, cols: 1, validation: c.validation });
  });
  const locked = columns.flatMap((c, col) => (c.validation ? [] : [{ row: first, col, rows: rows.length + spare, cols: 1 }]));
  const table = {
    headerRow: HEADER_ROW,
    headerRows: 1,
    firstRow: first,
    lastRow: first + rows.length - 1,
    columns: columns.map((c): ColumnPlan => ({ key: c.key, header: [c.label], width: c.width, input: c.validation !== null })),
    idColumn: -1,
  };
  const plan: CatalogSheetPlan = {
    name,
    kind: "katalog",
    cells,
    width,
    merges: [],
    borders: [{ row: HEADER_ROW, col: 0, rows: rows.length + 1, cols: width }],
    columnWidths: columns.map((c) => c.width),
    rowHeights: cells.map(() => null),
    hiddenColumns: [],
    frozenRows: HEADER_ROW + 1,
    inputs,
    protectedAreas: [{ row: HEADER_ROW, col: 0, rows: 1, cols: width }, ...locked].map((area) => ({
      ...area,
      description: `Label dan kolom ${name} yang dibaca atau diisi oleh add-on`,
    })),
    // Only the labels and the ID column warn: rows and Target columns users add stay free.
    protection: "areas",
    conditionalRules: [],
    indikatorRows: {},
    table,
    charts: [],
  };
  return { name, headerRow: HEADER_ROW, plan, rangeLists: [] };
}
