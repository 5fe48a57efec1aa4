/**
 * A jabatan's Perjanjian Kinerja as a sheet plan (README "Perjanjian Kinerja"), A4 portrait: page 1 the
 * statement (title, instansi, the two parties, the promise and the supervision clause, place and date,
 * PIHAK KEDUA left and PIHAK PERTAMA right); page 2 the lampiran (the sasaran, indicators and targets in
 * force that year, a sasaran spanning its rows; the program table with its total when PROGRAM has lines
 * for the jabatan; the same signatures). A blank official prints as a dotted placeholder naming the cell
 * to fill, and is listed in `missing`. Pure.
 */
import { type Catalog, catalogForYear } from "../catalog/model";
import { pkSheetName } from "../naming";
import { SheetBuilder } from "../plan/builder";
import { textHeightPx } from "../print/text-height";
import { formatNip } from "../rules/nip";
import type { CellStyle, SheetPlan } from "../sheet/types";
import { programTable, sasaranTable } from "./lampiran";
import { locateMissing, type MissingPlace } from "./locate";
import { DOTS, HALF, PK_WIDTHS, px, S, WIDTH } from "./look";
import { type MissingField, type Parties, type Pihak, partiesOf } from "./parties";
import { pkWording } from "./wording";

/** The warning of an unlocked PK's protection. */
export const PK_PROTECTION = "Perjanjian Kinerja dibuat dari katalog: ubah katalognya, lalu tekan Buat PK";

export interface PkOptions {
  tahun: number;
  perubahan: boolean;
  /** Where a missing field is typed (locate.ts with the catalog sheets' values); default: its label only. */
  where?: (field: MissingField) => MissingPlace;
}

export interface PkSheet {
  plan: SheetPlan;
  /** The blank fields this PK prints as placeholders, each once, in print order: locking waits for them. */
  missing: MissingPlace[];
}

/** The PK of the jabatan `kode` of `catalog`. Throws AtasanUnknown while the catalog does not say its atasan. */
export function pkSheet(catalog: Catalog, kode: string, options: PkOptions): PkSheet {
  const where = options.where ?? ((field: MissingField) => locateMissing(field));
  const year = catalogForYear(catalog, options.tahun);
  const jabatan = year.jabatan.find((j) => j.kode === kode);
  if (!jabatan) throw new Error(`Jabatan tidak dikenal: ${kode}`);
  const parties = partiesOf(year, jabatan);
  const words = pkWording(options.tahun, options.perubahan, catalog.instansi.naskahPk);
  const b = new SheetBuilder(WIDTH);
  const missing = new Map<string, MissingPlace>();
  const place = (field: MissingField) => {
    const found = where(field);
    missing.set(found.cell ?? found.label, found);
    return found;
  };
  const ctx: Ctx = { b, place, parties, dated: datedLine(catalog, options.tahun) };

  // Page 1: the statement.
  let row = heading(b, 0, [words.title, catalog.instansi.nama]);
  row = paragraph(b, row + 1, words.opening);
  row = party(ctx, row + 1, parties.pertama, words.pertama);
  row = party(ctx, row + 1, parties.kedua, words.kedua);
  row = paragraph(b, row + 1, words.promise);
  row = paragraph(b, row + 1, words.supervision);
  row = signatures(ctx, row + 1);

  // Page 2: the lampiran.
  const lampiran = row + 1;
  row = heading(b, lampiran, [words.lampiran, jabatan.nama]);
  const table = sasaranTable(b, row + 1, jabatan, options.tahun);
  row = table.end;
  row = programTable(b, row + 1, year, jabatan.kode, options.tahun);
  const signature = { row: row + 1, col: 0, rows: 0, cols: WIDTH };
  row = signatures(ctx, row + 1);
  signature.rows = row - signature.row;

  const plan = b.finish({
    name: pkSheetName(options.tahun, kode, options.perubahan),
    kind: "pk",
    kode,
    orientation: "portrait",
    pageStarts: [lampiran],
    columnWidths: [...PK_WIDTHS],
    hiddenColumns: [],
    frozenRows: 0,
    // Until it is locked, every cell warns before an edit: what the PK says comes from the catalog.
    protectedAreas: [{ row: 0, col: 0, rows: b.cells.length, cols: WIDTH, description: PK_PROTECTION }],
    conditionalRules: [],
    indikatorRows: table.indikatorRows,
    table: {
      headerRow: table.headerRow,
      headerRows: 1,
      firstRow: table.headerRow + 1,
      lastRow: table.lastRow,
      columns: table.columns,
      idColumn: -1,
    },
    charts: [],
    signature,
  });
  return { plan, missing: [...missing.values()] };
}

interface Ctx {
  b: SheetBuilder;
  place: (field: MissingField) => MissingPlace;
  parties: Parties;
  dated: string;
}

/** Place and date: PENGATURAN's, else the kabupaten with a dotted date to fill by hand. */
function datedLine(catalog: Catalog, tahun: number): string {
  const set = catalog.instansi.tempatTanggal.trim();
  return set || `${catalog.instansi.kabupaten}, ${DOTS.slice(0, 20)} ${tahun}`;
}

