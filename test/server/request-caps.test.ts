/**
 * src/core/quote.ts: error messages quote at most 80 characters of what was sent, and
 * many faults in one field make one sentence, so a huge request never makes a huge answer.
 */

import type { SheetsServices } from "../../src/adapters/sheets/services";
import { exportPdf } from "../../src/server/export-pdf";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { fakeWithCatalog } from "../support/catalog-fake";
import { consoleSpies } from "../support/console-spies";
import { fakeExportServices } from "../support/fakes/export-services";

const MB = "x".repeat(1_000_000);
const HEAD = `"${"x".repeat(80)}…"`;

consoleSpies(); // quiet: these refusals log a warning each

function scaffoldError(request: unknown, services?: SheetsServices): string {
  const response = scaffoldYear(request, services ?? fakeWithCatalog().services());
  if (response.ok) throw new Error("expected an error");
  return response.error;
}

function exportError(request: unknown): string {
  const response = exportPdf(request, fakeExportServices().services);
  if (response.ok) throw new Error("expected an error");
  return response.error;
}

describe.each([
  ["scaffoldYear", scaffoldError],
  ["exportPdf", exportError],
])("%s: what was sent is quoted in at most 80 characters", (_name, errorOf) => {
  it("a 1 MB tahun", () => {
    const error = errorOf({ tahun: MB });
    expect(error.length).toBeLessThan(1000);
    expect(error).toContain(`tahun harus bilangan bulat`);
    expect(error).toContain(`(yang dikirim: ${HEAD})`);
  });

  it("fifty 1 MB jabatan entries: one sentence saying how many", () => {
    const error = errorOf({ tahun: 2027, jabatan: Array.from({ length: 50 }, () => MB) });
    expect(error.length).toBeLessThan(1000);
    expect(error).toMatch(/50 jabatan tidak dikenal/);
    expect(error.match(/yang dikirim/g)).toHaveLength(1);
  });

  it("a few unknown jabatan among known ones are named by their place", () => {
    const error = errorOf({ tahun: 2027, jabatan: ["KADIS", "BUPATI", "CAMAT"] });
    expect(error).toMatch(/2 jabatan tidak dikenal \(yang dikirim: ke-2 "BUPATI", ke-3 "CAMAT"\); pilih dari: KADIS/);
  });

  it("a 1 MB request that is not an object, and a huge nested one", () => {
    for (const request of [MB, [MB, MB], { tahun: { a: MB, b: [MB] } }]) {
      const error = errorOf(request);
      expect(error.length).toBeLessThan(1000);
      expect(error).toContain("…");
    }
  });

  it("every field at fault, each quoted short", () => {
    const error = errorOf({ tahun: MB, jabatan: [MB], periode: MB, bundel: MB });
    expect(error.length).toBeLessThan(1500);
    expect(error).toMatch(/tahun harus .*; jabatan/);
  });
});

it("scaffoldYear: an unexpected error's text is cut too", () => {
  const services = fakeWithCatalog().services();
  services.spreadsheet.getUrl = () => {
    throw new Error(`gagal: ${MB}`);
  };
  const error = scaffoldError({ tahun: 2027 }, services);
  expect(error.length).toBeLessThan(1000);
  expect(error).toMatch(/^Lembar tahun 2027 gagal disiapkan: gagal: x+…\. Nilai yang sudah diketik tidak dihapus/);
});

it("exportPdf: an unexpected error's text is cut too", () => {
  const fakes = fakeExportServices();
  fakes.spreadsheetApp.getActiveSpreadsheet = () => {
    throw new TypeError(MB);
  };
  const response = exportPdf({ tahun: 2027 }, fakes.services);
  expect(response.ok).toBe(false);
  if (response.ok) return;
  expect(response.error.length).toBeLessThan(1000);
  expect(response.error).toMatch(/^Ekspor PDF gagal karena kesalahan tak terduga: x+…$/);
});
