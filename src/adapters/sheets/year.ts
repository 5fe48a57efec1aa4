/**
 * A year's sheet set written into the spreadsheet: one read phase for every
 * sheet of the run, the plans with typed values carried over, then only writes,
 * and one flush at the end. A sheet with a name the year needs that is not the
 * add-on's (ownership.ts) is renamed "<name> (lama)", untouched, and a fresh
 * sheet takes its name.
 */

import { type CarryResult, carryOver, type OldSheet } from "../../core/carry/carry";
import type { Catalog } from "../../core/catalog/model";
import { rekapSources } from "../../core/match/rekap-sources";
import { buktiSheetName, rekapSheetName, sheetName, unknownKodeName } from "../../core/naming";
import { a1 } from "../../core/sheet/a1";
import type { SheetPlan } from "../../core/sheet/types";
import { rekapJabatan } from "../../core/year/rekap-cover";
import { catalogTargets } from "../../core/year/targets";
import { buildYearPlan, type YearRequest } from "../../core/year/year-plan";
import type { RenamedSheet, SheetRef, TargetMismatch } from "../../shared/api";
import { type AppliedSheet, applySheetPlan } from "./apply";
import { type Guarding, WARNING_GUARDING } from "./guard";
import { foreignSheet, isOwned, readOwned } from "./ownership";
import { findSheets, listSheets, type NamedSheet, readRowsIfShort, readSnapshot, sheetsByName } from "./read";
import type { SheetApi, SheetsServices } from "./services";

export interface WrittenSheet extends AppliedSheet {
  /** Link that opens the sheet: the spreadsheet's address and "#gid=<sheetId>" (the sidebar runs on another domain, so a bare "#gid=" would not reach the spreadsheet). */
  url: string;
  kept: number;
  movedAside: number;
  /** What the catalog changed on the sheet since the last run (CarryResult.perubahan). */
  perubahan: string[];
  /** The user's sheet that had this name and was renamed (this sheet is then a fresh one), or null. */
  lembarLama: RenamedSheet | null;
  /** Target cells holding the catalog's value, and the typed targets that differ from it (jabatan sheets). */
  targetDariKatalog: number;
  targetBerbeda: TargetMismatch[];
}

export interface WrittenYear {
  sheets: WrittenSheet[];
  /** Jabatan sheets the REKAP covers but whose columns it could not find (their REKAP rows say so). Null: no REKAP written. */
  lembarTakTerbaca: SheetRef[] | null;
  /** The add-on's sheets of the year whose kode the catalog no longer has: not touched. Null: not looked for (no REKAP written). */
  lembarTakDikenal: SheetRef[] | null;
  /** The BUKTI sheet as written (its plan holding what was typed) and its link; null when not written (no REKAP). */
  bukti: { plan: SheetPlan; url: string } | null;
}

export type YearServices = Omit<SheetsServices, "lock">;

/**
 * `request.jabatan`: the sheets (re)generated; the REKAP (unless `request.rekap` is false) also covers
 * that year's jabatan sheets of the add-on already present. Without the REKAP the run reads only the
 * sheets it writes, so its cost does not grow with the spreadsheet's sheets.
 */
