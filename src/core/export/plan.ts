import {
  buktiSheetName,
  bundleFileName,
  folderName,
  pdfFileName,
  pkBundleFileName,
  pkPdfFileName,
  pkSheetName,
  rekapSheetName,
  sheetKey,
  sheetName,
} from "../naming";
import { ExportProblem } from "./problem";
import type { Orientation } from "./url";

/**
 * What an export request means for this spreadsheet, decided before anything is
 * fetched or saved: which sheets go into which file. Pure.
 *
 * - One file per jabatan: the chosen jabatan sheets, in catalog order (REKAP is
 *   not a jabatan and has no file of its own here).
 * - Bundle: one file with the chosen jabatan sheets in catalog order, then the
 *   year's REKAP and its BUKTI sheet (the evidence index), when they exist.
 * - No jabatan given: every jabatan sheet of that year that exists.
 * - dokumen "pk": the same for the jabatan's Perjanjian Kinerja sheets (murni or
 *   perubahan; no REKAP), printed portrait, into the same folder.
 */

/** Which sheets: the IKI's (left out) or the Perjanjian Kinerja's. */
export type Dokumen = "iki" | "pk";

export interface ExportRequestLike {
  tahun: number;
  /** Jabatan kode as sent; the catalog's order is kept, whatever order they come in. */
  jabatan?: readonly string[];
  bundel?: boolean;
  dokumen?: Dokumen;
  /** With dokumen "pk": the PK Perubahan sheets instead of the year's first PK. */
  perubahan?: boolean;
}

export interface ExportFilePlan {
  /** The jabatan kode, or "BUNDEL". */
  label: string;
  fileName: string;
  /** Sheets printed into this file, in print order. */
  sheetNames: string[];
  /** Who the file is about, for messages: "jabatan KADIS", "bundel tahun 2027", "PK jabatan KADIS". */
  subject: string;
}

export interface ExportPlan {
  tahun: number;
  folderName: string;
  bundel: boolean;
  dokumen: Dokumen;
  /** How its sheets print: the IKI's landscape, the PK's portrait. */
  orientation: Orientation;
  files: ExportFilePlan[];
}

const BUTTON_HINT = 'lewat tombol "Buat / perbarui lembar" di sidebar';
const PK_HINT = "tekan Buat PK dulu, lalu ekspor lagi.";

/** `kodes`: the catalog's jabatan kodes in print order (the catalog as read from the spreadsheet). */
export function planExport(request: ExportRequestLike, sheetNames: readonly string[], kodes: readonly string[]): ExportPlan {
  const { tahun } = request;
  // The sheets' actual names, found without regard to case as Sheets does (a user may rename "2027 KADIS" to "2027 Kadis").
  const actual = new Map(sheetNames.map((name) => [sheetKey(name), name]));
  const nameOf = (wanted: string) => actual.get(sheetKey(wanted));
  if (request.dokumen === "pk") return planPk(request, nameOf, kodes);
  const sheetOf = (kode: string) => nameOf(sheetName(tahun, kode));

  const chosen = chooseKodes(request, kodes, sheetOf, {
    missing: (missing) => missingSheetsMessage(tahun, missing),
    none: () =>
      `Belum ada sheet IKI tahun ${tahun} di spreadsheet ini (dicari: "${sheetName(tahun, kodes[0] ?? "<kode>")}" dan seterusnya). ` +
      `Buat tahun ${tahun} dulu ${BUTTON_HINT}, lalu ekspor lagi.`,
  });

  const base = { tahun, folderName: folderName(tahun), dokumen: "iki", orientation: "landscape" } as const;
  if (request.bundel) {
    const rekap = nameOf(rekapSheetName(tahun));
    const bukti = nameOf(buktiSheetName(tahun));
    const sheets = chosen.map((kode) => sheetOf(kode) as string);
    if (rekap) sheets.push(rekap);
    // The evidence index evaluators ask for, after the REKAP.
    if (bukti) sheets.push(bukti);
    return {
      ...base,
      bundel: true,
      files: [{ label: "BUNDEL", fileName: bundleFileName(tahun), sheetNames: sheets, subject: `bundel tahun ${tahun}` }],
    };
  }
  return {
    ...base,
    bundel: false,
    files: chosen.map((kode) => ({
      label: kode,
      fileName: pdfFileName(tahun, kode),
      sheetNames: [sheetOf(kode) as string],
      subject: `jabatan ${kode}`,
    })),
  };
}

/** The PK sheets ("PK 2027 KADIS", "PK Perubahan 2027 KADIS"), per jabatan or one bundle; portrait, as core/pk lays them out. */
function planPk(request: ExportRequestLike, nameOf: (wanted: string) => string | undefined, kodes: readonly string[]): ExportPlan {
  const { tahun } = request;
  const perubahan = request.perubahan === true;
  const pkName = (kode: string) => pkSheetName(tahun, kode, perubahan);
  const sheetOf = (kode: string) => nameOf(pkName(kode));
  const what = perubahan ? "PK Perubahan" : "PK";
  const chosen = chooseKodes(request, kodes, sheetOf, {
    missing: (missing) => `${missing.map(pkName).join(", ")} belum dibuat: ${PK_HINT}`,
    none: () => `Belum ada ${what} ${tahun} di spreadsheet ini (dicari: ${pkName(kodes[0] ?? "<kode>")} dan seterusnya): ${PK_HINT}`,
  });
  const sheets = chosen.map((kode) => sheetOf(kode) as string);
  const base = { tahun, folderName: folderName(tahun), dokumen: "pk", orientation: "portrait" } as const;
  if (request.bundel) {
    return {
      ...base,
      bundel: true,
      files: [
        { label: "BUNDEL", fileName: pkBundleFileName(tahun, perubahan), sheetNames: sheets, subject: `bundel ${what} tahun ${tahun}` },
      ],
    };
  }
  return {
    ...base,
    bundel: false,
    files: chosen.map((kode, i) => ({
      label: kode,
      fileName: pkPdfFileName(tahun, kode, perubahan),
      sheetNames: [sheets[i] as string],
      subject: `${what} jabatan ${kode}`,
    })),
  };
}

/**
 * The jabatan to export, in catalog order: the chosen ones, each of which must have its sheet, or every
 * one that has its sheet, at least one. `sheetOf` finds a kode's sheet; the messages say what is missing.
 */
function chooseKodes(
  request: ExportRequestLike,
  kodes: readonly string[],
  sheetOf: (kode: string) => string | undefined,
  messages: { missing: (kodes: string[]) => string; none: () => string },
): string[] {
  const has = (kode: string) => sheetOf(kode) !== undefined;
  if (request.jabatan && request.jabatan.length > 0) {
    const wanted = new Set(request.jabatan);
    const chosen = kodes.filter((kode) => wanted.has(kode));
    const missing = chosen.filter((kode) => !has(kode));
    if (missing.length > 0) throw new ExportProblem(messages.missing(missing));
    return chosen;
  }
  const chosen = kodes.filter(has);
  if (chosen.length === 0) throw new ExportProblem(messages.none());
  return chosen;
}

function missingSheetsMessage(tahun: number, missing: readonly string[]): string {
  const names = missing.map((kode) => `"${sheetName(tahun, kode)}"`).join(", ");
  const who = missing.length === 1 ? `jabatan ${missing[0]}` : `jabatan ${missing.join(", ")}`;
  return `Sheet ${names} untuk ${who} belum ada di spreadsheet ini. ` + `Buat tahun ${tahun} dulu ${BUTTON_HINT}, lalu ekspor lagi.`;
}
