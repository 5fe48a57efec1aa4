/**
 * The offline command's files: their names, the output folder, whether an existing
 * workbook may be replaced, the backup kept of it, and a PDF that no longer matches.
 * Nothing here overwrites or deletes anything a user made, except a stale PDF of
 * the workbook's own name.
 */
import { accessSync, constants, copyFileSync, existsSync, lstatSync, mkdirSync, rmSync, type Stats, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Periode } from "../../core/sheet/types";
import { CliError, EXIT } from "./errors";
import { errorCode, ioReason, quotePath } from "./messages";

/** `IKI-2027.xlsx`; triwulan has its own name so it never replaces the tahunan workbook. */
export function workbookFileName(tahun: number, periode: Periode): string {
  return periode === "tahunan" ? `IKI-${tahun}.xlsx` : `IKI-${tahun}-${periode}.xlsx`;
}

/** The PDF beside a workbook: same name, .pdf (LibreOffice names it after its input). */
export function pdfPathOf(xlsx: string): string {
  return join(dirname(xlsx), `${basename(xlsx, extname(xlsx))}.pdf`);
}

/**
 * Creates `dir` and its missing parents one level at a time, never with `recursive`:
 * Node's recursive mkdir loops forever where mkdir answers ENOENT under an existing
 * parent (/proc/nope). Throws Node's error, with `path` the folder that failed.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    try {
      if (statSync(at).isDirectory()) break;
      throw Object.assign(new Error(at), { code: "ENOTDIR", path: at, isFile: true });
    } catch (e) {
      if (errorCode(e) !== "ENOENT" || dirname(at) === at) throw e;
      missing.unshift(at);
    }
  }
  for (const at of missing) {
    try {
      mkdirSync(at);
    } catch (e) {
      if (errorCode(e) === "EEXIST" && statSync(at).isDirectory()) continue; // made meanwhile
      throw Object.assign(e as Error, { path: at });
    }
  }
}

/** The output folder, made when missing and checked to be writable; else a one-line Indonesian refusal. */
export function ensureFolder(dir: string): void {
  try {
    makeFolders(dir);
    accessSync(dir, constants.W_OK);
  } catch (e) {
    const at = (e as { path?: string }).path ?? dir;
    const why =
      errorCode(e) === "ENOENT"
        ? `folder ${at === dir ? "itu" : quotePath(at)} tidak dapat dibuat di sana`
        : (e as { isFile?: boolean }).isFile
          ? `${at === dir ? "itu" : quotePath(at)} berkas, bukan folder`
          : ioReason(e);
    throw new CliError(`folder ${quotePath(dir)} tidak dapat ditulisi: ${why}`, EXIT.IO);
  }
}

/**
 * Whether a workbook is at `path` that may be replaced (true), or none (false).
 * Refuses, with nothing written, a folder of that name, a read-only file (by its
 * mode bits too: root passes every access check), and a workbook open in
 * LibreOffice or Excel (their lock files beside it), which would lose what is typed there.
 */
export function existingWorkbook(path: string): boolean {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    if (errorCode(e) === "ENOENT") return false;
    throw new CliError(`${quotePath(path)} tidak dapat diperiksa: ${ioReason(e)}`, EXIT.IO);
  }
  const name = quotePath(path);
  if (stat.isDirectory())
    throw new CliError(
      `${name} adalah folder, bukan buku kerja; pindahkan atau ganti namanya, atau pilih folder lain dengan --out`,
      EXIT.IO,
    );
  let writable = (stat.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable)
    throw new CliError(
      `${name} hanya-baca, jadi tidak diganti; buka izin tulisnya (mis. chmod u+w) atau pilih folder lain dengan --out`,
      EXIT.IO,
    );
  const lock = lockOf(path);
  if (lock) {
    throw new CliError(
      `${name} sedang dibuka di ${lock.program}; tutup dulu, lalu jalankan lagi (bila tidak sedang dibuka, hapus berkas kunci ${lock.file})`,
      EXIT.IO,
    );
  }
  return true;
}

/** The lock file a spreadsheet program keeps beside a workbook it has open, or null. */
function lockOf(path: string): { program: string; file: string } | null {
  const name = basename(path);
  const locks = [
    { program: "LibreOffice", file: `.~lock.${name}#` },
    { program: "Excel", file: `~$${name}` },
  ];
  return locks.find((lock) => existsSync(join(dirname(path), lock.file))) ?? null;
}

/**
 * Copies the workbook about to be replaced to `IKI-2027.sebelumnya-<YYYYMMDD-HHmmss>-WIB.xlsx`
 * (Jakarta time), numbered when that name is taken: a backup is never overwritten.
 */
export function keepBackup(path: string, now: Date): string {
  const ext = extname(path);
  const stem = join(dirname(path), `${basename(path, ext)}.sebelumnya-${stamp(now)}-WIB`);
  for (let n = 1; ; n++) {
    const backup = `${stem}${n === 1 ? "" : `-${n}`}${ext}`;
    try {
      copyFileSync(path, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (e) {
      if (errorCode(e) !== "EEXIST")
        throw new CliError(
          `salinan ${quotePath(backup)} tidak dapat dibuat, jadi ${quotePath(path)} tidak diganti: ${ioReason(e)}`,
          EXIT.IO,
        );
    }
  }
}

/** Asia/Jakarta is UTC+7 all year. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

function stamp(now: Date): string {
  const iso = new Date(now.getTime() + JAKARTA_OFFSET_MS).toISOString(); // 2027-03-15T10:30:00.000Z
  return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}

export type StalePdf = { removed: true } | { removed: false; why: "none" | "folder" | string };

/** Removes the PDF of the workbook's name, which no longer matches it; leaves anything that is not a file alone. */
export function removeStalePdf(pdf: string): StalePdf {
  try {
    const stat = lstatSync(pdf);
    if (stat.isDirectory()) return { removed: false, why: "folder" };
    rmSync(pdf);
    return { removed: true };
  } catch (e) {
    return errorCode(e) === "ENOENT" ? { removed: false, why: "none" } : { removed: false, why: ioReason(e) };
  }
}
