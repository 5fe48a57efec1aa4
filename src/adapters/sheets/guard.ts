/**
 * Real protections from the catalog's roles (core/roles/access.ts), in the write phase. A protection
 * is restricted by taking off the file's editors the roles do not name and adding those they do (only
 * editors of the file: Sheets refuses anyone else); domain-wide editing goes off. No read but
 * canDomainEdit, which Sheets needs before setDomainEdit (a spreadsheet outside a Workspace domain has none).
 */
import type { Guard } from "../../core/roles/access";
import type { ProtectionApi } from "./services";

/** `protection` restricted to the guard's editors (and the owner, whom Sheets always keeps). */
export function restrict(protection: ProtectionApi, guard: Guard): void {
  protection.setWarningOnly(false);
  if (guard.remove.length) protection.removeEditors(guard.remove);
  if (guard.editors.length) protection.addEditors(guard.editors);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
