/**
 * Roles turned into protections (src/core/roles/access.ts): only the file's editors go into a
 * protection, the person pressing is kept, every other editor of the file is taken off; who may press.
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import { type People, pressRole, sheetAccess, WARNING_ACCESS } from "../../../src/core/roles/access";
import { sheetRoles } from "../../../src/core/roles/editors";
import { buildYearPlan } from "../../../src/core/year/year-plan";
import { CATALOG_LAIN, LAIN_EMAIL } from "../../support/fixtures/catalog-lain";

const { sekretariat: SEKRETARIAT, verifikator: VERIFIKATOR, gizi: GIZI, rina: RINA, p2p: P2P } = LAIN_EMAIL;
const OWNER = "kadinkes@dinkes.sukamaju.go.id";
const STAFF = "staf.lama@dinkes.sukamaju.go.id";

const sheets = buildYearPlan({ catalog: CATALOG_LAIN, tahun: 2027 }).sheets;
const plan = (kode: string) => sheets.find((s) => s.kode === kode)!;

describe("sheetAccess", () => {
  // The verifikator and Rina are not editors of the file yet; a former staff member still is.
  const people: People = { editors: [SEKRETARIAT, GIZI, P2P, STAFF, OWNER], owner: OWNER, caller: SEKRETARIAT };

  test("a jabatan sheet: inputs for its pengisi and the pengelola who are editors; everyone else taken off", () => {
    const access = sheetAccess(sheetRoles(CATALOG_LAIN, plan("KASI GIZI 2")), people);
    expect(access.mode).toBe("restricted");
    expect(access.sheet).toEqual({ editors: [SEKRETARIAT], remove: [GIZI, P2P, STAFF] });
    expect(access.inputs.length).toBe(plan("KASI GIZI 2").inputs.length);
    for (const input of access.inputs) expect(input.guard).toEqual({ editors: [GIZI, SEKRETARIAT], remove: [P2P, STAFF] });
  });

  test("the person pressing is kept even when the roles do not name them; the owner is never taken off", () => {
    const caller = { ...people, caller: OWNER };
    const access = sheetAccess(sheetRoles(CATALOG_LAIN, plan("KABID P2P")), caller);
    expect(access.sheet.editors).toEqual([SEKRETARIAT, OWNER]);
    expect(access.sheet.remove).not.toContain(OWNER);
    expect(access.inputs[0]?.guard.editors).toEqual([P2P, SEKRETARIAT, OWNER]);
  });

  test("addresses compared without case; an address removed from the catalog is taken off", () => {
    const upper = { ...people, editors: [SEKRETARIAT.toUpperCase(), GIZI, STAFF], caller: SEKRETARIAT.toUpperCase() };
    const access = sheetAccess(sheetRoles(CATALOG_LAIN, plan("KASI GIZI 2")), upper);
    expect(access.sheet).toEqual({ editors: [SEKRETARIAT], remove: [GIZI, STAFF] });
    const withoutGizi = {
      ...CATALOG_LAIN,
      jabatan: CATALOG_LAIN.jabatan.map((j) => (j.kode === "KASI GIZI 2" ? { ...j, emailPengisi: [RINA] } : j)),
    };
    const after = sheetAccess(sheetRoles(withoutGizi, plan("KASI GIZI 2")), people);
    expect(after.inputs[0]?.guard.remove).toContain(GIZI);
    expect(after.inputs[0]?.guard.editors).toEqual([SEKRETARIAT]);
  });

  test("no email in the catalog: warning-only, nobody taken off", () => {
    for (const p of buildYearPlan({ catalog: EXAMPLE_CATALOG, tahun: 2027 }).sheets)
      expect(sheetAccess(sheetRoles(EXAMPLE_CATALOG, p), people)).toEqual(WARNING_ACCESS);
  });
});

describe("pressRole", () => {
  const base: People = { editors: [SEKRETARIAT, GIZI], owner: OWNER, caller: SEKRETARIAT };
  test("a pengelola, in any case, or the owner may press", () => {
    expect(pressRole(CATALOG_LAIN, base).kind).toBe("pengelola");
    expect(pressRole(CATALOG_LAIN, { ...base, caller: VERIFIKATOR.toUpperCase() }).kind).toBe("pengelola");
    expect(pressRole(CATALOG_LAIN, { ...base, caller: OWNER }).kind).toBe("pengelola");
  });
  test("a pengisi is refused, with the pengelola named", () => {
    expect(pressRole(CATALOG_LAIN, { ...base, caller: GIZI })).toEqual({ kind: "notPengelola", pengelola: [SEKRETARIAT, VERIFIKATOR] });
  });
  test("only pengisi set: whoever presses acts as pengelola; no email: free; caller unknown said so", () => {
    const noPengelola = { ...CATALOG_LAIN, instansi: { ...CATALOG_LAIN.instansi, emailPengelola: [] } };
    expect(pressRole(noPengelola, { ...base, caller: GIZI }).kind).toBe("pengelola");
    expect(pressRole(EXAMPLE_CATALOG, { ...base, caller: GIZI }).kind).toBe("free");
    expect(pressRole(CATALOG_LAIN, { ...base, caller: null }).kind).toBe("unknownCaller");
  });
});
