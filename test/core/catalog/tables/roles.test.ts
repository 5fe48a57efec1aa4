/**
 * The catalog's email lists (README "Katalog"): JABATAN's Email Pengisi and PENGATURAN's Email pengelola,
 * separated by commas, semicolons or line breaks, each address once; one that is not an address is a
 * problem at its cell, so nobody is silently left out of a protection.
 */
import { readCatalog } from "../../../../src/core/catalog/tables";
import { readEmails } from "../../../../src/core/catalog/tables/emails";
import { CATALOG_LAIN } from "../../../support/fixtures/catalog-lain";
import { copy, rowOfKode, rowOfSetting, set, tablesOf } from "./helpers";

const BASE = tablesOf(CATALOG_LAIN);

describe("email lists", () => {
  test("read back as written; a catalog with both lists round-trips", () => {
    const read = readCatalog(copy(BASE));
    expect(read.problems).toEqual([]);
    expect(read.catalog?.jabatan.find((j) => j.kode === "KASI GIZI 2")?.emailPengisi).toEqual([
      "gizi@dinkes.sukamaju.go.id",
      "Rina.Wulandari@gmail.com",
    ]);
    expect(read.catalog?.instansi.emailPengelola).toEqual(["sekretariat@dinkes.sukamaju.go.id", "verifikator@inspektorat.sukamaju.go.id"]);
  });

  test("commas, semicolons and line breaks separate; the same address twice (any case) counts once; blank is none", () => {
    expect(readEmails(" a@dinas.go.id;b@dinas.go.id\n\nA@DINAS.GO.ID ,  ")).toEqual({
      emails: ["a@dinas.go.id", "b@dinas.go.id"],
      wrong: [],
    });
    expect(readEmails("")).toEqual({ emails: [], wrong: [] });
    expect(readEmails("rina@, x y@dinas.go.id, @dinas.go.id, budi@dinas")).toEqual({
      emails: [],
      wrong: ["rina@", "x y@dinas.go.id", "@dinas.go.id", "budi@dinas"],
    });
  });

  test.each([
    [
      "Email Pengisi",
      (t: ReturnType<typeof copy>) => set(t.JABATAN, rowOfKode(t, "KASI GIZI 2"), "Email Pengisi", "gizi@dinkes, rina.w@gmail.com"),
      "JABATAN!J5",
      'Email Pengisi: "gizi@dinkes" bukan alamat email',
    ],
    [
      "Email pengelola",
      (t: ReturnType<typeof copy>) => set(t.PENGATURAN, rowOfSetting(t, "Email pengelola"), "Nilai", "sekretariat dinkes"),
      "PENGATURAN!B15",
      'Email pengelola: "sekretariat dinkes" bukan alamat email',
    ],
  ])("%s that is not an address: a problem at its cell, no catalog", (_, edit, cell, fragment) => {
    const t = copy(BASE);
    edit(t);
    const read = readCatalog(t);
    expect(read.catalog).toBeUndefined();
    expect(read.problems).toEqual([expect.objectContaining({ cell, message: expect.stringContaining(fragment) })]);
  });

  test("a thousand-character cell of junk is said briefly: at most three quoted, the rest counted", () => {
    const t = copy(BASE);
    set(t.PENGATURAN, rowOfSetting(t, "Email pengelola"), "Nilai", Array.from({ length: 50 }, (_, i) => `salah${i}`.repeat(20)).join(","));
    const [problem] = readCatalog(t).problems;
    expect(problem?.message).toContain("(dan 47 lagi)");
    expect(problem?.message.length).toBeLessThan(400);
  });
});
