/**
 * What an answer says about the catalog's roles (README "Peran dan bukti dukung"): how the sheets are
 * guarded, whose address still needs sharing, and the refusal of a press by someone not pengelola.
 */
import type { Roles } from "../adapters/sheets/roles";
import { clip } from "../core/quote";
import type { Perlindungan } from "../shared/api";
import { belumPunyaAksesText, bukanPengelolaText, PENGGUNA_TAK_DIKENAL, PERLINDUNGAN_PERAN } from "../shared/messages";

/** The answer's fields and sentences about the roles: how the sheets are guarded, who still needs access. */
export function rolesAnswer(roles: Roles): { perlindungan: Perlindungan; belumPunyaAkses: string[]; sentences: string[] } {
  const perlindungan = roles.role.kind === "pengelola" ? "peran" : "peringatan";
  return {
    perlindungan,
    belumPunyaAkses: roles.belumPunyaAkses,
    sentences: [perlindungan === "peran" ? PERLINDUNGAN_PERAN : "", belumPunyaAksesText(roles.belumPunyaAkses.map((e) => clip(e)))].filter(
      Boolean,
    ),
  };
}

/**
 * Roles set and the person pressing is neither pengelola nor owner, or Google does not say who it is:
 * refused before anything is written.
 */
export function notPengelolaRefusal(roles: Roles): string | null {
  if (roles.role.kind === "unknownCaller") return PENGGUNA_TAK_DIKENAL;
  if (roles.role.kind !== "notPengelola") return null;
  return bukanPengelolaText(
    roles.role.pengelola.map((e) => clip(e)),
    clip(roles.people?.caller ?? ""),
  );
}