/** One merged full-width line per text, centred and bold; returns the row after them. */
function heading(b: SheetBuilder, top: number, lines: readonly string[]): number {
  lines.forEach((text, i) => {
    const style = i === 0 ? S.title : S.subtitle;
    b.set(top + i, 0, { value: text, style });
    b.merge({ row: top + i, col: 0, rows: 1, cols: WIDTH });
    b.rowHeights[top + i] = Math.max(24, textHeightPx(text, px(0, WIDTH), style));
  });
  return top + lines.length;
}

/** A wrapped paragraph over the full width, its row as tall as it needs; returns the row after it. */
function paragraph(b: SheetBuilder, row: number, text: string): number {
  b.set(row, 0, { value: text, style: S.para });
  b.merge({ row, col: 0, rows: 1, cols: WIDTH });
  b.rowHeights[row] = textHeightPx(text, px(0, WIDTH), S.para);
  return row + 1;
}

/** "Nama : …", "Jabatan : …" and the sentence that names the party; returns the row after them. */
function party(ctx: Ctx, top: number, pihak: Pihak, says: string): number {
  const { b } = ctx;
  const nama = pihak.nama || placeholder(ctx, pihak, pihak.kepalaDaerah ? "namaKepalaDaerah" : "nama");
  const jabatan = pihak.jabatan ? titleOf(pihak) : placeholder(ctx, pihak, "jabatanKepalaDaerah");
  [
    ["Nama", nama],
    ["Jabatan", jabatan],
  ].forEach(([label, value], i) => {
    const text = `: ${value}`;
    b.set(top + i, 1, { value: label, style: S.label });
    b.set(top + i, 2, { value: text, style: S.para });
    b.merge({ row: top + i, col: 2, rows: 1, cols: WIDTH - 2 });
    b.rowHeights[top + i] = textHeightPx(text, px(2, WIDTH - 2), S.para);
  });
  return paragraph(b, top + 2, says);
}

const titleOf = (pihak: Pihak) => (pihak.status ? `${pihak.status} ${pihak.jabatan}` : pihak.jabatan);

/** The dotted line for a blank field of `pihak`, naming where to fill it; the field is listed as missing. */
function placeholder(ctx: Ctx, pihak: Pihak, kind: "nama" | "pangkat" | "nip" | "namaKepalaDaerah" | "jabatanKepalaDaerah"): string {
  const field = pihak.missing.find((m) => fieldKind(m) === kind);
  if (!field) return DOTS;
  const found = ctx.place(field);
  return `${DOTS} (isi ${found.cell ?? found.label})`;
}

function fieldKind(m: MissingField): string {
  switch (m.field) {
    case "namaPejabat":
    case "namaPenandatangan":
      return "nama";
    case "pangkatPejabat":
    case "pangkat":
      return "pangkat";
    case "nipPejabat":
    case "nip":
      return "nip";
    default:
      return m.field;
  }
}

/** Place and date over PIHAK PERTAMA; PIHAK KEDUA left, PIHAK PERTAMA right, each title, room to sign, name, pangkat, NIP. */
function signatures(ctx: Ctx, top: number): number {
  const { b, parties } = ctx;
  const side = (pihak: Pihak) => {
    const nama = pihak.nama
      ? { value: pihak.nama, style: S.signName }
      : { value: placeholder(ctx, pihak, pihak.kepalaDaerah ? "namaKepalaDaerah" : "nama"), style: S.placeholder };
    const title = pihak.jabatan
      ? { value: titleOf(pihak), style: S.sign }
      : { value: placeholder(ctx, pihak, "jabatanKepalaDaerah"), style: S.placeholder };
    const lines: { value: string; style: CellStyle }[] = [
      title,
      { value: "", style: S.sign },
      { value: "", style: S.sign },
      { value: "", style: S.sign },
      nama,
    ];
    if (!pihak.kepalaDaerah) {
      lines.push(
        pihak.pangkat ? { value: pihak.pangkat, style: S.sign } : { value: placeholder(ctx, pihak, "pangkat"), style: S.placeholder },
      );
      lines.push(
        pihak.nip
          ? { value: `NIP. ${formatNip(pihak.nip)}`, style: S.sign }
          : { value: `NIP. ${placeholder(ctx, pihak, "nip")}`, style: S.placeholder },
      );
    }
    return lines;
  };
  const left = [{ value: "", style: S.sign }, { value: "PIHAK KEDUA,", style: S.signName }, ...side(parties.kedua)];
  const right = [{ value: ctx.dated, style: S.sign }, { value: "PIHAK PERTAMA,", style: S.signName }, ...side(parties.pertama)];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const row = top + i;
    let height = 0;
    [left[i], right[i]].forEach((line, s) => {
      const col = s * HALF;
      const cell = line ?? { value: "", style: S.sign };
      b.set(row, col, cell.value ? cell : { style: cell.style });
      b.merge({ row, col, rows: 1, cols: HALF });
      if (cell.value) height = Math.max(height, textHeightPx(cell.value, px(col, HALF), cell.style));
    });
    if (height) b.rowHeights[row] = height;
  }
  return top + rows;
}
