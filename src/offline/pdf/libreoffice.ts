import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeFolders } from "../io/files";
import { ioReason, quotePath } from "../io/messages";

/**
 * Headless LibreOffice conversions of the offline workbook (PDF, or a recalculated
 * .xlsx for tests). Each run gets a private, throw-away user profile, so it works
 * as root, beside a running LibreOffice and in parallel; the profile forces a full
 * recalculation on load (OOXMLRecalcMode 0 = always), otherwise LibreOffice would
 * show the cached values stored in the file instead of computing the formulas.
 * Failures are LibreOfficeErrors with an Indonesian message; LibreOffice's own
 * (English) output is kept in `detail`, never shown to the user.
 */

export class LibreOfficeError extends Error {
  constructor(
    message: string,
    readonly detail = "",
  ) {
    super(message);
  }
}

/** Why a conversion failed, in Indonesian. */
export function pdfProblem(e: unknown): string {
  return e instanceof LibreOfficeError ? e.message : `berkas sementara tidak dapat dibuat: ${ioReason(e)}`;
}

/** Where `soffice` is on the PATH, or null. */
export function findSoffice(path: string = process.env.PATH ?? ""): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "soffice");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The profile settings: recalculate OOXML and ODF files on load, always, without asking. */
export const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** LibreOffice filter spec, e.g. "pdf" or "xlsx:Calc MS Excel 2007 XML". */
  to: string;
  /** Folder for the result; created when missing. */
  outDir: string;
  soffice?: string;
  timeoutMs?: number;
}

/** Converts `input` headless; resolves with the path of the file written. */
export async function convert(input: string, options: ConvertOptions): Promise<string> {
  const [target] = await convertAll([input], options);
  return target as string;
}

/**
 * Converts `inputs` (distinct file names) in one LibreOffice run, which costs seconds to
 * start; resolves with the paths written, in the order of `inputs`.
 */
export async function convertAll(inputs: readonly string[], options: ConvertOptions): Promise<string[]> {
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) throw new LibreOfficeError("LibreOffice (soffice) tidak ditemukan di PATH");
  const work = mkdtempSync(join(tmpdir(), "iki-lo-"));
  try {
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
    // Convert into a private folder first: LibreOffice names each result after its input.
    const staging = join(work, "out");
    mkdirSync(staging);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--nologo",
      "--nodefault",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      options.to,
      "--outdir",
      staging,
      ...inputs,
    ];
    const output = await run(soffice, args, options.timeoutMs ?? 180_000);
    const made = new Set(readdirSync(staging).filter((name) => !name.startsWith(".")));
    const ext = `.${options.to.split(":")[0]}`;
    return inputs.map((input) => {
      const result = `${basename(input, extname(input))}${ext}`;
      if (!made.has(result)) throw new LibreOfficeError(`LibreOffice tidak menghasilkan berkas ${ext}`, oneLine(output));
      const target = join(options.outDir, result);
      try {
        makeFolders(options.outDir);
        moveFile(join(staging, result), target);
      } catch (e) {
        throw new LibreOfficeError(`${quotePath(target)} tidak dapat ditulis: ${ioReason(e)}`);
      }
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout, maxBuffer: 4 * 1024 * 1024, env: { ...process.env, HOME: process.env.HOME ?? tmpdir() } },
      (error, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        if (error) {
          const code = (error as { code?: unknown }).code;
          const why = error.killed
            ? `LibreOffice dihentikan setelah ${Math.round(timeout / 1000)} detik`
            : typeof code === "number"
              ? `LibreOffice berhenti dengan galat (kode ${code})`
              : `LibreOffice tidak dapat dijalankan: ${ioReason(error)}`;
          reject(new LibreOfficeError(why, oneLine(stderr) || error.message));
        } else {
          resolve(output);
        }
      },
    );
  });
}

/** rename, or copy + delete across file systems (/tmp is often another one). */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    copyFileSync(from, to);
    unlinkSync(from);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}
