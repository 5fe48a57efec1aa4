/**
 * The PDFs the command makes, for the tests that read printed pages, in one LibreOffice run:
 * each case runs the command as a user would (`npm start -- …` in its own folder), with a
 * stand-in soffice that keeps the print copy the command hands to LibreOffice; then the
 * print copies of every case are converted together by the real soffice, with the command's
 * own conversion (libreoffice.ts), and each PDF put where the command wrote its own.
 * The same pages as the command's, for one LibreOffice start (seconds of CPU) per file.
 */
import { chmodSync, copyFileSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { convertAll } from "../../src/offline/pdf/libreoffice";
import { type Ran, runCli } from "./helpers";

export interface CommandPdf {
  /** The folder the command ran in (its workbook and PDF are there). */
  dir: string;
  /** The PDF, where the command wrote it. */
  pdf: string;
  ran: Ran;
}

/** A soffice stand-in that copies its input to `kept` and writes a placeholder PDF where the real one goes. */
function keepingSoffice(dir: string, kept: string): string {
  const path = join(dir, "soffice-keeps");
  writeFileSync(
    path,
    `#!/bin/sh
out=""; input=""
while [ $# -gt 0 ]; do
  case "$1" in --outdir) out="$2"; shift ;; *) input="$1" ;; esac
  shift
done
cp "$input" "${kept}"
printf '%%PDF-1.4 sementara\\n' > "$out/$(basename "$input" .xlsx).pdf"
`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** A case: the command's arguments, and what to do in its folder before (an earlier run, a user's edit). */
export type PdfCase = readonly string[] | { args: readonly string[]; before: (dir: string) => Promise<void> };

/**
 * Runs the command once per case (`args` without --out: each case has its own folder under
 * `root`, named by its key) and converts all their print copies in one soffice run.
 */
export async function commandPdfs<K extends string>(
  root: string,
  cases: Record<K, PdfCase>,
  soffice: string,
): Promise<Record<K, CommandPdf>> {
  const copies = join(root, "cetak");
  mkdirSync(copies, { recursive: true });
  const made = {} as Record<K, CommandPdf>;
  for (const key of Object.keys(cases) as K[]) {
    const dir = join(root, key);
    mkdirSync(dir, { recursive: true });
    const kept = join(copies, `${key}.xlsx`);
    const c: PdfCase = cases[key];
    const args = "args" in c ? c.args : c;
    if ("before" in c) await c.before(dir);
    const ran = await runCli([...args], dir, { soffice: keepingSoffice(root, kept) });
    const written = ran.stdout.map((line) => /^Ditulis: (.+\.pdf) \(LibreOffice, /.exec(line)?.[1]).find(Boolean);
    if (ran.code !== 0 || !written) throw new Error(`${key}: ${[...ran.stdout, ...ran.stderr].join("\n")}`);
    made[key] = { dir, pdf: written, ran };
  }
  const keys = Object.keys(made) as K[];
  const pdfs = await convertAll(
    keys.map((key) => join(copies, `${key}.xlsx`)),
    { to: "pdf", outDir: join(root, "pdf"), soffice },
  );
  keys.forEach((key, i) => moveOver(pdfs[i] as string, made[key].pdf));
  return made;
}

function moveOver(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
