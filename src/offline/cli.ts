import { HELP, parseCliArgs } from "./args";
import { CliError, EXIT } from "./io/errors";
import { errorCode } from "./io/messages";
import type { RunIo } from "./io/run-io";

/**
 * `npm start -- --tahun 2027 [--periode triwulan] [--out FOLDER] [--jabatan KODE,...] [--katalog FILE.xlsx] [--tanpa-pdf]`
 * (`npm start -- --help` lists every option with an example).
 * Writes IKI-<tahun>.xlsx (triwulan: IKI-<tahun>-triwulan.xlsx), and the PDF beside it
 * when LibreOffice is installed. Run again, it carries the typed values over and keeps
 * the previous file beside the new one.
 * Exit codes: 0 done (a failed PDF is only a warning), 1 could not write, 2 bad arguments.
 */

export { type CliArgs, HELP, parseCliArgs, splitJabatan, USAGE } from "./args";
export { EXIT } from "./io/errors";

export type CliIo = RunIo;

const defaultIo = (): CliIo => ({
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  now: () => new Date(),
});

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.now());
    if (args === "help") {
      io.stdout(HELP);
      return EXIT.OK;
    }
    // Loaded only now: ExcelJS takes half a second to load, and a typo or --help needs none of it.
    const { run } = await import("./run");
    await run(args, io);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`Galat: ${e.message}`);
      for (const line of e.details) io.stderr(line);
      return e.code;
    }
    // A bug, not the user's doing: say so in Indonesian; Node's English text stays out.
    const kind = errorCode(e) || (e instanceof Error ? e.name : typeof e);
    io.stderr(`Galat tak terduga di dalam program (${kind}). Jalankan lagi; bila terulang, laporkan ke pengembang beserta perintahnya.`);
    return EXIT.IO;
  }
}
