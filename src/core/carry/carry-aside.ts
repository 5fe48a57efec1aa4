/**
 * The moved-aside section of a carried-over sheet: typed values that no longer
 * have a place, listed below the plan with where they came from, so nothing a
 * user typed is ever dropped. Also reads such a section back on the next run.
 */
import { asValue, isBlank, keyOf, type OldSheet, oldCell, text, widthOf } from "../sheet/old-sheet";
import type { Area, CellPlan, SheetPlan } from "../sheet/types";

export const ASIDE_TITLE = "Isian sebelumnya yang tidak lagi punya tempat";
export const ASIDE_NOTE =
  "Nilai di bawah ini diketik di lembar ini sebelumnya, tetapi tempatnya tidak ada lagi. Salin ke tempat yang benar bila perlu, lalu kosongkan kolom Nilai sebelumnya; baris yang kosong hilang saat lembar dibuat ulang.";
export const ASIDE_HEADER = ["Asal (baris lama)", "ID indikator", "Nilai sebelumnya", "Kolom", "Keterangan"] as const;

export interface Entry {
  asal: string;
  id: string;
  cell: CellPlan;
  kolom: string;
  alasan: string;
  /** Old row and column the value stood in (to list entries in sheet order). */
  from?: [number, number];
}

/**
 * Entries of an earlier run's moved-aside section that still hold a value. Every other cell there
 * that is not the section's own title, note or header label goes to `other`, to be moved aside again.
 */
export function oldEntries(old: OldSheet, start: number, other: (r: number, c: number) => void): Entry[] {
  const entries: Entry[] = [];
  const headerRow = old.values.findIndex((row, r) => r > start && row.some((v) => keyOf(v) === keyOf(ASIDE_HEADER[2])));
  const at = ASIDE_HEADER.map((label) => (headerRow < 0 ? -1 : (old.values[headerRow] ?? []).findIndex((v) => keyOf(v) === keyOf(label))));
  const [asal, id, nilai, kolom, alasan] = at as [number, number, number, number, number];
  const own = new Set([ASIDE_TITLE, ASIDE_NOTE].map(keyOf));
  const width = widthOf(old);
  for (let r = start; r < old.values.length; r++) {
    const row = old.values[r] ?? [];
    const isEntry = headerRow >= 0 && r > headerRow && nilai >= 0;
    if (isEntry && !isBlank(old, r, nilai)) {
      const { v, f } = oldCell(old, r, nilai);
      entries.push({
        asal: text(row[asal]),
        id: text(row[id]),
        cell: f ? { formula: f } : { value: asValue(v) },
        kolom: text(row[kolom]),
        alasan: text(row[alasan]),
        from: [r, nilai],
      });
    }
    for (let c = 0; c < width; c++) {
      if (isBlank(old, r, c)) continue;
      const sectionText =
        !text(old.formulas[r]?.[c]) && (r === headerRow ? at.includes(c) : r < headerRow || headerRow < 0 ? own.has(keyOf(row[c])) : false);
      if (sectionText || (isEntry && at.includes(c))) continue;
      other(r, c);
    }
  }
  return entries;
}

/** The plan with the moved-aside section appended: a blank row, title, note, header, one row per entry. */
export function withAside(plan: SheetPlan, cells: CellPlan[][], entries: Entry[]): SheetPlan {
  const hidden = new Set(plan.hiddenColumns);
  const cols = Array.from({ length: plan.width }, (_, c) => c).filter((c) => c > 0 && !hidden.has(c));
  while (cols.length < ASIDE_HEADER.length) cols.push((cols[cols.length - 1] ?? 0) + 1);
  const width = Math.max(plan.width, (cols[ASIDE_HEADER.length - 1] as number) + 1);
  const empty = (): CellPlan[] => Array.from({ length: width }, () => ({}));
  const rows = cells.map((row) => [...row, ...Array.from({ length: width - row.length }, () => ({}))]);
  const top = rows.length + 1;
  rows.push(empty(), empty(), empty(), empty());
  const put = (r: number, i: number, cell: CellPlan) => ((rows[r] as CellPlan[])[cols[i] as number] = cell);
  put(top, 0, { value: ASIDE_TITLE, style: { bold: true, fontSize: 12, fontColor: "#990000" } });
  put(top + 1, 0, { value: ASIDE_NOTE, style: { italic: true } });
  ASIDE_HEADER.forEach((label, i) =>
    put(top + 2, i, { value: label, style: { bold: true, background: "#fce5cd", vAlign: "middle", wrap: true } }),
  );
  const body = { vAlign: "top", wrap: true } as const;
  entries.forEach((e) => {
    const r = rows.push(empty()) - 1;
    // Text stays text ("0812…", "1/2" would become a number or a date): the whole column is text to Sheets.
    const nilai = { ...e.cell, style: typeof e.cell.value === "string" ? { ...body, numberFormat: "@" } : { ...body } };
    [{ value: e.asal }, { value: e.id }, nilai, { value: e.kolom }, { value: e.alasan }].forEach((cell, i) =>
      put(r, i, i === 2 ? cell : { ...cell, style: { ...body } }),
    );
  });
  const first = cols[0] as number;
  const contiguous = cols[ASIDE_HEADER.length - 1] === first + ASIDE_HEADER.length - 1;
  const box: Area = { row: top + 2, col: first, rows: entries.length + 1, cols: ASIDE_HEADER.length };
  return {
    ...plan,
    cells: rows,
    width,
    columnWidths: [...plan.columnWidths, ...Array.from({ length: width - plan.columnWidths.length }, () => 100)],
    rowHeights: [...plan.rowHeights, ...Array.from({ length: rows.length - plan.rowHeights.length }, () => null)],
    borders: contiguous ? [...plan.borders, box] : plan.borders,
    // The user is asked to empty "Nilai sebelumnya" once a value is moved back: no protection warning there.
    inputs: entries.length
      ? [
          ...plan.inputs,
          {
            row: top + 3,
            col: cols[2] as number,
            rows: entries.length,
            cols: 1,
            validation: { kind: "text", help: "Kosongkan setelah nilainya dipindahkan ke tempat yang benar." },
          },
        ]
      : plan.inputs,
  };
}
