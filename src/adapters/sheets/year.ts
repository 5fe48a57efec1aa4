/**
 * A year's sheet set written into the spreadsheet: one read phase for every
 * sheet of the run, the plans with typed values carried over, then only writes,
 * and one flush at the end. A sheet with a name the year needs that is not the
 * add-on's (ownership.ts) is renamed "<name> (lama)", untouched, and a fresh
 * sheet takes its name.
 */
import type { Catalog } from "../../core/catalog/model";
import { rekapSheetName, sheetName } from "../../core/naming";
import { carryOver } from "../../core/plan/carry";
import { buildYearPlan, type YearRequest } from "../../core/plan/year";
import type { RenamedSheet } from "../../shared/api";
import { applySheetPlan, type AppliedSheet } from "./apply";
import { freeLamaName, isOwned, readOwned } from "./ownership";
import { findSheets, readRowsIfShort, readSnapshot } from "./read";
import type { SheetApi, SheetsServices } from "./services";

export interface WrittenSheet extends AppliedSheet {
  /** Link that opens the sheet: the spreadsheet's address and "#gid=<sheetId>" (the sidebar runs on another domain, so a bare "#gid=" would not reach the spreadsheet). */
  url: string;
  kept: number;
  movedAside: number;
  /** The user's sheet that had this name and was renamed (this sheet is then a fresh one), or null. */
  lembarLama: RenamedSheet | null;
}

export type YearServices = Omit<SheetsServices, "lock">;

/** `request.jabatan`: the sheets (re)generated; the REKAP also covers that year's jabatan sheets of the add-on already present. */
export function writeYear(services: YearServices, request: YearRequest, catalog: Catalog): WrittenSheet[] {
  // Read phase: the spreadsheet's address, which sheets exist (and, for jabatan not written now, whether
  // they are the add-on's, for the REKAP), then what the ones to be written hold and whose they are.
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const urlOf = (sheet: SheetApi) => `${spreadsheetUrl}#gid=${sheet.getSheetId()}`;
  const names = [...catalog.jabatan.map((j) => sheetName(request.tahun, j.kode)), rekapSheetName(request.tahun)];
  const found = findSheets(services, names);
  const present = catalog.jabatan
    .filter((j) => !request.jabatan.includes(j.kode))
    .filter((j) => {
      const sheet = found.get(sheetName(request.tahun, j.kode));
      return sheet ? readOwned(services, sheet) : false;
    })
    .map((j) => j.kode);
  const plan = buildYearPlan({
    catalog,
    tahun: request.tahun,
    periode: request.periode,
    jabatan: request.jabatan,
    rekapJabatan: catalog.jabatan.map((j) => j.kode).filter((k) => request.jabatan.includes(k) || present.includes(k)),
  });
  const reserved = new Set<string>();
  const jobs = plan.sheets.map((sheetPlan) => {
    const sheet = found.get(sheetPlan.name) ?? null;
    const read = sheet ? readSnapshot(services, sheet, { charts: sheetPlan.charts.length > 0, areaProtections: sheetPlan.protection === "areas" }) : null;
    const snapshot = read && isOwned(read) ? read : null;
    const foreign = read && !snapshot ? foreignSheet(services, read.sheet, reserved, urlOf) : null;
    const carried = carryOver(sheetPlan, snapshot);
    return { ...carried, snapshot: snapshot && readRowsIfShort(snapshot, carried.plan), foreign };
  });

  // Write phase: the users' own sheets out of the way first, then every plan.
  for (const job of jobs) job.foreign?.sheet.setName(job.foreign.renamed.menjadi);
  const written = jobs.map((job) => {
    const applied = applySheetPlan(services, job.plan, job.snapshot);
    const lembarLama = job.foreign?.renamed ?? null;
    return { ...applied, url: `${spreadsheetUrl}#gid=${applied.sheetId}`, kept: job.kept, movedAside: job.movedAside, lembarLama };
  });
  services.flush();
  return written;
}

/** A sheet that is not the add-on's: its name now, the free "(lama)" name it gets, its link (read phase). */
function foreignSheet(services: YearServices, sheet: SheetApi, reserved: Set<string>, urlOf: (sheet: SheetApi) => string) {
  const semula = sheet.getName();
  return { sheet, renamed: { semula, menjadi: freeLamaName(services, semula, reserved), url: urlOf(sheet) } };
}
