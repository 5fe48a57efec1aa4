import type { ExportedFile, RenamedSheet, ScaffoldResult, SheetLink } from "../shared/api";
import { h, type Child } from "./dom";
import { clip } from "./errors";
import { link } from "./escape";

/** Result views: plain data in (checked by answers.ts), DOM out; every piece of server text goes in as text. */

/** A Map, not an object: a status named "constructor" or "__proto__" must not find Object.prototype's. */
const STATUS_BADGE = new Map<string, string>([
  ["dibuat", "new"],
  ["diperbarui", "upd"],
]);

/** The status as a badge; one the sidebar does not know is shown as plain text in a neutral badge. */
function badge(status: SheetLink["status"]): HTMLElement {
  return h("span", { className: `badge ${STATUS_BADGE.get(status) ?? "other"}` }, clip(status));
}

/** Hand-made sheets with the year's names, renamed "(lama)" with their content untouched. */
function renamedView(renamed: readonly RenamedSheet[]): Child {
  if (renamed.length === 0) return null;
  return h(
    "div",
    { className: "renamed", attrs: { role: "note" } },
    h("p", {}, "Lembar buatan sendiri dengan nama yang sama diganti namanya (isinya tidak diubah):"),
    h("ul", {}, ...renamed.map((r) => h("li", {}, `${r.semula} → `, link(r.menjadi, r.url, "_top")))),
  );
}

export function scaffoldResultView(result: ScaffoldResult): Child[] {
  return [
    result.message ? h("p", { className: "result-message" }, result.message) : null,
    h(
      "ul",
      { className: "links", attrs: { "aria-label": `Lembar tahun ${result.tahun}` } },
      ...result.sheets.map((s) => h("li", {}, link(s.name, s.url, "_top"), " ", badge(s.status))),
    ),
    renamedView(result.lembarLama),
    h(
      "p",
      { className: "counts" },
      `Nilai yang sudah diketik: ${result.nilaiDipertahankan} dipertahankan`,
      result.nilaiDipindahkan > 0
        ? h("strong", {}, `, ${result.nilaiDipindahkan} dipindahkan (barisnya tidak ada lagi)`)
        : ", 0 dipindahkan",
      ".",
    ),
  ];
}

export interface Folder {
  name: string;
  url: string;
}

export function exportResultView(files: readonly ExportedFile[], folder: Folder | null, message: string | null): Child[] {
  if (files.length === 0) return [];
  return [
    message ? h("p", { className: "result-message" }, message) : null,
    folder ? h("p", { className: "folder" }, "Folder Drive: ", link(folder.name, folder.url, "_blank")) : null,
    h(
      "ul",
      { className: "links", attrs: { "aria-label": "File PDF tersimpan" } },
      ...files.map((f) => h("li", {}, link(f.name, f.url, "_blank"))),
    ),
  ];
}

export interface Failure {
  /** The jabatan that failed; absent for a bundle. */
  kode?: string;
  message: string;
}

export function failuresView(title: string, failures: readonly Failure[]): Child[] {
  if (failures.length === 0) return [];
  return [
    h("p", { className: "error-title" }, title),
    h(
      "ul",
      { className: "failures" },
      ...failures.map((f) => h("li", {}, f.kode ? h("strong", {}, f.kode) : null, f.kode ? `: ${f.message}` : f.message)),
    ),
  ];
}
