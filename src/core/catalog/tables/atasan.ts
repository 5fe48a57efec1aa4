/**
 * JABATAN's `Atasan`: each jabatan's atasan langsung by kode, for the Perjanjian Kinerja. All blank (or
 * no such column, an older catalog) means "not filled in yet": every jabatan is left without `atasan`
 * and only the PK asks for it. Once any is filled the whole column must make one tree: every Atasan
 * a kode of JABATAN (not the row's own), exactly one jabatan without (the head of office), no cycles.
 */
import type { Jabatan } from "../model";
import { shown } from "./problems";

export interface AtasanCell {
  row: number;
  jabatan: Jabatan;
  /** As typed, spaces folded; "" blank. */
  typed: string;
}

/** Sets `atasan` on each jabatan (the kode as JABATAN spells it, "" for the head); reports each problem at its row. */
export function readAtasan(
  cells: readonly AtasanCell[],
  byKode: ReadonlyMap<string, Jabatan>,
  problem: (row: number, message: string) => void,
): void {
  if (cells.every((c) => c.typed === "")) return;
  const heads: AtasanCell[] = [];
  for (const cell of cells) {
    if (cell.typed === "") {
      cell.jabatan.atasan = "";
      heads.push(cell);
      continue;
    }
    const found = byKode.get(cell.typed.toLowerCase());
    if (!found)
      problem(
        cell.row,
        `Atasan ${shown(cell.typed)} bukan Kode di lembar JABATAN. Isi kode jabatan atasan langsung, atau kosongkan untuk kepala instansi.`,
      );
    else if (found === cell.jabatan)
      problem(cell.row, `Atasan ${shown(cell.typed)} adalah jabatan ini sendiri; isi kode jabatan atasan langsungnya.`);
    else cell.jabatan.atasan = found.kode;
  }
  const [head, ...more] = heads;
  const headShown = head ? `${head.jabatan.kode || "jabatan"} (baris ${head.row + 1})` : "";
  for (const extra of more)
    problem(
      extra.row,
      `Atasan kosong, padahal ${headShown} sudah tanpa atasan: hanya kepala instansi yang Atasan-nya kosong. ` +
        "Isi kode jabatan atasan langsung.",
    );
  reportCycles(cells, byKode, problem, heads.length === 0);
}

/** Each cycle of atasan once, at its first row in sheet order; `noHead`: said when no jabatan is without atasan. */
function reportCycles(
  cells: readonly AtasanCell[],
  byKode: ReadonlyMap<string, Jabatan>,
  problem: (row: number, message: string) => void,
  noHead: boolean,
): void {
  const rowOf = new Map(cells.map((c) => [c.jabatan, c.row]));
  const done = new Set<Jabatan>();
  for (const start of cells) {
    const path: Jabatan[] = [];
    let at: Jabatan | undefined = start.jabatan;
    while (at && !done.has(at) && !path.includes(at)) {
      path.push(at);
      at = at.atasan ? byKode.get(at.atasan.toLowerCase()) : undefined;
    }
    if (at && path.includes(at)) {
      const cycle = path.slice(path.indexOf(at));
      const first = Math.min(...cycle.map((j) => rowOf.get(j) ?? 0));
      const chain = [...cycle, at].map((j) => j.kode).join(" → ");
      const why = noHead ? " Tidak ada jabatan tanpa atasan: kepala instansi harus dikosongkan Atasan-nya." : "";
      problem(first, `Atasan berputar: ${chain}. Rantai atasan harus berakhir di kepala instansi (Atasan kosong).${why}`);
    }
    for (const j of path) done.add(j);
  }
}
