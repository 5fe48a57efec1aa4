/**
 * Where a PK's missing field is typed, for the answer and the printed placeholder: its label
 * ("Nama Pejabat KABID REHSOS") and, given the catalog sheets' values, its cell ("JABATAN!E5"). Pure.
 */

import { findHeader } from "../catalog/tables/header";
import { JABATAN_COLUMNS, PENGATURAN_COLUMNS, SETTINGS } from "../catalog/tables/layout";
import { cellRef, Problems } from "../catalog/tables/problems";
import type { CatalogTableValues } from "../catalog/tables/read";
import { normLabel } from "../text";
import type { MissingField } from "./parties";

export interface MissingPlace {
  /** What to fill, in Indonesian: "Nama Pejabat KABID REHSOS", "Nama kepala daerah". */
  label: string;
  /** "JABATAN!E5"; absent when the row or column is not there yet (an older catalog). */
  cell?: string;
}

const jabatanLabel = (field: string) => JABATAN_COLUMNS.find((c) => c.key === field)?.label ?? field;
const settingLabel = (field: string) => SETTINGS.find((s) => s.key === field)?.label ?? field;

/** The field's label and cell; `values`: the catalog sheets as read (without them, the label only). */
export function locateMissing(field: MissingField, values?: CatalogTableValues): MissingPlace {
  if (field.sheet === "JABATAN") {
    const label = `${jabatanLabel(field.field)} ${field.kode}`;
    const rows = values?.JABATAN;
    if (!rows) return { label };
    const header = findHeader("JABATAN", rows, JABATAN_COLUMNS, new Problems());
    const kodeCol = header?.col.kode;
    const col = header?.col[field.field];
    if (!header || kodeCol === undefined || col === undefined) return { label };
    const row = rows.findIndex((r, i) => i > header.row && normLabel(r[kodeCol]) === normLabel(field.kode));
    return row < 0 ? { label } : { label, cell: cellRef("JABATAN", row, col) };
  }
  const label = settingLabel(field.field);
  const rows = values?.PENGATURAN;
  if (!rows) return { label };
  const header = findHeader("PENGATURAN", rows, PENGATURAN_COLUMNS, new Problems(), { optional: ["keterangan"] });
  const labelCol = header?.col.label;
  const nilaiCol = header?.col.nilai;
  if (!header || labelCol === undefined || nilaiCol === undefined) return { label };
  const row = rows.findIndex((r, i) => i > header.row && normLabel(r[labelCol]) === normLabel(label));
  return row < 0 ? { label } : { label, cell: cellRef("PENGATURAN", row, nilaiCol) };
}

/** Each missing field once (by its cell, else its label), in the order first met: one official may sign several PKs. */
export function uniqueMissing(missing: readonly MissingPlace[]): MissingPlace[] {
  return [...new Map(missing.map((m) => [m.cell ?? m.label, m])).values()];
}
