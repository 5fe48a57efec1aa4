/**
 * One run of the offline command: the year's workbook written (typed values of a
 * previous one carried over, the previous file kept beside it), then its PDF.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ASIDE_TITLE } from "../core/carry/carry";
import { kodeJabatan } from "../core/catalog";
import { rekapSources } from "../core/match/rekap-sources";
import { buktiSheetName, sheetKey, sheetName } from "../core/naming";
import { missingEvidence } from "../core/rekap/bukti-missing";
import { rolesSet } from "../core/roles/editors";
import { rekapJabatan } from "../core/year/rekap-cover";
import { buildYearPlan, DEFAULT_PERIODE } from "../core/year/year-plan";
import { perubahanKatalogText, takTerbacaText } from "../shared/messages";
import { type CliArgs, checkJabatan } from "./args";
import { catalogWorksheets, chooseCatalog } from "./catalog";
import { CliError, EXIT } from "./io/errors";
import { ensureFolder, existingWorkbook, workbookFileName } from "./io/files";
import { buktiLine, detik, quotePath } from "./io/messages";
import { replaceWorkbook } from "./io/replace";
import type { RunIo } from "./io/run-io";
import { writePdf } from "./pdf/pdf";
import { runPk } from "./pk";
import { type CarriedWorkbook, carryWorkbook, jabatanPresent, previousSheets } from "./xlsx/carry-workbook";
import { renderCatalogSheets } from "./xlsx/catalog-sheets";
import { contentDigest } from "./xlsx/content";
import { LOCK_LINE, lockYearSheets } from "./xlsx/lock";
import { oldSheetOf, readWorkbook } from "./xlsx/read-workbook";
import { putRecords, takeRecords } from "./xlsx/records";

export async function run(args: CliArgs, io: RunIo): Promise<void> {
  if (args.dokumen === "pk") return runPk(args, io);
  // The file's name needs no catalog: the catalog may be the one inside that file.
  const { tahun } = args;
  const periode = args.periode ?? DEFAULT_PERIODE;
  const outDir = resolve(io.cwd, args.out);
  const xlsx = join(outDir, workbookFileName(tahun, periode));
  // Every refusal comes before anything is written, a new --out folder included.
  const folderThere = existsSync(outDir);
  if (folderThere) ensureFolder(outDir);
  const old = folderThere && existingWorkbook(xlsx) ? await readPrevious(xlsx) : null;
  const oldContent = old && contentDigest(old);
  const used = await chooseCatalog(args.katalog, old && { book: old, path: xlsx }, io.cwd);
  const catalog = used.catalog;
  const kodes = kodeJabatan(catalog);
  checkJabatan(args.jabatan, kodes);
  if (!folderThere) ensureFolder(outDir);
  // The catalog sheets are written afresh from the catalog just read, after the year's sheets, not copied;
  // so are the records of what was written (records.ts).
  for (const ws of Object.values(catalogWorksheets(old))) old?.removeWorksheet(ws.id);
  const records = takeRecords(old);

  const started = performance.now();
  const chosen = args.jabatan;
  const previous = previousSheets(
    old,
    kodes.map((k) => sheetName(tahun, k)),
  );
  const present = jabatanPresent(previous, tahun, kodes);
  // As in Sheets: the REKAP also covers the jabatan sheets already there, read where their columns are.
  const kept = new Map(
    present
      .filter((k) => chosen && !chosen.includes(k))
      .flatMap((k) => {
        const sheet = previous.get(sheetKey(sheetName(tahun, k)));
        return sheet ? [[k, sheet.old] as const] : [];
      }),
  );
  const sources = rekapSources(catalog, tahun, periode, kept);
  const plan = buildYearPlan({
    catalog,
    tahun,
    periode,
    jabatan: chosen,
    rekapJabatan: chosen && rekapJabatan(catalog, chosen, present),
    rekapSources: sources,
  });
  const carried = carryWorkbook(plan, old, records);
  const locked = rolesSet(catalog) ? lockYearSheets(carried.workbook, plan.sheets) : 0;
  renderCatalogSheets(carried.workbook, catalog, tahun, used.extras);
  const sheetCount = carried.workbook.worksheets.length;
  putRecords(carried.workbook, carried.records);
  const replaced = await replaceWorkbook(xlsx, carried.workbook, oldContent, io.now());
  const seconds = (performance.now() - started) / 1000;
  io.stdout(`Ditulis: ${xlsx} (${sheetCount} lembar, ${periode}, ${detik(seconds)})`);
  io.stdout(`Lembar: ${plan.sheets.map((s) => s.name).join(" · ")}`);
  io.stdout(`Katalog: ${used.from} (lembar KATALOG, JABATAN, PENGATURAN, PROGRAM ikut ditulis)`);
  if (used.newIds) io.stdout(`ID baru diisi di KATALOG: ${used.newIds} baris (jangan diubah lagi)`);
  if (carried.perubahan.length)
    io.stdout(
      perubahanKatalogText(
        carried.perubahan.map((p) => ({ lembar: p.sheet, perubahan: p.perubahan })),
        Infinity,
      ),
    );
  const noTarget = targetLine(tahun, carried.target);
  if (noTarget) io.stdout(noTarget);
  if (old) io.stdout(keptLine(carried));
  if (carried.copied.length) io.stdout(`Lembar lain disalin apa adanya: ${carried.copied.join(" · ")}`);
  if (carried.renamed.length) {
    const renamed = carried.renamed.map((r) => `${r.semula} → ${r.menjadi}`).join(" · ");
    io.stdout(`Lembar buatan sendiri dengan nama yang sama diganti namanya (isinya tidak diubah): ${renamed}`);
  }
  const unread = [...sources].flatMap(([k, source]) => (source ? [] : [sheetName(tahun, k)]));
  if (unread.length) io.stdout(takTerbacaText(unread));
  // What the BUKTI sheet, as written, still misses for the latest period ended (the sidebar's list, in a line).
  const bukti = carried.workbook.getWorksheet(buktiSheetName(tahun));
  const missing = bukti ? missingEvidence(oldSheetOf(bukti).values, tahun, io.now()) : [];
  if (missing.length) io.stdout(buktiLine(buktiSheetName(tahun), missing));
  if (locked) io.stdout(LOCK_LINE);
  if (replaced.same) io.stdout("Tidak ada perubahan sejak berkas sebelumnya: salinannya tidak disimpan.");
  else if (replaced.backup) io.stdout(`Berkas lama disimpan: ${replaced.backup}`);

  await writePdf(carried.workbook, xlsx, { tahun, kodes }, args.pdf, io);
}

async function readPrevious(xlsx: string) {
  try {
    return await readWorkbook(xlsx);
  } catch {
    throw new CliError(
      `${quotePath(xlsx)} tidak dapat dibaca sebagai buku kerja, jadi tidak diganti; pindahkan atau ganti namanya, atau pilih folder lain dengan --out`,
      EXIT.IO,
    );
  }
}

/** Rows without a target compute no capaian and no predikat: said, with where to set one. */
function targetLine(tahun: number, { indikator, kosong }: CarriedWorkbook["target"]): string {
  if (kosong === 0) return "";
  const where = `(kolom Target ${tahun} di KATALOG, atau kolom Target di lembar jabatan)`;
  return kosong === indikator
    ? `Target ${tahun} belum diisi di KATALOG: capaian dan predikat kosong sampai target diisi ${where}.`
    : `Target ${tahun} belum diisi untuk ${kosong} dari ${indikator} indikator: capaian dan predikat baris itu kosong sampai target diisi ${where}.`;
}

function keptLine(carried: CarriedWorkbook): string {
  const moved = carried.movedAside.reduce((sum, m) => sum + m.count, 0);
  const where = carried.movedAside.map((m) => `${m.sheet}: ${m.count}`).join(", ");
  const aside = moved ? `${moved} nilai di bagian "${ASIDE_TITLE}" (${where})` : "tidak ada yang dipindahkan";
  return `Isian lama: ${carried.kept} nilai dipertahankan di tempatnya; ${aside}`;
}
