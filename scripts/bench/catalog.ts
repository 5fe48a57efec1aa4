/**
 * Bench: a large catalog (30 jabatan × 10 indicators, 300 rows) read from the
 * spreadsheet and built the way the sidebar builds a year — one scaffoldYear call per
 * jabatan, "n / N" — then the offline workbook of the same catalog. Prints figures on
 * the in-memory SpreadsheetApp fake; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheetCatalog } from "../../src/adapters/sheets/catalog";
import { EXAMPLE_CATALOG, type Catalog, type Indikator, type Jabatan } from "../../src/core/catalog";
import { buildYearPlan } from "../../src/core/plan/year";
import { renderWorkbook, saveWorkbook } from "../../src/offline/workbook";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { createFakeSpreadsheetApp, type CallKind } from "../../test/support/fakes/spreadsheet-app";
import { fakeWithCatalog } from "../../test/support/catalog-fake";

const TAHUN = 2027;
const DOCUMENT: CallKind[] = ["read", "write", "handle"];

/** 30 jabatan of 5 sasaran × 2 indicators each, every jenis, targets for the year. */
export function bigCatalog(jabatanCount = 30, perJabatan = 10): Catalog {
  const jenis = ["rasio", "nilai", "status"] as const;
  const jabatan: Jabatan[] = Array.from({ length: jabatanCount }, (_, j) => ({
    kode: `BIDANG ${j + 1}`,
    nama: `KEPALA BIDANG ${j + 1} DINAS CONTOH`,
    tugas: `Melaksanakan tugas bidang ${j + 1}.`,
    fungsi: ["perumusan kebijakan;", "pelaksanaan kebijakan;", "pelaporan."],
    sasaran: Array.from({ length: perJabatan / 2 }, (_, s) => ({
      nama: `Sasaran ${j + 1}.${s + 1}`,
      indikator: Array.from({ length: 2 }, (_, i): Indikator => {
        const k = jenis[(s * 2 + i) % 3] as (typeof jenis)[number];
        return {
          id: `b${j + 1}.s${s + 1}.i${i + 1}`,
          nama: `Indikator ${j + 1}.${s + 1}.${i + 1}`,
          formulasi: k === "rasio" ? "Σ pembilang / Σ penyebut × 100%" : "-",
          ...(k === "rasio" && { pembilang: "Σ yang ditangani", penyebut: "Σ seluruhnya" }),
          sumberData: "Bidang",
          satuan: k === "rasio" ? "%" : k === "nilai" ? "dokumen" : "status",
          jenis: k,
          polaritas: "positif",
          sifatTriwulan: "akhir",
          target: { [String(TAHUN)]: k === "status" ? "Madya" : 80 },
        };
      }),
    })),
  }));
  return { instansi: EXAMPLE_CATALOG.instansi, jabatan };
}

export async function bench(): Promise<void> {
  const catalog = bigCatalog();
  const indikator = catalog.jabatan.reduce((n, j) => n + j.sasaran.reduce((m, s) => m + s.indikator.length, 0), 0);
  console.log(`Katalog besar: ${catalog.jabatan.length} jabatan, ${indikator} indikator, tahun ${TAHUN} tahunan`);

  const fake = fakeWithCatalog(catalog, createFakeSpreadsheetApp());
  let t = performance.now();
  const read = readSheetCatalog({ spreadsheet: fake.spreadsheet });
  console.log(
    `  membaca katalog: ${fake.log.count(...DOCUMENT)} panggilan dokumen, ${read.read.problems.length} masalah, ${(performance.now() - t).toFixed(0)} ms (fake)`,
  );

  // The sidebar: one call per jabatan, the REKAP brought up to date each time (last call: the whole REKAP).
  const perCall: { calls: number; ms: number }[] = [];
  for (const j of catalog.jabatan) {
    fake.log.clear();
    t = performance.now();
    const answer = scaffoldYear({ tahun: TAHUN, jabatan: [j.kode] }, fake.services());
    if (!answer.ok) throw new Error(answer.error);
    perCall.push({ calls: fake.log.count(...DOCUMENT), ms: performance.now() - t });
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `  per panggilan scaffoldYear (1 jabatan + REKAP): rata-rata ${avg(perCall.map((c) => c.calls)).toFixed(1)} panggilan dokumen ` +
      `(${(avg(perCall.map((c) => c.calls)) / 2).toFixed(1)} per lembar), maks ${Math.max(...perCall.map((c) => c.calls))}; ` +
      `rata-rata ${avg(perCall.map((c) => c.ms)).toFixed(0)} ms, maks ${Math.max(...perCall.map((c) => c.ms)).toFixed(0)} ms di fake`,
  );

  const dir = mkdtempSync(join(tmpdir(), "iki-bench-big-"));
  try {
    t = performance.now();
    const plan = buildYearPlan({ catalog, tahun: TAHUN });
    const planned = performance.now() - t;
    await saveWorkbook(renderWorkbook(plan), join(dir, "IKI-big.xlsx"));
    console.log(
      `  buku kerja offline: ${plan.sheets.length} lembar, rencana ${planned.toFixed(0)} ms, total ${(performance.now() - t).toFixed(0)} ms (sasaran ≤ 2000 ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
