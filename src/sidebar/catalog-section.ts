import type { CatalogInfo, CatalogProblemLink } from "../shared/api";
import type { SidebarAnswer } from "./ui/answers";
import { statusArea } from "./ui/controls";
import { type Child, h, replaceChildren } from "./ui/dom";
import { clip, messageOf } from "./ui/errors";
import { link } from "./ui/escape";
import type { Jobs } from "./ui/jobs";
import { callServer } from "./ui/server";

/**
 * "Katalog": where the spreadsheet's catalog is (KATALOG, JABATAN, PENGATURAN),
 * its problems with a link to each cell, and on first use the choice between
 * the built-in example and an empty catalog. While the catalog is missing or has
 * problems, the job runner's gate keeps creating and exporting off.
 */

export type Isi = "contoh" | "kosong";

export interface CatalogHooks {
  /**
   * getSidebarData again and the panel built anew, this section showing `notice`:
   * a new or repaired catalog changes the jabatan the other sections offer.
   * Rejects when the reload fails; the panel is then left as it was.
   */
  reload(notice: string): Promise<void>;
}

export interface CatalogSection {
  element: HTMLElement;
  /** Puts the focus in the section (after the panel was rebuilt for it). */
  focus(): void;
}

const READY = "Katalog siap dipakai: tidak ada masalah.";
/** Enough for any cell address ("KATALOG!AB1234") and a long Indonesian message; longer is a runaway answer. */
const CELL_MAX = 40;
const MESSAGE_MAX = 400;

/** KATALOG, JABATAN, PENGATURAN: the server says each missing one in a problem without a cell. */
const CATALOG_SHEETS = 3;

/**
 * No catalog sheet at all: the first use. Then the three "Lembar … tidak ada" problems
 * only repeat what the section says, and are not listed. One or two sheets missing
 * (deleted or renamed mid-year) is not a first use: those problems are listed.
 */
export function isFirstUse(info: CatalogInfo): boolean {
  if (info.ada || info.url !== "") return false;
  return info.masalah.length === 0 || (info.masalah.length === CATALOG_SHEETS && info.masalah.every((m) => !m.cell && !m.url));
}

/** The problems the section lists. */
function listed(info: CatalogInfo): readonly CatalogProblemLink[] {
  return isFirstUse(info) ? [] : info.masalah;
}

/** Why creating and exporting are off, or null when the catalog can be used. */
export function gateReason(info: CatalogInfo, lama = false): string | null {
  if (lama) return null;
  if (isFirstUse(info)) return "Buat katalog dulu";
  if (info.masalah.length > 0) return `Perbaiki katalog dulu (${info.masalah.length} masalah)`;
  if (!info.ada) return "Buat katalog dulu";
  if (info.jabatan === 0) return "Isi katalog dulu (belum ada jabatan)";
  return null;
}

function createdNotice(isi: Isi, info: CatalogInfo): string {
  return isi === "contoh"
    ? `Katalog contoh dibuat: ${info.jabatan} jabatan, ${info.indikator} indikator.`
    : "Katalog kosong dibuat. Isi lembar PENGATURAN, JABATAN dan KATALOG, lalu tekan Periksa katalog.";
}

function resultMessage(text: string): HTMLElement {
  return h("p", { className: "result-message" }, text);
}

/** The cell as a link; a missing sheet's problem has no cell (the message alone), a cell of one has no link. */
function cellView(m: CatalogProblemLink): Child[] {
  if (!m.cell) return [];
  const cell = clip(m.cell, CELL_MAX);
  return [m.url ? link(cell, m.url, "_top") : h("strong", {}, cell), " "];
}

/** Every problem, each with its cell as a link; the list scrolls, the count stays on top. */
export function problemsView(masalah: readonly CatalogProblemLink[]): Child[] {
  if (masalah.length === 0) return [];
  return [
    h("p", { id: "katalog-jumlah", className: "problems-count" }, `${masalah.length} masalah di katalog`),
    h("p", { className: "gray hint" }, "Perbaiki sel berikut, lalu tekan Periksa katalog lagi."),
    // Focusable so the keyboard can scroll it.
    h(
      "ul",
      { id: "katalog-masalah", className: "problems", attrs: { "aria-labelledby": "katalog-jumlah", tabindex: "0" } },
      ...masalah.map((m) => h("li", {}, ...cellView(m), clip(m.message, MESSAGE_MAX))),
    ),
  ];
}

