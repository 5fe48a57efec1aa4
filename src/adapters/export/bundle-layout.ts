/**
 * The bundle is one export of the whole spreadsheet (no gid), which prints every
 * VISIBLE sheet in TAB order. So, for the time of that one request, every other
 * sheet is hidden and, only if the chosen sheets are not already in the wanted
 * order, they are moved to the end in that order. Everything is put back in a
 * `finally`, even when the export fails: tab order, each sheet's previous
 * visibility, and the active sheet.
 */
import { ExportProblem, errorText } from "../../core/export/problem";
import type { ExportSheet, ExportSpreadsheet } from "./services";

/** A sheet with its name, read once per server call. */
export interface Tab {
  sheet: ExportSheet;
  name: string;
}

/** Every sheet of the spreadsheet in tab order, each name read once. */
export function readTabs(spreadsheet: ExportSpreadsheet): Tab[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/**
 * Runs `run` with only the sheets named `names` visible, in that order. `tabs` is
 * every sheet in tab order (readTabs); sheet names are unique in a spreadsheet,
 * so they identify the sheets.
 */
export function withOnlySheetsVisible<T>(spreadsheet: ExportSpreadsheet, tabs: readonly Tab[], names: readonly string[], run: () => T): T {
  const positions = names.map((name) => {
    const i = tabs.findIndex((t) => t.name === name);
    if (i < 0) throw new ExportProblem(`Sheet "${name}" tidak ditemukan saat menyusun bundel. Muat ulang spreadsheet, lalu ekspor lagi.`);
    return i;
  });
  const chosen = new Set(names);
  const wasHidden = tabs.map((t) => t.sheet.isSheetHidden());

  const shown: Tab[] = [];
  const hidden: Tab[] = [];
  /** Chosen sheets moved to the end, with their 1-based tab position before. */
  const moved: { tab: Tab; position: number }[] = [];
  let active: ExportSheet | null = null;
  let failed = false;
  try {
    // Hiding the sheet the user is on, or moving sheets, changes the active sheet: put it back after.
    active = spreadsheet.getActiveSheet();
    // Show first: Sheets refuses to hide the last visible sheet.
    tabs.forEach((tab, i) => {
      if (chosen.has(tab.name) && wasHidden[i]) {
        tab.sheet.showSheet();
        shown.push(tab);
      }
    });
    tabs.forEach((tab, i) => {
      if (!chosen.has(tab.name) && !wasHidden[i]) {
        tab.sheet.hideSheet();
        hidden.push(tab);
      }
    });
    if (positions.some((p, i) => i > 0 && p < positions[i - 1]!)) {
      for (const p of positions) {
        const tab = tabs[p]!;
        spreadsheet.setActiveSheet(tab.sheet);
        spreadsheet.moveActiveSheet(tabs.length);
        moved.push({ tab, position: p + 1 });
      }
    }
    return run();
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    const problems = restore(spreadsheet, { moved, hidden, shown, active });
    if (problems.length > 0) {
      const text = `Tampilan sheet tidak dapat dikembalikan sepenuhnya setelah ekspor bundel: ${problems.join("; ")}. Periksa sheet tersebut secara manual.`;
      // An export error already on its way wins; the restore problem is still logged.
      if (failed) console.error(text);
      // biome-ignore lint/correctness/noUnsafeFinally: only when the export itself succeeded: the user must hear that the layout was not put back.
      else throw new ExportProblem(text);
    }
  }
}

/**
 * Order first (the moved sheets are all visible then), then visibility, then the
 * active sheet. Moving the moved sheets back to their old positions, lowest
 * first, restores the exact tab order: the others never moved relative to each
 * other. Every step is tried, whatever failed before it.
 */
function restore(
  spreadsheet: ExportSpreadsheet,
  state: { moved: { tab: Tab; position: number }[]; hidden: Tab[]; shown: Tab[]; active: ExportSheet | null },
): string[] {
  const problems: string[] = [];
  const attempt = (what: string, step: () => unknown) => {
    try {
      step();
    } catch (e) {
      problems.push(`${what} (${errorText(e)})`);
    }
  };
  for (const { tab, position } of [...state.moved].sort((a, b) => a.position - b.position)) {
    attempt(`urutan sheet "${tab.name}"`, () => {
      spreadsheet.setActiveSheet(tab.sheet);
      spreadsheet.moveActiveSheet(position);
    });
  }
  for (const tab of state.hidden) attempt(`menampilkan lagi "${tab.name}"`, () => tab.sheet.showSheet());
  for (const tab of state.shown) attempt(`menyembunyikan lagi "${tab.name}"`, () => tab.sheet.hideSheet());
  const active = state.active;
  const touched = state.moved.length > 0 || state.hidden.length > 0;
  if (active && touched) attempt("sheet yang aktif sebelumnya", () => spreadsheet.setActiveSheet(active));
  return problems;
}
