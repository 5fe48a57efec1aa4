/** Reading the offline PDF back with pdftotext, for the PDF tests (pdf-pages, pk-pdf). */
import { execFileSync } from "node:child_process";
import { findSoffice } from "../../src/offline/pdf/libreoffice";

/** LibreOffice, or null when it is not installed. */
export const soffice = findSoffice();
/** pdftotext (poppler-utils) is installed. */
export const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
/** describe, or describe.skip when either tool is missing (CI fails on that: pdf-pages.test.ts). */
export const describePdf = soffice && hasPdftotext ? describe : describe.skip;

/** The text of every page, as laid out (pdftotext separates pages with a form feed). */
export function pagesOf(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

/**
 * Per page, the sheet it prints: a jabatan's name where its sheet starts ("1. JABATAN …")
 * and on the pages after it that repeat the form's header, "REKAP" and "BUKTI" likewise; "?"
 * for a page of anything else (a catalog sheet, a user's sheet).
 */
function sheetPerPage(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const before = out.at(-1) ?? "?";
    const nama = /^1\. JABATAN\s+(.+)$/m.exec(t)?.[1]?.trim();
    if (/REKAPITULASI CAPAIAN INDIKATOR KINERJA/.test(t)) out.push("REKAP");
    else if (/DAFTAR BUKTI DUKUNG INDIKATOR KINERJA/.test(t)) out.push("BUKTI");
    else if (/^\s*No\s+Jabatan\s+Indikator Kinerja\s+Periode/m.test(t)) out.push(before === "BUKTI" ? "BUKTI" : "?");
    else if (nama) out.push(nama);
    else if (/^\s*No\s+Jabatan\s+Sasaran/m.test(t)) out.push(before === "REKAP" ? "REKAP" : "?");
    else if (/^\s*No\s+Sasaran \/ Kinerja Utama/m.test(t)) out.push(before !== "REKAP" ? before : "?");
    else out.push("?");
  }
  return out;
}

/** The sheets printed, in page order. */
export function sheetsPrinted(texts: string[]): string[] {
  return sheetPerPage(texts).filter((k, i, all) => k !== all[i - 1]);
}

/** The words of each page (pdftotext -bbox), with their boxes in pt. */
export function wordsPerPage(pdf: string): { width: number; height: number; words: PdfWord[] }[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return html
    .split("<page ")
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)?.[1]),
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5] as string,
      })),
    }));
}

/** A printed word and its box, in pt from the page's top left. */
export interface PdfWord {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
