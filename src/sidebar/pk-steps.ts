import type { PkMissing, PkResult } from "../shared/api";
import { messageOf } from "./ui/errors";
import type { Failure } from "./ui/render";
import { callServer } from "./ui/server";

/**
 * The PK sheets made one createPerjanjianKinerja call per jabatan: each call stays far inside
 * Apps Script's 6-minute limit and the panel can say "n / N". Unlike the year's sheets there is
 * no REKAP waiting at the end, so a failed jabatan does not stop the others.
 */

/** The chosen year, PK kind and jabatan: every button of the PK section acts on them. */
export interface PkChoice {
  tahun: number;
  perubahan: boolean;
  kodes: string[];
}

export interface PkRun {
  /** The answers of the calls that succeeded, in call order. */
  answers: PkResult[];
  failures: Failure[];
}

/** Makes the calls one after the other, in the order of `kodes` (the checklist's, the catalog's); `onStep(i)` before each. */
export async function createEach(
  tahun: number,
  perubahan: boolean,
  kodes: readonly string[],
  onStep: (index: number) => void,
): Promise<PkRun> {
  const run: PkRun = { answers: [], failures: [] };
  for (const [index, kode] of kodes.entries()) {
    onStep(index);
    try {
      run.answers.push(await callServer("createPerjanjianKinerja", { tahun, jabatan: [kode], perubahan }));
    } catch (error) {
      run.failures.push({ kode, message: messageOf(error) });
    }
  }
  return run;
}

/** "PK 2027", "PK Perubahan 2027": how the sidebar names a year's PK. */
export function pkTitle(tahun: number, perubahan: boolean): string {
  return perubahan ? `PK Perubahan ${tahun}` : `PK ${tahun}`;
}

/**
 * The answers as one result: sheets and renamed sheets in call order, each blank field once (an
 * official is pihak pertama of one PK and pihak kedua of the next), and one summary instead of
 * each call's message.
 */
export function combinePk(tahun: number, perubahan: boolean, answers: readonly PkResult[]): PkResult {
  const lembar = answers.flatMap((a) => a.lembar);
  const count = (status: string) => lembar.filter((s) => s.status === status).length;
  const locked = count("terkunci");
  // The catalog is completed by the first call of a run only; said once, before the summary.
  const katalogDilengkapi = answers.map((a) => a.katalogDilengkapi).find(Boolean) ?? "";
  const message =
    (katalogDilengkapi ? `${katalogDilengkapi} ` : "") +
    `${pkTitle(tahun, perubahan)}: ${count("dibuat")} dibuat, ${count("diperbarui")} diperbarui` +
    (locked > 0 ? `, ${locked} terkunci (tidak diubah).` : ".");
  return {
    tahun,
    perubahan,
    lembar,
    belumDiisi: distinct(answers.flatMap((a) => a.belumDiisi)),
    lembarLama: answers.flatMap((a) => a.lembarLama),
    katalogDilengkapi,
    message,
  };
}

/** Each field once, by cell and label (a field without a cell yet is told apart by its label). */
export function distinct(fields: readonly PkMissing[]): PkMissing[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.cell}\u0000${f.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
