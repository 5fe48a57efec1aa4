import type { Periode, ScaffoldRequest, ScaffoldResult } from "../shared/api";
import { KATALOG_CONTOH_DIBUAT, listed, PERLINDUNGAN_PERAN, perubahanKatalogText } from "../shared/messages";
import { messageOf } from "./ui/errors";
import { callServer } from "./ui/server";

/**
 * A year's sheets made one scaffoldYear call per jabatan: each call stays far inside Apps
 * Script's 6-minute limit, and the panel can say "n / N". Every call but the last has
 * `rekap: false` (it writes only its jabatan sheet); the last also writes the REKAP, for every
 * jabatan sheet of the year, and alone looks for sheets whose kode the catalog lost.
 */

/** The requests, in the order of `kodes` (the checklist's, which is the catalog's). */
export function scaffoldRequests(tahun: number, periode: Periode, kodes: readonly string[]): ScaffoldRequest[] {
  return kodes.map((kode, i) =>
    i < kodes.length - 1 ? { tahun, jabatan: [kode], periode, rekap: false } : { tahun, jabatan: [kode], periode },
  );
}

export interface Stop {
  /** Index of the request that failed. */
  index: number;
  message: string;
}

export interface Sequence {
  /** The answers of the calls that succeeded, in order. */
  answers: ScaffoldResult[];
  /** The call that failed; null when all succeeded. The sequence stops there: a later call would leave a gap before the REKAP. */
  stop: Stop | null;
}

/** Makes the calls one after the other; `onStep(i)` before each. */
export async function runSequence(requests: readonly ScaffoldRequest[], onStep: (index: number) => void): Promise<Sequence> {
  const answers: ScaffoldResult[] = [];
  for (const [index, request] of requests.entries()) {
    onStep(index);
    try {
      answers.push(await callServer("scaffoldYear", request));
    } catch (error) {
      return { answers, stop: { index, message: messageOf(error) } };
    }
  }
  return { answers, stop: null };
}

/**
 * The answers as one result: the sheets in call order (REKAP last), counts summed, lists joined,
 * lembarTakDikenal from the REKAP call, and one summary instead of each call's message.
 * `complete`: false when the sequence stopped before the REKAP.
 */
export function combine(tahun: number, periode: Periode, answers: readonly ScaffoldResult[], complete: boolean): ScaffoldResult {
  const sum = (pick: (a: ScaffoldResult) => number) => answers.reduce((n, a) => n + pick(a), 0);
  const result: ScaffoldResult = {
    tahun,
    periode,
    lembar: answers.flatMap((a) => a.lembar),
    nilaiDipertahankan: sum((a) => a.nilaiDipertahankan),
    nilaiDipindahkan: sum((a) => a.nilaiDipindahkan),
    lembarLama: answers.flatMap((a) => a.lembarLama),
    targetDariKatalog: sum((a) => a.targetDariKatalog ?? 0),
    targetBerbeda: answers.flatMap((a) => a.targetBerbeda ?? []),
    lembarTakDikenal: answers.flatMap((a) => a.lembarTakDikenal ?? []),
    katalogContohDibuat: answers.some((a) => a.katalogContohDibuat === true),
    perubahanKatalog: answers.flatMap((a) => a.perubahanKatalog ?? []),
    lembarTakTerbaca: answers.flatMap((a) => a.lembarTakTerbaca ?? []),
    // Every call reads the same catalog and file: the last answer says how the sheets stand now.
    perlindungan: answers.at(-1)?.perlindungan ?? "peringatan",
    belumPunyaAkses: answers.at(-1)?.belumPunyaAkses ?? [],
    // Sent by the REKAP call, the last.
    buktiBelumAda: answers.flatMap((a) => a.buktiBelumAda ?? []),
    message: "",
  };
  // A call writes one jabatan sheet, listed before the REKAP: that is where its values were moved.
  const movedIn = answers.flatMap((a) => (a.nilaiDipindahkan > 0 && a.lembar[0] ? [a.lembar[0].name] : []));
  return { ...result, message: summary(result, movedIn, complete) };
}

/**
 * What the run did, in a few sentences. The renamed sheets, differing targets and unknown sheets
 * are not repeated here: the panel lists each of them with its link under the sheets.
 */
function summary(r: ScaffoldResult, movedIn: readonly string[], complete: boolean): string {
  const made = r.lembar.filter((s) => s.status === "dibuat").length;
  const counts = `${made} dibuat, ${r.lembar.length - made} diperbarui`;
  return [
    r.katalogContohDibuat ? KATALOG_CONTOH_DIBUAT : "",
    complete
      ? `Lembar IKI ${r.tahun} (${r.periode}) siap: ${counts}.`
      : `Lembar yang sudah siap sebelum berhenti: ${counts}; REKAP belum diperbarui.`,
    perubahanKatalogText(r.perubahanKatalog ?? []),
    r.targetDariKatalog ? `${r.targetDariKatalog} target diisi dari katalog (Target ${r.tahun}).` : "",
    r.nilaiDipindahkan
      ? `${r.nilaiDipindahkan} isian tidak lagi punya tempat dan dipindahkan ke bagian paling bawah lembar ${listed(movedIn)}.`
      : "",
    r.perlindungan === "peran" ? PERLINDUNGAN_PERAN : "",
  ]
    .filter(Boolean)
    .join(" ");
}
