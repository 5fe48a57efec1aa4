/**
 * Real protections from the catalog's roles (core/roles/access.ts), in the write phase. A protection
 * is restricted by taking off the file's editors the roles do not name and adding those they do (only
 * editors of the file: Sheets refuses anyone else); domain-wide editing goes off.
 */

import { type Guard, type SheetAccess, WARNING_ACCESS } from "../../core/roles/access";
import type { SheetPlan } from "../../core/sheet/types";
import type { ProtectionApi } from "./services";

/** `fresh`: made by this press (it starts with the file's own sharing), not one of ours from before. */
export type Restrict = (protection: ProtectionApi, guard: Guard, fresh: boolean) => void;

/** A press's protections: how each sheet is guarded, and how a protection is restricted. */
export interface Guarding {
  accessOf(plan: SheetPlan): SheetAccess;
  restrict: Restrict;
}

export const WARNING_GUARDING: Guarding = { accessOf: () => WARNING_ACCESS, restrict: () => undefined };

/**
 * One press's restrict. Whether domain-wide editing is on is a read (canDomainEdit, needed before
 * setDomainEdit: a spreadsheet outside a Workspace domain has none), and a read after writes makes
 * Apps Script flush and wait: so it is asked once, of the first protection this press makes (a new
 * protection mirrors the file's sharing, so the answer holds for every other new one). One of ours
 * from before is asked only until then (it was turned off by us, so its answer says nothing of the file).
 */
export function restrictor(): Restrict {
  let domain: boolean | null = null;
  return (protection, guard, fresh) => {
    protection.setWarningOnly(false);
    if (guard.remove.length) protection.removeEditors(guard.remove);
    if (guard.editors.length) protection.addEditors(guard.editors);
    const on = domain ?? protection.canDomainEdit();
    if (fresh && domain === null) domain = on;
    if (on) protection.setDomainEdit(false);
  };
}
