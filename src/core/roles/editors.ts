/**
 * Who may edit what on a sheet the add-on writes (README "Peran dan bukti dukung"): with
 * `Email pengelola` or any `Email Pengisi` set, a jabatan sheet's input cells (and the BUKTI sheet's
 * Bukti Dukung cells of that jabatan) belong to its pengisi and the pengelola, everything else on every
 * sheet to the pengelola (the owner always may). With no email
 * set, protections stay warning-only, as before. Pure: the Sheets adapter turns this into protections.
 */
import type { Catalog } from "../catalog/model";
import type { Area, SheetPlan } from "../sheet/types";

export interface SheetRoles {
  /** "warning": no email set, every protection warns only; "restricted": only the editors below may edit. */
  mode: "warning" | "restricted";
  /** Who may edit the sheet outside `inputs` (besides the owner): the pengelola. */
  sheet: string[];
  /** Input areas and who may edit them: the jabatan's pengisi and the pengelola. */
  inputs: { area: Area; editors: string[] }[];
}

/** Addresses compared as Google compares them: without regard to case. */
const key = (email: string) => email.trim().toLowerCase();

/** `lists` merged, each address once, in the order first met. */
export function union(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const email of list) if (!seen.has(key(email))) seen.set(key(email), email.trim());
  return [...seen.values()];
}

/** Whether any role is set: then protections are real, not warnings. */
export function rolesSet(catalog: Catalog): boolean {
  return (catalog.instansi.emailPengelola?.length ?? 0) > 0 || catalog.jabatan.some((j) => (j.emailPengisi?.length ?? 0) > 0);
}

/** The roles of one sheet of the plan: a jabatan sheet's inputs are its pengisi's too; every other cell the pengelola's. */
export function sheetRoles(catalog: Catalog, plan: SheetPlan): SheetRoles {
  const pengelola = union(catalog.instansi.emailPengelola ?? []);
  if (!rolesSet(catalog)) return { mode: "warning", sheet: [], inputs: [] };
  if (plan.kind !== "jabatan" && plan.kind !== "bukti") return { mode: "restricted", sheet: pengelola, inputs: [] };
  // A jabatan sheet's inputs are its jabatan's; the BUKTI sheet's Bukti Dukung cells each name theirs,
  // its Verifikasi and Catatan none (the pengelola's alone).
  const inputs = plan.inputs.map(({ validation: _, pengisi, ...area }) => {
    const kode = pengisi ?? (plan.kind === "jabatan" ? plan.kode : undefined);
    const jabatan = catalog.jabatan.find((j) => j.kode === kode);
    return { area, editors: union(jabatan?.emailPengisi ?? [], pengelola) };
  });
  return { mode: "restricted", sheet: pengelola, inputs: joined(inputs) };
}

/**
 * Areas with the same editors joined into rectangles where they touch — a column's runs one under
 * another, then side-by-side runs of the same rows: each is one protection in Sheets, and a triwulan
 * sheet's inputs are split by validation into many runs that protections need not tell apart.
 */
export function joined(inputs: readonly { area: Area; editors: string[] }[]): { area: Area; editors: string[] }[] {
  const same = (a: { editors: string[] }, b: { editors: string[] }) => a.editors.join() === b.editors.join();
  const out: { area: Area; editors: string[] }[] = [];
  const byColumn = [...inputs].sort((a, b) => a.area.col - b.area.col || a.area.row - b.area.row);
  for (const input of byColumn) {
    const above = out.find(
      (o) =>
        same(o, input) && o.area.col === input.area.col && o.area.cols === input.area.cols && o.area.row + o.area.rows === input.area.row,
    );
    if (above) above.area = { ...above.area, rows: above.area.rows + input.area.rows };
    else out.push({ area: { ...input.area }, editors: input.editors });
  }
  const rows: { area: Area; editors: string[] }[] = [];
  for (const input of out.sort((a, b) => a.area.row - b.area.row || a.area.col - b.area.col)) {
    const left = rows.find(
      (o) =>
        same(o, input) && o.area.row === input.area.row && o.area.rows === input.area.rows && o.area.col + o.area.cols === input.area.col,
    );
    if (left) left.area = { ...left.area, cols: left.area.cols + input.area.cols };
    else rows.push(input);
  }
  return rows;
}

/**
 * The catalog's addresses (pengelola, then each jabatan's pengisi) that are not editors of the spreadsheet
 * yet (Sheets lets only the file's editors into a protection): listed in the answer, never dropped
 * silently. `editors`: the file's editors and owner.
 */
export function notEditorsYet(catalog: Catalog, editors: readonly string[]): string[] {
  const known = new Set(editors.map(key));
  const named = union(catalog.instansi.emailPengelola ?? [], ...catalog.jabatan.map((j) => j.emailPengisi ?? []));
  return named.filter((email) => !known.has(key(email)));
}

/**
 * The editors a protection is to have: the roles' addresses, and the person pressing the button, who is
 * never locked out (`caller`; Sheets keeps the owner whatever the list says).
 */
export function editorsWithCaller(editors: readonly string[], caller: string | null): string[] {
  return caller ? union(editors, [caller]) : [...editors];
}
