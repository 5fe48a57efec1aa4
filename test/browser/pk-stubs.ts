import type { Page } from "playwright-core";
import type { PkLockResult, PkRequest, PkResult } from "../../src/shared/api";

/** What the PK browser tests share: the server's answers as the contract shapes them, and choosing in the PK section. */

export const SHEET = "https://docs.google.com/spreadsheets/d/abc/edit";

/** A sheet id per name (links must be "#gid=<digits>" or https to be links). */
export function gid(name: string): number {
  return [...name].reduce((n, c) => n + c.charCodeAt(0), 100);
}

/** The PK sheet's name as the server gives it. */
export function pkName(request: PkRequest, kode: string): string {
  return request.perubahan ? `PK Perubahan ${request.tahun} ${kode}` : `PK ${request.tahun} ${kode}`;
}

/** createPerjanjianKinerja's answer for a one-jabatan request: its sheet, "dibuat" unless `extra` says otherwise. */
export function pkAnswer(request: PkRequest, extra: Partial<PkResult> = {}): PkResult {
  const kode = request.jabatan?.[0] ?? "?";
  const name = pkName(request, kode);
  return {
    tahun: request.tahun,
    perubahan: request.perubahan ?? false,
    lembar: [{ name, kode, url: `${SHEET}#gid=${gid(name)}`, status: "dibuat" }],
    belumDiisi: [],
    lembarLama: [],
    katalogDilengkapi: "",
    message: `Pesan server untuk ${kode}.`,
    ...extra,
  };
}

/** A blank official's field as the server lists it, with a link to its cell. */
export function missing(cell: string, label: string): PkResult["belumDiisi"][number] {
  const [sheet, a1] = cell.split("!");
  return { label, cell, url: `${SHEET}#gid=${gid(sheet ?? "")}&range=${a1}` };
}

export function lockAnswer(request: PkRequest, extra: Partial<PkLockResult> = {}): PkLockResult {
  return {
    tahun: request.tahun,
    perubahan: request.perubahan ?? false,
    dikunci: [],
    sudahTerkunci: [],
    belumDiisi: [],
    belumDibuat: [],
    message: "",
    ...extra,
  };
}

/** Ticks only `kodes` in the PK section. */
export async function choosePk(page: Page, kodes: readonly string[]): Promise<void> {
  const section = page.locator("#pk");
  await section.getByLabel("Pilih semua").uncheck();
  for (const kode of kodes) await section.locator(`input[type=checkbox][value=${JSON.stringify(kode)}]`).check();
}

/** The [text, href] of each link in `selector`. */
export function linksOf(page: Page, selector: string): Promise<[string | null, string | null][]> {
  return page
    .locator(selector)
    .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")] as [string | null, string | null]));
}
