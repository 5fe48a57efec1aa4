/**
 * Finding a catalog sheet's header row: the first row holding the labels, rows above it
 * (a title, instructions) allowed. Labels are matched without regard to case and spacing;
 * a misspelt or missing label is named, so the secretariat knows which column to fix.
 */
import { a1 } from "../../sheet/a1";
import { normLabel } from "../../text";
import { TAHUN_MAX, TAHUN_MIN } from "./cells";
import { type CatalogSheetName, type ColumnSpec, TARGET_HEADER, targetLabel } from "./layout";
import { type Problems, shown } from "./problems";

export interface Header<K extends string> {
  row: number;
  /** Column of each label found; a missing one is already a problem. */
  col: Partial<Record<K, number>>;
  /** The per-year columns (KATALOG's `Target <tahun>`, PROGRAM's `Anggaran <tahun>`), left to right. */
  targets: { tahun: number; col: number }[];
}

/** Columns of one value per year: their header as compared (normLabel) and as written. */
export interface YearColumns {
  header: RegExp;
  label: (tahun: number) => string;
}

const TARGETS: YearColumns = { header: TARGET_HEADER, label: targetLabel };

/** Fewest labels a row needs to count as the header with some labels misspelt. */
const MIN_LABELS = 2;

export function findHeader<K extends string>(
  sheet: CatalogSheetName,
  values: readonly (readonly unknown[])[],
  columns: readonly ColumnSpec<K>[],
  problems: Problems,
  options: { optional?: readonly K[]; targets?: boolean | YearColumns } = {},
): Header<K> | null {
  const byLabel = new Map(columns.map((c) => [normLabel(c.label), c.key]));
  let best = -1;
  let bestCount = 0;
  for (let r = 0; r < values.length; r++) {
    const found = new Set((values[r] ?? []).map((v) => byLabel.get(normLabel(v))).filter((k) => k !== undefined));
    if (found.size > bestCount) {
      best = r;
      bestCount = found.size;
      if (found.size === columns.length) break;
    }
  }
  if (best < 0 || bestCount < Math.min(MIN_LABELS, columns.length)) {
    problems.at(
      sheet,
      0,
      0,
      `Baris judul kolom tidak ditemukan di lembar ${sheet}: tidak ada baris yang memuat label ${columns.map((c) => `"${c.label}"`).join(", ")}.`,
    );
    return null;
  }

  const row = values[best] ?? [];
  const col: Partial<Record<K, number>> = {};
  const targets: { tahun: number; col: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const label = normLabel(row[c]);
    const key = byLabel.get(label);
    if (key !== undefined) {
      if (col[key] === undefined) col[key] = c;
      else
        problems.at(
          sheet,
          best,
          c,
          `Label ${shown(row[c])} muncul dua kali di baris judul (juga di ${a1(best, col[key] as number)}); ganti atau hapus salah satunya.`,
        );
      continue;
    }
    const years = options.targets === true ? TARGETS : options.targets || null;
    const target = years ? years.header.exec(label) : null;
    if (!target || !years) continue;
    const tahun = Number(target[1]);
    const twin = targets.find((t) => t.tahun === tahun);
    if (tahun < TAHUN_MIN || tahun > TAHUN_MAX) {
      problems.at(
        sheet,
        best,
        c,
        `Label ${shown(row[c])}: tahun di luar ${TAHUN_MIN}–${TAHUN_MAX}. Tulis "${years.label(2027).replace("2027", "<tahun>")}", mis. "${years.label(2027)}".`,
      );
    } else if (twin) {
      problems.at(sheet, best, c, `Kolom ${shown(row[c])} muncul dua kali (juga di ${a1(best, twin.col)}); hapus salah satunya.`);
    } else targets.push({ tahun, col: c });
  }
  for (const spec of columns) {
    if (col[spec.key] !== undefined || options.optional?.includes(spec.key)) continue;
    problems.at(
      sheet,
      best,
      0,
      `Kolom "${spec.label}" tidak ada di baris judul (baris ${best + 1}). Tambahkan kolom itu atau perbaiki ejaan labelnya; labelnya harus persis "${spec.label}".`,
    );
  }
  return { row: best, col, targets };
}

/** The cell of `key` in `row`, or undefined when the column is missing (already a problem). */
export function cellOf<K extends string>(values: readonly (readonly unknown[])[], header: Header<K>, row: number, key: K): unknown {
  const c = header.col[key];
  return c === undefined ? undefined : values[row]?.[c];
}

/** Whether a row below the header holds nothing in the columns the catalog reads (other columns are the users' own). */
export function isBlankRow<K extends string>(
  values: readonly (readonly unknown[])[],
  header: Header<K>,
  row: number,
  isBlank: (v: unknown) => boolean,
): boolean {
  const cols = [...Object.values<number | undefined>(header.col).filter((c) => c !== undefined), ...header.targets.map((t) => t.col)];
  return cols.every((c) => isBlank(values[row]?.[c]));
}
