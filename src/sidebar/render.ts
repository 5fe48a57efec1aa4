import type { ExportedFile, ScaffoldResult } from "../shared/api";
import { h, type Child } from "./dom";
import { link } from "./escape";

/** Result views: plain data in, DOM out; every piece of server text goes in as text. */

const STATUS_LABEL: Record<string, string> = { dibuat: "dibuat", diperbarui: "diperbarui" };

export function scaffoldResultView(result: ScaffoldResult): Child[] {
  const sheets = Array.isArray(result.sheets) ? result.sheets : [];
  return [
    result.message ? h("p", { className: "result-message" }, result.message) : null,
    h(
      "ul",
      { className: "links", attrs: { "aria-label": `Lembar tahun ${result.tahun}` } },
      ...sheets.map((s) =>
        h("li", {}, link(s.name, s.url, "_top"), " ", h("span", { className: `badge ${s.status === "dibuat" ? "new" : "upd"}` }, STATUS_LABEL[s.status] ?? String(s.status))),
      ),
    ),
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
