/**
 * A year's sheet set written into the spreadsheet: one read phase for every
 * sheet of the run, the plans with typed values carried over, then only writes,
 * and one flush at the end.
 */
import { CATALOG } from "../../core/catalog";
import type { Catalog, KodeJabatan } from "../../core/catalog/schema";
import { carryOver } from "../../core/plan/carry";
import { sheetName } from "../../core/plan/jabatan-sheet";
import { REKAP } from "../../core/plan/rekap-sheet";
import type { Periode } from "../../core/plan/types";
import { buildYearPlan } from "../../core/plan/year";
import { applySheetPlan, type AppliedSheet } from "./apply";
import { findSheets, readRowsIfShort, readSnapshot } from "./read";
import type { SheetsServices } from "./services";

export interface YearRequest {
  tahun: number;
  periode: Periode;
  /** Jabatan whose sheets are (re)generated; the REKAP also covers that year's jabatan sheets already present. */
  jabatan: readonly KodeJabatan[];
}

export interface WrittenSheet extends AppliedSheet {
  /** Link that opens the sheet: the spreadsheet's address and "#gid=<sheetId>" (the sidebar runs on another domain, so a bare "#gid=" would not reach the spreadsheet). */
  url: string;
  kept: number;
  movedAside: number;
}

export type YearServices = Omit<SheetsServices, "lock">;

export function writeYear(services: YearServices, request: YearRequest, catalog: Catalog = CATALOG): WrittenSheet[] {
  // Read phase: the spreadsheet's address, which sheets exist, then what the ones to be written hold.
  const spreadsheetUrl = services.spreadsheet.getUrl();
  const names = [...catalog.jabatan.map((j) => sheetName(request.tahun, j.kode)), sheetName(request.tahun, REKAP)];
  const found = findSheets(services, names);
  const present = catalog.jabatan.filter((j) => found.get(sheetName(request.tahun, j.kode))).map((j) => j.kode);
  const plan = buildYearPlan({
    catalog,
    tahun: request.tahun,
    periode: request.periode,
    jabatan: request.jabatan,
    rekapJabatan: catalog.jabatan.map((j) => j.kode).filter((k) => request.jabatan.includes(k) || present.includes(k)),
  });
  const jobs = plan.sheets.map((sheetPlan) => {
    const sheet = found.get(sheetPlan.name) ?? null;
    const snapshot = sheet ? readSnapshot(services, sheet, { charts: sheetPlan.charts.length > 0 }) : null;
    const carried = carryOver(sheetPlan, snapshot);
    return { ...carried, snapshot: snapshot && readRowsIfShort(snapshot, carried.plan) };
  });

  // Write phase.
  const written = jobs.map((job) => {
    const applied = applySheetPlan(services, job.plan, job.snapshot);
    return { ...applied, url: `${spreadsheetUrl}#gid=${applied.sheetId}`, kept: job.kept, movedAside: job.movedAside };
  });
  services.flush();
  return written;
}
