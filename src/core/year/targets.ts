/**
 * The targets of a jabatan sheet just carried over: how many hold the catalog's `Target <tahun>`,
 * and which typed ones differ from it. Read from the plan (which writes the catalog's value) and
 * the carry-over (which kept a typed target where it differs): no second read of the sheet.
 */
import type { CarryResult } from "../carry/carry";
import type { SheetPlan } from "../sheet/types";

/** A typed target other than the catalog's, kept as typed; `row`, `col`: its cell (0-based). */
export interface TypedTarget {
  row: number;
  col: number;
  indikator: string;
  /** What the sheet holds (a formula as its text). */
  target: string | number;
  katalog: string | number;
}

export interface CatalogTargets {
  /** Target cells holding the catalog's value (filled now or written again). */
  dariKatalog: number;
  berbeda: TypedTarget[];
}

/**
 * `planned`: the plan before carry-over; `carried`: what carryOver made of it. A typed target where
 * the catalog has none for the year is the user's to set, not a difference; a REKAP has no targets.
 */
export function catalogTargets(planned: SheetPlan, carried: Pick<CarryResult, "plan" | "keptAt">): CatalogTargets {
  const col = (key: string) => planned.table.columns.findIndex((c) => c.key === key);
  const [targetCol, nameCol] = [col("target"), col("indikator")];
  const out: CatalogTargets = { dariKatalog: 0, berbeda: [] };
  if (planned.kind !== "jabatan" || targetCol < 0) return out;
  for (const row of Object.values(planned.indikatorRows)) {
    const katalog = planned.cells[row]?.[targetCol]?.value;
    if (katalog === undefined || katalog === "") continue;
    if (!carried.keptAt?.has(`${row},${targetCol}`)) {
      out.dariKatalog++;
      continue;
    }
    const cell = carried.plan.cells[row]?.[targetCol];
    out.berbeda.push({
      row,
      col: targetCol,
      indikator: String(planned.cells[row]?.[nameCol]?.value ?? ""),
      target: cell?.formula ?? cell?.value ?? "",
      katalog,
    });
  }
  return out;
}

/**
 * How many indicator rows of a carried jabatan sheet still have no target (neither the catalog's
 * `Target <tahun>` nor a typed one): their capaian and predikat stay empty until one is set.
 */
export function emptyTargets(carried: SheetPlan): { indikator: number; kosong: number } {
  const targetCol = carried.table.columns.findIndex((c) => c.key === "target");
  if (carried.kind !== "jabatan" || targetCol < 0) return { indikator: 0, kosong: 0 };
  const rows = Object.values(carried.indikatorRows);
  const kosong = rows.filter((row) => {
    const cell = carried.cells[row]?.[targetCol];
    return !cell?.formula && (cell?.value === undefined || String(cell.value).trim() === "");
  }).length;
  return { indikator: rows.length, kosong };
}
