// PDF export of a whole year (7 jabatan + REKAP, made by the real scaffoldYear) against
// the in-memory fakes of test/support/fakes: how many export requests (UrlFetchApp.fetch), Drive calls,
// SpreadsheetApp calls (SpreadsheetApp, Spreadsheet and Sheet members), Spreadsheet.getAs
// conversions and user-property calls each way of exporting costs, on the official path
// and on the fallback (the export address refuses the token: 403 to every request).
// Figures only, no asserts. In Apps Script each of these calls is a round trip; the export
// requests and conversions (seconds each) dominate the time.
import { EXAMPLE_CATALOG, kodeJabatan } from "../../src/core/catalog";

const KODE_JABATAN = kodeJabatan(EXAMPLE_CATALOG);

import { exportPdf } from "../../src/server/export-pdf";
import { fakeWithCatalog } from "../../test/support/catalog-fake";
import {
  FakeDriveFiles,
  type FetchReply,
  fakeExportServices,
  spreadsheetWith,
  yearSpreadsheet,
} from "../../test/support/fakes/export-services";
import type { FakeSpreadsheetApp } from "../../test/support/fakes/spreadsheet-app";

/** The calls counted as "Sheets": SpreadsheetApp, Spreadsheet and Sheet members. */
const SHEETS_TARGETS = new Set(["SpreadsheetApp", "Spreadsheet", "Sheet"]);

interface Row {
  scenario: string;
  serverCalls: number;
  fetch: number;
  drive: string;
  sheets: number;
  getAs: number;
  props: string;
  sleptMs: number;
  ms: number;
}

function run(
  scenario: string,
  requests: object[],
  setup: { spreadsheetApp?: FakeSpreadsheetApp; drive?: FakeDriveFiles; replies?: number[]; otherwise?: FetchReply } = {},
): Row {
  const fakes = fakeExportServices({
    spreadsheetApp: setup.spreadsheetApp ?? yearSpreadsheet(2027),
    drive: setup.drive ?? new FakeDriveFiles(),
  });
  fakes.spreadsheetApp.log.clear();
  const driveBefore = fakes.drive.calls.length;
  if (setup.replies) fakes.urlFetch.reply(...setup.replies);
  if (setup.otherwise !== undefined) fakes.urlFetch.otherwise = setup.otherwise;
  const start = process.hrtime.bigint();
  for (const request of requests) {
    const response = exportPdf(request, fakes.services);
    if (!response.ok) throw new Error(`${scenario}: ${response.error}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const driveCalls = fakes.drive.calls.slice(driveBefore);
  const by = (m: string) => driveCalls.filter((c) => c.method === m).length;
  return {
    scenario,
    serverCalls: requests.length,
    fetch: fakes.urlFetch.calls.length,
    drive: `${driveCalls.length} (list ${by("list")}, create ${by("create")}, update ${by("update")})`,
    sheets: fakes.spreadsheetApp.log.calls.filter((c) => SHEETS_TARGETS.has(c.target)).length,
    getAs: fakes.spreadsheetApp.log.calls.filter((c) => c.method === "getAs").length,
    props: `${fakes.properties.count("getProperty")}r ${fakes.properties.count("setProperty")}w`,
    sleptMs: fakes.clock.sleeps.reduce((a, b) => a + b, 0),
    ms,
  };
}

export async function bench(): Promise<void> {
  const perJabatan = KODE_JABATAN.map((kode) => ({ tahun: 2027, jabatan: [kode] }));
  const used = new FakeDriveFiles();
  run("(warm-up, fills a Drive for the re-export rows)", [{ tahun: 2027 }, { tahun: 2027, bundel: true }], { drive: used });
  // exportPdf reads the catalog first: the spreadsheet holds one, as a real one does.
  const outOfOrder = fakeWithCatalog(EXAMPLE_CATALOG, spreadsheetWith("2027 REKAP", ...KODE_JABATAN.map((k) => `2027 ${k}`), "Petunjuk"));
  outOfOrder.user.select("2027 REKAP");

  const rows = [
    run("per file, whole year in one call, first time", [{ tahun: 2027 }]),
    run("per file, whole year in one call, re-export (replace)", [{ tahun: 2027 }], { drive: used }),
    run("per file, sidebar: one call per jabatan, first time", perJabatan),
    run("per file, sidebar: one call per jabatan, re-export", perJabatan, { drive: used }),
    run("bundle, first time", [{ tahun: 2027, bundel: true }]),
    run("bundle, re-export (replace)", [{ tahun: 2027, bundel: true }], { drive: used }),
    run("bundle, tabs out of order (REKAP first) + 1 other sheet", [{ tahun: 2027, bundel: true }], { spreadsheetApp: outOfOrder }),
    run("per file, whole year, with 429, 429 on the first request", [{ tahun: 2027 }], { replies: [429, 429] }),
    run("FALLBACK per file, whole year in one call (403)", [{ tahun: 2027 }], { otherwise: 403 }),
    run("FALLBACK per file, sidebar: one call per jabatan (403)", perJabatan, { otherwise: 403 }),
    run("FALLBACK bundle (403)", [{ tahun: 2027, bundel: true }], { otherwise: 403 }),
  ];
  console.log(
    "Export of 2027 (7 jabatan sheets + REKAP), fakes of test/support/fakes (spreadsheet-app/, export-services.ts, export-drive.ts):",
  );
  console.log(
    `  ${"scenario".padEnd(58)} ${"calls".padStart(5)} ${"fetch".padStart(5)}  ${"Drive calls".padEnd(36)} ${"Sheets".padStart(6)} ${"getAs".padStart(5)} ${"props".padStart(7)} ${"backoff".padStart(8)} ${"CPU".padStart(8)}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.scenario.padEnd(58)} ${String(r.serverCalls).padStart(5)} ${String(r.fetch).padStart(5)}  ${r.drive.padEnd(36)} ${String(r.sheets).padStart(6)} ${String(r.getAs).padStart(5)} ${r.props.padStart(7)} ${`${r.sleptMs} ms`.padStart(8)} ${`${r.ms.toFixed(2)} ms`.padStart(8)}`,
    );
  }
  console.log(
    "  (Sheets = SpreadsheetApp, Spreadsheet and Sheet calls, getAs included; getAs = Spreadsheet.getAs conversions; props = user-property reads/writes;",
  );
  console.log(
    "   backoff = waits asked of Utilities.sleep, at random = 0.5. FALLBACK = every export request answered 403: Google's default layout.)",
  );
  console.log("  Bounds per server call: ≤ 5 tries per PDF, ≤ 15 s of backoff per PDF, no retry past 60 s, no new request after 4 min.");
}
