/**
 * The signature block of the forms: the jabatan sheets (the head of office, or each jabatan's own
 * official when PENGATURAN says so) and the REKAP (always the head). Pure.
 */
import type { Instansi, Jabatan } from "../catalog/model";
import { CELL_PADDING_PX, textHeightPx, textWidthPx } from "../print/text-height";
import { formatNip } from "../rules/nip";
import type { Area, CellStyle } from "../sheet/types";
import type { SheetBuilder } from "./builder";
import { STYLE } from "./styles";

/** Who signs a jabatan sheet: the head of office (with Plt./Plh.), or the jabatan's own official when chosen. */
export function signerOf(instansi: Instansi, jabatan?: Jabatan): { title: string[]; nama: string; pangkat: string; nip: string } {
  if (jabatan && instansi.penandaTanganLembar === "pejabat masing-masing" && jabatan.pejabat) {
    return { title: [jabatan.nama], ...jabatan.pejabat };
  }
  const { kepala } = instansi;
  const [first = "", ...rest] = kepala.jabatan;
  return {
    title: [kepala.status ? `${kepala.status} ${first}` : first, ...rest],
    nama: kepala.nama,
    pangkat: kepala.pangkat,
    nip: kepala.nip,
  };
}

/** Where the block stands: its last column, the fewest columns it spans, and the printed width (px) of a column range. */
export interface SignaturePlace {
  top: number;
  right: number;
  minCols: number;
  printedWidth: (from: number, to: number) => number;
}

/**
 * The signature block: place and date if set, title lines, room to sign, name, pangkat, NIP. Without a
 * jabatan (the REKAP) the head of office signs. It spans, leftwards from `right`, as many columns as its
 * longest line needs at print size, so no line is clipped; a line longer than the whole width wraps, in a
 * row tall enough. Returns its area.
 */
export function signatureBlock(b: SheetBuilder, instansi: Instansi, jabatan: Jabatan | undefined, place: SignaturePlace): Area {
  const signer = signerOf(instansi, jabatan);
  const lines: [string, CellStyle][] = [
    ...(instansi.tempatTanggal.trim() ? [[instansi.tempatTanggal.trim(), STYLE.signature] as [string, CellStyle]] : []),
    ...signer.title.map((line) => [line, STYLE.signature] as [string, CellStyle]),
    ["", STYLE.signature],
    ["", STYLE.signature],
    ["", STYLE.signature],
    [signer.nama, STYLE.signatureName],
    [signer.pangkat, STYLE.signature],
    [`NIP. ${formatNip(signer.nip)}`, STYLE.signature],
  ];
  const needs = Math.max(...lines.map(([text, style]) => textWidthPx(text, style.fontSize ?? 10, style.bold) + CELL_PADDING_PX));
  let col = Math.max(0, place.right - place.minCols + 1);
  while (col > 0 && place.printedWidth(col, place.right) < needs) col--;
  const cols = place.right - col + 1;
  const width = place.printedWidth(col, place.right);
  lines.forEach(([text, style], i) => {
    const row = place.top + i;
    // Too long even for the whole width: wrapped at words, never cut.
    const wrapped = text !== "" && textWidthPx(text, style.fontSize ?? 10, style.bold) + CELL_PADDING_PX > width;
    const look = wrapped ? { ...style, wrap: true } : style;
    b.set(row, col, text ? { value: text, style: look } : { style: look });
    b.merge({ row, col, rows: 1, cols });
    if (wrapped) b.rowHeights[row] = textHeightPx(text, width, look);
  });
  return { row: place.top, col, rows: lines.length, cols };
}
