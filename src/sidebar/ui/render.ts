import type { BuktiBelumAda, CatalogChange, ExportedFile, RenamedSheet, ScaffoldResult, SheetRef, TargetMismatch } from "../../shared/api";
import { type Child, h } from "./dom";
import { clip } from "./errors";
import { link } from "./escape";

/** Result views: plain data in (checked by answers.ts), DOM out; every piece of server text goes in as text. */

/** A Map, not an object: a status named "constructor" or "__proto__" must not find Object.prototype's. */
const STATUS_BADGE = new Map<string, string>([
  ["dibuat", "new"],
  ["diperbarui", "upd"],
  // The PK's: left as it was because locked (PkSheetLink), locked by this call.
  ["terkunci", "lock"],
  ["dikunci", "lock"],
]);

/** The status as a badge; one the sidebar does not know is shown as plain text in a neutral badge. */
export function badge(status: string): HTMLElement {
  return h("span", { className: `badge ${STATUS_BADGE.get(status) ?? "other"}` }, clip(status));
}

/** A note under the result: a sentence, then its items as a list; nothing when there are none. */
export function noteList(className: string, sentence: string, items: readonly (Child | Child[])[]): Child {
  if (items.length === 0) return null;
  return h(
    "div",
    { className: `renamed ${className}`.trim(), attrs: { role: "note" } },
    h("p", {}, sentence),
    h("ul", {}, ...items.map((item) => h("li", {}, ...(Array.isArray(item) ? item : [item])))),
  );
}

/** Hand-made sheets with the year's names, renamed "(lama)" with their content untouched. */
export const renamedView = (renamed: readonly RenamedSheet[]): Child =>
  noteList(
    "",
    "Lembar buatan sendiri dengan nama yang sama diganti namanya (isinya tidak diubah):",
    renamed.map((r) => [`${r.semula} → `, link(r.menjadi, r.url, "_top")]),
  );

/** A target as read: a number with a decimal comma, text (a KLA status, a formula) cut. */
function targetText(v: string | number): string {
  return typeof v === "number" ? String(v).replace(".", ",") : clip(v, 40);
}

/** Typed targets that differ from the catalog's Target <tahun>: kept as typed, each with a link to its cell. */
const targetBerbedaView = (targets: readonly TargetMismatch[]): Child =>
  noteList(
    "target-berbeda",
    "Target di lembar berbeda dari katalog (tidak diubah):",
    targets.map((t) => [
      link(`${t.lembar} · ${clip(t.indikator, 80)}`, t.url, "_top"),
      `: ${targetText(t.target)} (katalog ${targetText(t.katalog)})`,
    ]),
  );

/** What the catalog changed on each sheet since the last run (written afresh), with a link to the sheet. */
const perubahanView = (list: readonly CatalogChange[]): Child =>
  noteList(
    "perubahan-katalog",
    "Perubahan katalog yang masuk ke lembar:",
    list.map((p) => [link(p.lembar, p.url, "_top"), `: ${clip(p.perubahan.join(", "), 200)}`]),
  );

/** Sheets listed under a sentence, each with its link. */
const sheetsNote = (className: string, sentence: string, sheets: readonly SheetRef[]): Child =>
  noteList(
    className,
    sentence,
    sheets.map((s) => link(s.name, s.url, "_top")),
  );

/** The add-on's sheets of the year whose kode the catalog no longer has: left untouched. */
const takDikenalView = (sheets: readonly SheetRef[]): Child =>
  sheetsNote("tak-dikenal", "Lembar ini tidak cocok dengan jabatan mana pun di katalog (tidak diubah):", sheets);

/** Jabatan sheets whose columns the REKAP could not find: made again, they feed it again. */
const takTerbacaView = (sheets: readonly SheetRef[]): Child =>
  sheetsNote("tak-terbaca", "REKAP tidak dapat membaca lembar ini (buat ulang lembarnya agar terbaca):", sheets);

/** The catalog's addresses that are not editors of the spreadsheet yet: to share it with, then press again. */
export const belumPunyaAksesView = (emails: readonly string[]): Child =>
  noteList(
    "belum-akses",
    "Belum punya akses edit (bagikan spreadsheet ini kepada mereka sebagai Editor, lalu tekan tombol lagi):",
    emails.map((e) => clip(e, 120)),
  );

/** Per jabatan, the indicators still without evidence for the latest period ended, linked to the BUKTI sheet. */
export const buktiBelumAdaView = (list: readonly BuktiBelumAda[], tahun?: number): Child =>
  noteList(
    "bukti-belum",
    `Bukti dukung ${tahun === undefined ? "" : `${tahun} `}belum diisi untuk ${clip(list[0]?.periode ?? "", 20)} (isi tautannya di lembar BUKTI):`,
    list.map((b) => [link(`${b.jabatan}: ${b.indikator.length} indikator`, b.url, "_top"), ` (${clip(b.indikator.join("; "), 160)})`]),
  );

export function scaffoldResultView(result: ScaffoldResult): Child[] {
  return [
    result.message ? h("p", { className: "result-message" }, result.message) : null,
    h(
      "ul",
      { className: "links", attrs: { "aria-label": `Lembar tahun ${result.tahun}` } },
      ...result.lembar.map((s) => h("li", {}, link(s.name, s.url, "_top"), " ", badge(s.status))),
    ),
    perubahanView(result.perubahanKatalog ?? []),
    renamedView(result.lembarLama),
    targetBerbedaView(result.targetBerbeda ?? []),
    takDikenalView(result.lembarTakDikenal ?? []),
    takTerbacaView(result.lembarTakTerbaca ?? []),
    buktiBelumAdaView(result.buktiBelumAda ?? []),
    belumPunyaAksesView(result.belumPunyaAkses ?? []),
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

/**
 * A sequence stopped at jabatan `nomor` of `total`: what failed, and that the REKAP waits.
 * Pressing again is safe: every call keeps what was typed, the sheets already done are just updated.
 */
export function scaffoldStoppedView(nomor: number, total: number, failure: Failure): Child[] {
  return [
    ...failuresView(`Lembar ${nomor} / ${total} gagal disiapkan:`, [failure]),
    h(
      "p",
      { className: "stopped-hint" },
      "REKAP belum diperbarui. Tekan “Buat / perbarui lembar” lagi untuk melanjutkan: aman diulang, nilai yang sudah diketik tidak hilang.",
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
