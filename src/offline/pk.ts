/**
 * `npm start -- --dokumen pk [--perubahan]`: the Perjanjian Kinerja of each chosen jabatan, one sheet each
 * (core/pk), in PK-<tahun>.xlsx (PK-<tahun>-perubahan.xlsx) and its PDF. The catalog is chosen as for the
 * IKI workbook (--katalog, else the year's IKI workbook in the folder, else the example). A blank official
 * makes a draft: the PK is written with placeholders and each field is said with its cell.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { kodeJabatan } from "../core/catalog";
import { catalogTables, sheetValues } from "../core/catalog/tables";
import { locateMissing, type MissingPlace, uniqueMissing } from "../core/pk/locate";
import { AtasanUnknown } from "../core/pk/parties";
import { pkSheet } from "../core/pk/pk-sheet";
import { PERIODE } from "../core/sheet/types";
import { type CliArgs, checkJabatan } from "./args";
import { chooseCatalog } from "./catalog";
import { CliError, EXIT } from "./io/errors";
import { ensureFolder, existingWorkbook, workbookFileName } from "./io/files";
import { detik, quotePath } from "./io/messages";
import { replaceWorkbook } from "./io/replace";
import type { RunIo } from "./io/run-io";
import { writePdf } from "./pdf/pdf";
import { contentDigest } from "./xlsx/content";
import { readWorkbook } from "./xlsx/read-workbook";
import { emptyWorkbook, renderSheet } from "./xlsx/workbook";

/** "PK-2027.xlsx", "PK-2027-perubahan.xlsx". */
export function pkFileName(tahun: number, perubahan: boolean): string {
  return `PK-${tahun}${perubahan ? "-perubahan" : ""}.xlsx`;
}

export async function runPk(args: CliArgs, io: RunIo): Promise<void> {
  const { tahun, perubahan } = args;
  const outDir = resolve(io.cwd, args.out);
  const xlsx = join(outDir, pkFileName(tahun, perubahan));
  const folderThere = existsSync(outDir);
  if (folderThere) ensureFolder(outDir);
  const iki = folderThere ? yearWorkbook(outDir, tahun) : null;
  const used = await chooseCatalog(args.katalog, iki ? { book: await readOrRefuse(iki), path: iki } : null, io.cwd);
  const catalog = used.catalog;
  checkJabatan(args.jabatan, kodeJabatan(catalog));
  const chosen = catalog.jabatan.filter((j) => !args.jabatan || args.jabatan.includes(j.kode));
  // The cells a missing field is named by: the catalog file's, or where the written catalog sheets put them.
  const values = used.values ?? Object.fromEntries(Object.entries(catalogTables(catalog)).map(([n, t]) => [n, sheetValues(t)]));
  const where = (field: Parameters<typeof locateMissing>[0]) => locateMissing(field, values);

  const started = performance.now();
  const plans = chosen.map((j) => {
    try {
      return pkSheet(catalog, j.kode, { tahun, perubahan, where });
    } catch (e) {
      if (e instanceof AtasanUnknown) throw new CliError(e.message, EXIT.USAGE);
      throw e;
    }
  });
  if (!folderThere) ensureFolder(outDir);
  const old = existingWorkbook(xlsx) ? await readOrRefuse(xlsx) : null;
  const workbook = emptyWorkbook(tahun);
  for (const { plan } of plans) renderSheet(workbook, plan);
  const replaced = await replaceWorkbook(xlsx, workbook, old && contentDigest(old), io.now());
  io.stdout(
    `Ditulis: ${xlsx} (${plans.length} lembar Perjanjian Kinerja${perubahan ? " Perubahan" : ""}, ${detik((performance.now() - started) / 1000)})`,
  );
  io.stdout(`Lembar: ${plans.map((p) => p.plan.name).join(" · ")}`);
  io.stdout(`Katalog: ${used.from}`);
  for (const line of missingLines(plans.flatMap((p) => p.missing))) io.stdout(line);
  if (replaced.same) io.stdout("Tidak ada perubahan sejak berkas sebelumnya: salinannya tidak disimpan.");
  else if (replaced.backup) io.stdout(`Berkas lama disimpan: ${replaced.backup}`);
  await writePdf(workbook, xlsx, { names: plans.map((p) => p.plan.name) }, args.pdf, io);
}

/** The year's IKI workbook in the folder (tahunan first), whose catalog sheets the PK reads; or null. */
function yearWorkbook(outDir: string, tahun: number): string | null {
  return PERIODE.map((p) => join(outDir, workbookFileName(tahun, p))).find((path) => existingWorkbook(path)) ?? null;
}

async function readOrRefuse(path: string) {
  try {
    return await readWorkbook(path);
  } catch {
    throw new CliError(
      `${quotePath(path)} tidak dapat dibaca sebagai buku kerja; pindahkan atau ganti namanya, atau pilih folder lain dengan --out`,
      EXIT.IO,
    );
  }
}

/** One line per blank field (each once), or none: the PK is a draft until they are filled. */
function missingLines(missing: readonly MissingPlace[]): string[] {
  const unique = uniqueMissing(missing);
  if (unique.length === 0) return [];
  return [
    `Konsep: ${unique.length} isian belum ada, dicetak sebagai titik-titik; isi lalu jalankan lagi sebelum ditandatangani:`,
    ...unique.map((m) => `  ${m.cell ? `${m.cell}: ` : ""}${m.label}`),
  ];
}
