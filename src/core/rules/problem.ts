/**
 * A rule refuses bad input by throwing a RuleProblem: a code (shared with the
 * formula twins, which show CELL_MESSAGES[code] in the cell) and the name of the
 * argument at fault. Custom functions add the function name and position.
 */
export type ProblemCode =
  | "BUKAN_ANGKA"
  | "PENYEBUT_NOL"
  | "TARGET_TIDAK_POSITIF"
  | "NILAI_KLA_DI_LUAR_RENTANG"
  | "INDEKS_DI_LUAR_RENTANG"
  | "NEGATIF"
  | "JUMLAH_NOL"
  | "PILIHAN_TIDAK_DIKENAL"
  | "HASIL_TIDAK_TERHINGGA";

export class RuleProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly argument: string,
    detail?: string,
  ) {
    super(detail ?? PROBLEM_TEXT[code]);
    this.name = "RuleProblem";
  }
}

/** Long form, for custom-function errors (after "argumen X ..."). */
export const PROBLEM_TEXT: Record<ProblemCode, string> = {
  BUKAN_ANGKA: "bukan angka",
  PENYEBUT_NOL: "Σ penyebut bernilai 0 sehingga persentase tidak dapat dihitung",
  TARGET_TIDAK_POSITIF: "target harus lebih besar dari 0 agar capaian dapat dihitung",
  NILAI_KLA_DI_LUAR_RENTANG: "nilai evaluasi KLA harus di antara 0 dan 1000",
  INDEKS_DI_LUAR_RENTANG: "indeks harus di antara 0 dan 100",
  NEGATIF: "tidak boleh negatif",
  JUMLAH_NOL: "jumlah kedua nilai bernilai 0",
  PILIHAN_TIDAK_DIKENAL: "pilihan tidak dikenal",
  HASIL_TIDAK_TERHINGGA: "menghasilkan nilai tak terhingga (angka terlalu besar atau terlalu kecil)",
};

/** Short form, shown in a cell by the formula twins (no #DIV/0! for users). */
export const CELL_MESSAGES = {
  BUKAN_ANGKA: "Bukan angka",
  PENYEBUT_NOL: "Penyebut 0",
  TARGET_TIDAK_POSITIF: "Target harus > 0",
  NILAI_KLA_DI_LUAR_RENTANG: "Nilai di luar 0-1000",
} as const satisfies Partial<Record<ProblemCode, string>>;
