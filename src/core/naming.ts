/**
 * Every name IKI Sheets writes, and the parser that reads a sheet name back: the
 * year's sheets (`2027 KABID REHSOS`, `2027 REKAP`), a user's sheet moved out of
 * their way (`2027 KADIS (lama)`), the Drive folder (`IKI 2027`) and the PDF files
 * (`IKI 2027 - KADIS.pdf`, `IKI 2027 - Bundel.pdf`). Users see and type these names,
 * so they are kept in one place.
 */

/** The REKAP sheet's name after the year, where a jabatan sheet has its kode. */
export const REKAP = "REKAP";
/** The evidence index's name after the year (`2027 BUKTI`, README "Peran dan bukti dukung"). */
export const BUKTI = "BUKTI";

/** `2027 KABID REHSOS`: a jabatan's sheet of the year. */
export function sheetName(tahun: number, kode: string): string {
  return `${tahun} ${kode}`;
}

/** `2027 REKAP` */
/** "PK 2027 KADIS", "PK Perubahan 2027 KADIS": a jabatan's Perjanjian Kinerja. */
export function pkSheetName(tahun: number, kode: string, perubahan: boolean): string {
  return `PK ${perubahan ? "Perubahan " : ""}${tahun} ${kode}`;
}

export function rekapSheetName(tahun: number): string {
  return sheetName(tahun, REKAP);
}

/** `2027 BUKTI` */
export function buktiSheetName(tahun: number): string {
  return sheetName(tahun, BUKTI);
}

/** Sheets treats sheet names without regard to case: "2027 Kadis" is the sheet "2027 KADIS". */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The year and kode (or REKAP) of a sheet named like the year's sheets, in any case
 * as Sheets matches names; `kode` is the one of `kodes` the name has. Anything else
 * (`Sheet1`, `2027 catatan`, `2027 KADIS (lama)`) is null.
 */
export function parseSheetName(name: string, kodes: readonly string[]): { tahun: number; kode: string } | null {
  const parts = splitSheetName(name);
  if (!parts) return null;
  const key = sheetKey(parts.rest);
  const kode = [...kodes, REKAP, BUKTI].find((k) => sheetKey(k) === key);
  return kode === undefined ? null : { tahun: parts.tahun, kode };
}

/**
 * `2027 KABID LAMA`: named like a sheet of `tahun` but for none of `kodes` (renamed or removed in the
 * catalog) nor the REKAP or BUKTI, and not a sheet moved aside. Whose it is, the caller finds out.
 */
export function unknownKodeName(name: string, tahun: number, kodes: readonly string[]): boolean {
  const parts = splitSheetName(name);
  if (!parts || parts.tahun !== tahun || isLamaName(name)) return false;
  const key = sheetKey(parts.rest);
  return ![...kodes, REKAP, BUKTI].some((k) => sheetKey(k) === key);
}

/** `2027 <anything>`: the year and what follows it, or null. */
function splitSheetName(name: string): { tahun: number; rest: string } | null {
  const match = /^(\d{4}) (.+)$/.exec(name);
  return match ? { tahun: Number(match[1]), rest: match[2] as string } : null;
}

/** Sheets refuses longer sheet names (an .xlsx: 31 characters). */
export const SHEET_NAME_MAX = 100;

/**
 * `<name> (lama)`, `<name> (lama 2)`, …: a user's sheet with a name the year needs,
 * renamed out of the way. The name is cut so the whole stays within `max`
 * characters, never between the two halves of an emoji.
 */
export function lamaName(name: string, n: number, max = SHEET_NAME_MAX): string {
  const suffix = n <= 1 ? " (lama)" : ` (lama ${n})`;
  let end = Math.min(name.length, max - suffix.length);
  const unit = name.charCodeAt(end - 1);
  if (end < name.length && unit >= 0xd800 && unit <= 0xdbff) end--;
  return name.slice(0, end).trimEnd() + suffix;
}

/**
 * The first `lamaName(name, 1, 2, …)` not `taken`. Each caller knows its own sheets: Sheets asks
 * getSheetByName (any case) and the names its run already gave; offline, a set of sheet keys.
 */
export function firstLamaName(name: string, taken: (candidate: string) => boolean, max = SHEET_NAME_MAX): string {
  for (let n = 1; ; n++) {
    const candidate = lamaName(name, n, max);
    if (!taken(candidate)) return candidate;
  }
}

/**
 * A name `lamaName` gives: `… (lama)`, `… (lama 2)`. Matched as written (not in any case), as the
 * Sheets adapter always has: a user's "(LAMA)" is not one the add-on gave.
 */
export function isLamaName(name: string): boolean {
  return / \(lama( \d+)?\)$/.test(name);
}

/** `IKI 2027`: one Drive folder per year. */
export function folderName(tahun: number): string {
  return `IKI ${tahun}`;
}

/** `IKI 2027 - KABID REHSOS.pdf` */
export function pdfFileName(tahun: number, kode: string): string {
  return `IKI ${tahun} - ${kode}.pdf`;
}

/** `IKI 2027 - Bundel.pdf`: the chosen jabatan sheets and the REKAP in one file. */
export function bundleFileName(tahun: number): string {
  return `IKI ${tahun} - Bundel.pdf`;
}

/** `PK 2027 - KADIS.pdf`, `PK Perubahan 2027 - KADIS.pdf`: a jabatan's Perjanjian Kinerja, saved beside its IKI. */
export function pkPdfFileName(tahun: number, kode: string, perubahan: boolean): string {
  return `PK ${perubahan ? "Perubahan " : ""}${tahun} - ${kode}.pdf`;
}

/** `PK 2027 - Bundel.pdf`, `PK Perubahan 2027 - Bundel.pdf`: the chosen jabatan's PKs in one file. */
export function pkBundleFileName(tahun: number, perubahan: boolean): string {
  return `PK ${perubahan ? "Perubahan " : ""}${tahun} - Bundel.pdf`;
}
