import { bundleFileName, folderName, pdfFileName, rekapSheetName, sheetKey, sheetName } from "../naming";
import { ExportProblem } from "./problem";

/**
 * What an export request means for this spreadsheet, decided before anything is
 * fetched or saved: which sheets go into which file. Pure.
 *
 * - One file per jabatan: the chosen jabatan sheets, in catalog order (REKAP is
 *   not a jabatan and has no file of its own here).
 * - Bundle: one file with the chosen jabatan sheets in catalog order and the
 *   year's REKAP LAST, when the REKAP sheet exists.
 * - No jabatan given: every jabatan sheet of that year that exists.
 */

export interface ExportRequestLike {
  tahun: number;
  /** Jabatan kode as sent; the catalog's order is kept, whatever order they come in. */
  jabatan?: readonly string[];
  bundel?: boolean;
}

export interface ExportFilePlan {
  /** The jabatan kode, or "BUNDEL". */
  label: string;
  fileName: string;
  /** Sheets printed into this file, in print order. */
  sheetNames: string[];
  /** Who the file is about, for messages: "jabatan KADIS" or "bundel tahun 2027". */
  subject: string;
}

export interface ExportPlan {
  tahun: number;
  folderName: string;
  bundel: boolean;
  files: ExportFilePlan[];
}

const BUTTON_HINT = 'lewat tombol "Buat / perbarui lembar" di sidebar';

/** `kodes`: the catalog's jabatan kodes in print order (the catalog as read from the spreadsheet). */
export function planExport(request: ExportRequestLike, sheetNames: readonly string[], kodes: readonly string[]): ExportPlan {
  const { tahun } = request;
  // The sheets' actual names, found without regard to case as Sheets does (a user may rename "2027 KADIS" to "2027 Kadis").
  const actual = new Map(sheetNames.map((name) => [sheetKey(name), name]));
  const nameOf = (wanted: string) => actual.get(sheetKey(wanted));
  const sheetOf = (kode: string) => nameOf(sheetName(tahun, kode));
  const has = (kode: string) => sheetOf(kode) !== undefined;

  let chosen: string[];
  if (request.jabatan && request.jabatan.length > 0) {
    const wanted = new Set(request.jabatan);
    chosen = kodes.filter((kode) => wanted.has(kode));
    const missing = chosen.filter((kode) => !has(kode));
    if (missing.length > 0) throw new ExportProblem(missingSheetsMessage(tahun, missing));
  } else {
    chosen = kodes.filter(has);
    if (chosen.length === 0) {
      throw new ExportProblem(
        `Belum ada sheet IKI tahun ${tahun} di spreadsheet ini (dicari: "${sheetName(tahun, kodes[0] ?? "<kode>")}" dan seterusnya). ` +
          `Buat tahun ${tahun} dulu ${BUTTON_HINT}, lalu ekspor lagi.`,
      );
    }
  }

  const folder = folderName(tahun);
  if (request.bundel) {
    const rekap = nameOf(rekapSheetName(tahun));
    const sheets = chosen.map((kode) => sheetOf(kode) as string);
    if (rekap) sheets.push(rekap);
    return {
      tahun,
      folderName: folder,
      bundel: true,
      files: [{ label: "BUNDEL", fileName: bundleFileName(tahun), sheetNames: sheets, subject: `bundel tahun ${tahun}` }],
    };
  }
  return {
    tahun,
    folderName: folder,
    bundel: false,
    files: chosen.map((kode) => ({
      label: kode,
      fileName: pdfFileName(tahun, kode),
      sheetNames: [sheetOf(kode) as string],
      subject: `jabatan ${kode}`,
    })),
  };
}

function missingSheetsMessage(tahun: number, missing: readonly string[]): string {
  const names = missing.map((kode) => `"${sheetName(tahun, kode)}"`).join(", ");
  const who = missing.length === 1 ? `jabatan ${missing[0]}` : `jabatan ${missing.join(", ")}`;
  return `Sheet ${names} untuk ${who} belum ada di spreadsheet ini. ` + `Buat tahun ${tahun} dulu ${BUTTON_HINT}, lalu ekspor lagi.`;
}
