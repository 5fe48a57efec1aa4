/**
 * From roles (editors.ts) to protections as Sheets takes them. Sheets lets only the file's editors into a
 * protection, keeps the owner whatever the list says, and a fresh protection starts with every editor of
 * the file: so each protection gets the editors to keep (the roles' addresses that are editors of the file,
 * and the person pressing the button) and the editors to take off (every other editor of the file). Pure.
 */
import type { Catalog } from "../catalog/model";
import type { Area } from "../sheet/types";
import { editorsWithCaller, rolesSet, type SheetRoles, union } from "./editors";

/** Who Sheets knows, read once per press: the file's editors, its owner, the person pressing the button. */
export interface People {
  editors: readonly string[];
  owner: string | null;
  /** Session.getEffectiveUser().getEmail(); null when Google does not say (a domain's policy). */
  caller: string | null;
}

/** One protection's editors: kept (or added), and taken off. */
export interface Guard {
  editors: string[];
  remove: string[];
}

export interface SheetAccess {
  mode: "warning" | "restricted";
  /** The sheet protection: everything outside `inputs`. */
  sheet: Guard;
  /** Each input area's own protection. */
  inputs: { area: Area; guard: Guard }[];
}

export const WARNING_ACCESS: SheetAccess = { mode: "warning", sheet: { editors: [], remove: [] }, inputs: [] };

const key = (email: string) => email.trim().toLowerCase();

/** The protections of one sheet for these people. */
export function sheetAccess(roles: SheetRoles, people: People): SheetAccess {
  if (roles.mode === "warning") return WARNING_ACCESS;
  return {
    mode: "restricted",
    sheet: guard(roles.sheet, people),
    inputs: roles.inputs.map(({ area, editors }) => ({ area, guard: guard(editors, people) })),
  };
}

function guard(wanted: readonly string[], people: People): Guard {
  const known = new Set([...people.editors, ...(people.owner ? [people.owner] : [])].map(key));
  const editors = editorsWithCaller(
    wanted.filter((email) => known.has(key(email))),
    people.caller,
  );
  const kept = new Set([...editors, ...(people.owner ? [people.owner] : [])].map(key));
  return { editors, remove: union(people.editors.filter((email) => !kept.has(key(email)))) };
}

/**
 * Whether this person may press the button that (re)writes protected sheets. With roles set, the
 * pengelola and the owner may; anyone else is refused, since every protection would have to take them
 * in. With only pengisi set (no pengelola), whoever presses acts as the pengelola, as before.
 * "unknownCaller": Google did not say who is pressing. Refused too: going on would either lock them
 * out or (falling back to warnings) unlock every sheet for whoever presses.
 */
export type PressRole = { kind: "free" | "pengelola" | "unknownCaller" } | { kind: "notPengelola"; pengelola: string[] };

export function pressRole(catalog: Catalog, people: People): PressRole {
  if (!rolesSet(catalog)) return { kind: "free" };
  if (!people.caller) return { kind: "unknownCaller" };
  const pengelola = union(catalog.instansi.emailPengelola ?? []);
  const caller = key(people.caller);
  const allowed =
    pengelola.length === 0 || pengelola.some((e) => key(e) === caller) || (people.owner !== null && key(people.owner) === caller);
  return allowed ? { kind: "pengelola" } : { kind: "notPengelola", pengelola };
}
