/**
 * The catalog's roles in the spreadsheet (README "Peran dan bukti dukung"): who Sheets knows (read
 * once per press, only when the catalog names an email), each sheet's protections from that, and the
 * catalog sheets kept for the pengelola. With no email in the catalog nothing here reads or writes.
 */
import type { Catalog } from "../../core/catalog/model";
import { ALL_CATALOG_SHEETS } from "../../core/catalog/tables";
import { type People, type PressRole, pressRole, sheetAccess, WARNING_ACCESS } from "../../core/roles/access";
import { notEditorsYet, rolesSet, sheetRoles, union } from "../../core/roles/editors";
import type { CatalogSheets } from "./catalog";
import { type Guarding, restrictor } from "./guard";
import { PROTECTION_PREFIX } from "./ownership";
import type { SheetsServices } from "./services";

/** The catalog sheets' protection when roles are set: only the pengelola (and the owner) change the catalog. */
export const CATALOG_DESCRIPTION = `${PROTECTION_PREFIX}katalog, hanya pengelola`;

export interface Roles extends Guarding {
  role: PressRole;
  people: People | null;
  /** The catalog's `Email pengelola`. */
  pengelola: string[];
  /** The catalog's addresses that are not editors of the file yet (left out of every protection until shared). */
  belumPunyaAkses: string[];
}

type RoleServices = Pick<SheetsServices, "sharing" | "callerEmail">;

/** Read phase: who may press and what each sheet's protections are. No call at all without roles. */
export function readRoles(services: RoleServices, catalog: Catalog): Roles {
  const people = rolesSet(catalog) ? readPeople(services) : null;
  const role = people ? pressRole(catalog, people) : ({ kind: "free" } as const);
  const live = people !== null && role.kind === "pengelola";
  return {
    role,
    people,
    pengelola: union(catalog.instansi.emailPengelola ?? []),
    accessOf: (plan) => (live ? sheetAccess(sheetRoles(catalog, plan), people) : WARNING_ACCESS),
    restrict: restrictor(),
    belumPunyaAkses: live ? notEditorsYet(catalog, [...people.editors, ...(people.owner ? [people.owner] : [])]) : [],
  };
}

function readPeople(services: RoleServices): People {
  const owner = services.sharing.getOwner()?.getEmail() || null;
  const editors = services.sharing
    .getEditors()
    .map((u) => u.getEmail())
    .filter(Boolean);
  return { editors, owner, caller: services.callerEmail() || null };
}

/**
 * The catalog sheets' own protection: restricted to the pengelola while roles hold, removed when they
 * no longer do. A user's own sheet protection on a catalog sheet is left alone (a sheet has one at
 * most). Reads now (read phase); the writes are the returned step, for the write phase.
 */
export function guardCatalogSheets(services: Pick<SheetsServices, "sheetProtection">, sheets: CatalogSheets, roles: Roles): () => void {
  const access =
    roles.role.kind === "pengelola" && roles.people
      ? sheetAccess({ mode: "restricted", sheet: roles.pengelola, inputs: [] }, roles.people)
      : null;
  const steps = ALL_CATALOG_SHEETS.flatMap((name) => {
    const sheet = sheets[name];
    if (!sheet) return [];
    const existing = sheet.getProtections(services.sheetProtection);
    const ours = existing.find((p) => p.getDescription() === CATALOG_DESCRIPTION);
    if (!access) return ours ? [() => ours.remove()] : [];
    if (existing.length && !ours) return [];
    return [() => roles.restrict(ours ?? sheet.protect().setDescription(CATALOG_DESCRIPTION), access.sheet, !ours)];
  });
  return () => {
    for (const step of steps) step();
  };
}
