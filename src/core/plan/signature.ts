/**
 * The signature block of the forms: the jabatan sheets (the head of office, or each jabatan's own
 * official when PENGATURAN says so) and the REKAP (always the head). Pure.
 */
import type { Instansi, Jabatan } from "../catalog/model";
import { formatNip } from "../rules/nip";
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

/**
 * The signature block: place and date if set, title lines, room to sign, name, pangkat, NIP. Without a
 * jabatan (the REKAP) the head of office signs. Returns its last row.
 */
export function signatureBlock(
  b: SheetBuilder,
  instansi: Instansi,
  jabatan: Jabatan | undefined,
  top: number,
  col: number,
  cols: number,
): number {
  const signer = signerOf(instansi, jabatan);
  const lines: [string, typeof STYLE.signature][] = [
    ...(instansi.tempatTanggal.trim() ? [[instansi.tempatTanggal.trim(), STYLE.signature] as [string, typeof STYLE.signature]] : []),
    ...signer.title.map((line) => [line, STYLE.signature] as [string, typeof STYLE.signature]),
    ["", STYLE.signature],
    ["", STYLE.signature],
    ["", STYLE.signature],
    [signer.nama, STYLE.signatureName],
    [signer.pangkat, STYLE.signature],
    [`NIP. ${formatNip(signer.nip)}`, STYLE.signature],
  ];
  lines.forEach(([text, style], i) => {
    b.set(top + i, col, text ? { value: text, style } : { style });
    b.merge({ row: top + i, col, rows: 1, cols });
  });
  return top + lines.length - 1;
}
