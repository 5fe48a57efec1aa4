import type { PkLockResult, PkMissing, PkResult, SheetRef } from "../shared/api";
import { type Child, h } from "./ui/dom";
import { clip } from "./ui/errors";
import { link } from "./ui/escape";
import { badge, belumPunyaAksesView, noteList, renamedView } from "./ui/render";

/** The PK's result views: plain data in (checked by answers.ts), DOM out; every piece of server text goes in as text. */

/** Enough for any cell address ("JABATAN!E12") and a field's name; longer is a runaway answer. */
const CELL_MAX = 40;
const LABEL_MAX = 200;
const MESSAGE_MAX = 500;

/** A blank field: its cell as a link (bold text while the cell is not there yet), then what to fill. */
function missingItem(f: PkMissing): Child[] {
  const label = clip(f.label, LABEL_MAX);
  if (!f.cell) return [label];
  const cell = clip(f.cell, CELL_MAX);
  return [f.url ? link(cell, f.url, "_top") : h("strong", {}, cell), `: ${label}`];
}

const missingView = (sentence: string, fields: readonly PkMissing[]): Child => noteList("belum-diisi", sentence, fields.map(missingItem));

/** Sheets with their links and a badge each, as the year's sheets are listed. */
function sheetList(label: string, sheets: readonly { sheet: SheetRef; status: string }[]): Child {
  if (sheets.length === 0) return null;
  return h(
    "ul",
    { className: "links", attrs: { "aria-label": label } },
    ...sheets.map(({ sheet, status }) => h("li", {}, link(sheet.name, sheet.url, "_top"), " ", badge(status))),
  );
}

/** Buat PK: the sheets, the hand-made ones renamed, the draft's blank fields. */
export function pkResultView(result: PkResult): Child[] {
  const locked = result.lembar.some((s) => s.status === "terkunci");
  return [
    result.message ? h("p", { className: "result-message" }, clip(result.message, MESSAGE_MAX)) : null,
    sheetList(
      "Lembar PK",
      result.lembar.map((s) => ({ sheet: s, status: s.status })),
    ),
    locked ? h("p", { className: "counts" }, "Terkunci: PK itu sudah dikunci, lembarnya dibiarkan persis seperti adanya.") : null,
    renamedView(result.lembarLama),
    missingView(
      "Masih konsep: isian berikut belum ada, jadi PK mencetak titik-titik di tempatnya. Isi selnya lalu tekan “Buat PK” lagi; PK baru dapat dikunci setelah semuanya terisi.",
      result.belumDiisi,
    ),
    belumPunyaAksesView(result.belumPunyaAkses ?? []),
  ];
}

/** Kunci PK: what was locked now or before, what waits for its blank fields, what has no PK yet. */
export function pkLockView(result: PkLockResult): Child[] {
  return [
    result.message ? h("p", { className: "result-message" }, clip(result.message, MESSAGE_MAX)) : null,
    sheetList("PK terkunci", [
      ...result.dikunci.map((sheet) => ({ sheet, status: "dikunci" })),
      ...result.sudahTerkunci.map((sheet) => ({ sheet, status: "sudah terkunci" })),
    ]),
    result.dikunci.length > 0
      ? h(
          "p",
          { className: "counts" },
          "PK yang dikunci hanya dapat diubah oleh pemilik spreadsheet; perubahan dibuat sebagai PK Perubahan.",
        )
      : null,
    missingView(
      "Belum dikunci: isian berikut masih kosong (dicetak titik-titik). Isi selnya, tekan “Buat PK”, lalu kunci lagi.",
      result.belumDiisi,
    ),
    noteList(
      "belum-dibuat",
      "Belum ada PK untuk jabatan berikut; tekan “Buat PK” dulu:",
      result.belumDibuat.map((kode) => clip(kode)),
    ),
  ];
}