export function writeYear(
  services: YearServices,
  request: YearRequest,
  catalog: Catalog,
  guarding: Guarding = WARNING_GUARDING,
): WrittenYear {
  // Read phase: the spreadsheet's address, the sheets to write (for the REKAP: every sheet's name, and
  // whether the jabatan sheets not written now are the add-on's), then what those sheets hold and whose they are.
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const urlOf = (sheet: SheetApi) => `${spreadsheetUrl}#gid=${sheet.getSheetId()}`;
  const { found, present, lembarTakDikenal, presentSheets } = request.rekap
    ? rekapReads(services, request, catalog, urlOf)
    : {
        found: findSheets(
          services,
          request.jabatan.map((k) => sheetName(request.tahun, k)),
        ),
        present: [] as string[],
        lembarTakDikenal: null,
        presentSheets: new Map<string, OldSheet>(),
      };
  // Where the REKAP reads the jabatan sheets not written now: found on each sheet as it stands.
  const sources = rekapSources(catalog, request.tahun, request.periode, presentSheets);
  // Named in the answer (read phase: a read after the first write would make Apps Script flush and wait).
  const lembarTakTerbaca = request.rekap
    ? [...sources].flatMap(([kode, source]) => {
        const sheet = source ? null : found.get(sheetName(request.tahun, kode));
        return sheet ? [{ name: sheet.getName(), url: urlOf(sheet) }] : [];
      })
    : null;
  const plan = buildYearPlan({
    catalog,
    tahun: request.tahun,
    periode: request.periode,
    jabatan: request.jabatan,
    rekap: request.rekap,
    rekapJabatan: rekapJabatan(catalog, request.jabatan, present),
    rekapSources: sources,
  });
  const reserved = new Set<string>();
  const jobs = plan.sheets.map((sheetPlan) => {
    const sheet = found.get(sheetPlan.name) ?? null;
    // Inputs with protections of their own (roles) replace those of the last run: read them too.
    const areaProtections = sheetPlan.protection === "areas" || guarding.accessOf(sheetPlan).mode === "restricted";
    const read = sheet ? readSnapshot(services, sheet, { charts: sheetPlan.charts.length > 0, areaProtections }) : null;
    const snapshot = read && isOwned(read) ? read : null;
    const foreign = read && !snapshot ? foreignSheet(services, read.sheet, reserved, urlOf) : null;
    const carried = carryOver(sheetPlan, snapshot, snapshot?.record);
    return { ...carried, planned: sheetPlan, snapshot: snapshot && readRowsIfShort(snapshot, carried.plan), foreign };
  });

  // Write phase: the users' own sheets out of the way first, then every plan.
  for (const job of jobs) job.foreign?.sheet.setName(job.foreign.renamed.menjadi);
  let bukti: WrittenYear["bukti"] = null;
  const written = jobs.map((job) => {
    const applied = applySheetPlan(services, job.plan, job.snapshot, job.record, guarding);
    const lembarLama = job.foreign?.renamed ?? null;
    const url = `${spreadsheetUrl}#gid=${applied.sheetId}`;
    if (job.plan.kind === "bukti") bukti = { plan: job.plan, url };
    const { kept, movedAside, perubahan } = job;
    return { ...applied, url, kept, movedAside, perubahan, lembarLama, ...targetsOf(job.planned, job, url) };
  });
  services.flush();
  return { sheets: written, lembarTakDikenal, lembarTakTerbaca, bukti };
}

/** The catalog's targets and the differing typed ones (core/year/targets.ts), each with a link to its cell. */
function targetsOf(planned: SheetPlan, carried: CarryResult, sheetUrl: string): Pick<WrittenSheet, "targetDariKatalog" | "targetBerbeda"> {
  const { dariKatalog, berbeda } = catalogTargets(planned, carried);
  return {
    targetDariKatalog: dariKatalog,
    targetBerbeda: berbeda.map(({ row, col, indikator, target, katalog }) => ({
      lembar: planned.name,
      indikator,
      target,
      katalog,
      url: `${sheetUrl}&range=${a1(row, col)}`,
    })),
  };
}

/**
 * The reads only the REKAP needs (read phase): every sheet's name, the add-on's sheets of the year
 * whose kode the catalog lost, and the catalog's jabatan sheets not written now that are the add-on's.
 */
function rekapReads(services: YearServices, request: YearRequest, catalog: Catalog, urlOf: (sheet: SheetApi) => string) {
  const names = [
    ...catalog.jabatan.map((j) => sheetName(request.tahun, j.kode)),
    rekapSheetName(request.tahun),
    buktiSheetName(request.tahun),
  ];
  const listed = listSheets(services);
  const found = sheetsByName(listed, names);
  const lembarTakDikenal = unknownKodeSheets(services, listed, request.tahun, catalog).map((sheet) => ({
    name: sheet.name,
    url: urlOf(sheet.sheet),
  }));
  const present = catalog.jabatan
    .filter((j) => !request.jabatan.includes(j.kode))
    .filter((j) => {
      const sheet = found.get(sheetName(request.tahun, j.kode));
      return sheet ? readOwned(services, sheet) : false;
    })
    .map((j) => j.kode);
  // What those sheets hold, for the REKAP to find their columns (one read each).
  const presentSheets = new Map<string, OldSheet>();
  for (const kode of present) {
    const data = found.get(sheetName(request.tahun, kode))?.getDataRange();
    if (data) presentSheets.set(kode, { values: data.getValues(), formulas: data.getFormulas() });
  }
  return { found, present, lembarTakDikenal, presentSheets };
}

/**
 * Sheets named "<tahun> <kode>" for a kode the catalog no longer has (renamed or removed there), that
 * are the add-on's: the run leaves them as they are and the answer names them. Read phase.
 */
function unknownKodeSheets(services: YearServices, listed: readonly NamedSheet[], tahun: number, catalog: Catalog): NamedSheet[] {
  const kodes = catalog.jabatan.map((j) => j.kode);
  return listed.filter(({ sheet, name }) => unknownKodeName(name, tahun, kodes) && readOwned(services, sheet));
}