export function catalogSection(data: SidebarAnswer, jobs: Jobs, hooks: CatalogHooks, notice?: string): CatalogSection {
  const prefix = "katalog";
  const status = statusArea(prefix);
  const summary = h("div", { id: `${prefix}-ringkas` });
  const button = (id: string, label: string, action: () => Promise<void>, className?: string) => {
    const b = h("button", { id: `${prefix}-${id}`, className, attrs: { type: "button" } }, label);
    jobs.register(b);
    b.addEventListener("click", () => void jobs.run(b, action));
    return b;
  };
  const periksa = button("periksa", "Periksa katalog", check);
  const contoh = button("contoh", "Pakai contoh (Dinas Sosial PPPA Sampang)", () => create("contoh"), "action");
  const kosong = button("kosong", "Mulai katalog kosong", () => create("kosong"));
  let info = data.katalog;
  /** The jabatan the other sections offer: a check finding others means the panel must be rebuilt. */
  const offered = data.jabatan.length;

  function show(next: CatalogInfo): void {
    info = next;
    jobs.gate(gateReason(next, data.katalogLama));
    replaceChildren(summary, ...summaryView(next));
  }

  function summaryView(k: CatalogInfo): Child[] {
    if (data.katalogLama) {
      return [
        h("p", { className: "katalog-line" }, `Katalog bawaan server: ${k.jabatan} jabatan.`),
        h("p", { className: "gray hint" }, "Server ini belum membaca katalog dari spreadsheet, jadi tidak ada yang perlu diperiksa."),
      ];
    }
    if (isFirstUse(k)) {
      return [
        h("p", { className: "katalog-line" }, "Spreadsheet ini belum punya katalog (lembar KATALOG, JABATAN dan PENGATURAN)."),
        h("p", { className: "gray hint" }, "Pakai contoh Dinas Sosial PPPA Sampang, atau mulai dengan katalog kosong untuk OPD lain."),
        h("div", { className: "block buttons" }, contoh, kosong),
      ];
    }
    if (!k.ada) {
      // The server never writes over an existing KATALOG: offer a new catalog only when it is the one missing.
      return [
        h(
          "p",
          { className: "katalog-line" },
          "Katalog belum lengkap: ada lembar katalog yang tidak ditemukan (terhapus atau diganti namanya).",
        ),
        h(
          "p",
          { className: "gray hint" },
          "Kembalikan nama lembarnya lalu tekan Periksa katalog",
          k.url ? "." : ", atau buat katalog baru.",
        ),
        h("div", { className: "block buttons" }, periksa, k.url ? null : contoh, k.url ? null : kosong),
      ];
    }
    return [
      h("p", { className: "katalog-line" }, `Katalog: ${k.jabatan} jabatan, ${k.indikator} indikator — `, link("buka", k.url, "_top")),
      h("div", { className: "block" }, periksa),
    ];
  }

  async function check(): Promise<void> {
    status.clear();
    status.progress("Memeriksa katalog… Mohon tunggu.");
    try {
      const wasUsable = gateReason(info) === null;
      const next = await callServer("checkCatalog");
      show(next);
      if (gateReason(next) === null && (!wasUsable || next.jabatan !== offered)) {
        await rebuild(READY);
        return;
      }
      status.progress("");
      status.result(...(next.masalah.length ? problemsView(listed(next)) : [resultMessage(READY)]));
    } catch (error) {
      status.progress("");
      status.error(messageOf(error));
    }
  }

  async function create(isi: Isi): Promise<void> {
    status.clear();
    status.progress(isi === "contoh" ? "Membuat katalog contoh… Mohon tunggu." : "Membuat katalog kosong… Mohon tunggu.");
    try {
      const next = await callServer("createCatalog", { isi });
      show(next);
      await rebuild(createdNotice(isi, next));
    } catch (error) {
      status.progress("");
      status.error(messageOf(error));
    }
  }

  /** The panel built anew for the catalog now in the spreadsheet; when that fails, this panel stays, gated. */
  async function rebuild(done: string): Promise<void> {
    status.progress("Memuat ulang daftar jabatan…");
    try {
      await hooks.reload(done);
    } catch (error) {
      jobs.gate("Muat ulang sidebar dulu (daftar jabatan belum diperbarui)");
      status.progress("");
      status.result(resultMessage(done), ...problemsView(listed(info)));
      status.error(`Daftar jabatan belum dapat dimuat ulang. ${messageOf(error)} Tutup lalu buka lagi sidebar.`);
    }
  }

  show(info);
  status.result(notice ? resultMessage(notice) : null, ...problemsView(listed(info)));

  const element = h(
    "section",
    { id: prefix, className: "section" },
    h("h2", { id: `${prefix}-judul` }, "Katalog"),
    summary,
    status.element,
  );
  return {
    element,
    focus: () => summary.querySelector("button")?.focus(),
  };
}
