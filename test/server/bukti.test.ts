/**
 * The BUKTI sheet through scaffoldYear on the SpreadsheetApp fake (README "Peran dan bukti dukung"): made
 * with the REKAP, its cells validated, the answer listing per jabatan what the latest period ended still
 * misses with a link to the row; a link typed there is kept by the next press and leaves the list; with
 * roles, a jabatan's Bukti cells are its pengisi's and the Verifikasi column the pengelola's.
 */

import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { sheetName } from "../../src/core/naming";
import { LINKS_FORMULA } from "../../src/core/rekap/links";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { getSidebarData } from "../../src/server/sidebar-data";
import type { ScaffoldResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog } from "../support/catalog-fake";
import { FAKE_EDITOR, FAKE_OWNER, FAKE_SPREADSHEET_URL } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

function ok(response: ServerResponse<ScaffoldResult>): ScaffoldResult {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

const OCTOBER = new Date("2027-10-05T03:00:00Z");
const EXAMPLE_CATALOG_KADIS = () =>
  EXAMPLE_CATALOG.jabatan
    .find((j) => j.kode === "KADIS")!
    .sasaran.flatMap((s) => s.indikator)
    .map((i) => i.nama);
const BUKTI = "2027 BUKTI";

describe("the BUKTI sheet through scaffoldYear", () => {
  test("made with the REKAP; the answer lists, per jabatan, TW III's indicators without a link, each linked to its row", () => {
    const fake = fakeWithCatalog();
    const result = ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services(), OCTOBER));
    expect(result.lembar.at(-1)).toMatchObject({ name: BUKTI, status: "dibuat" });
    const sheet = fake.spreadsheet.sheet(BUKTI)!;
    const list = result.buktiBelumAda ?? [];
    expect(list.map((b) => [b.jabatan, b.periode])).toEqual(
      ["KADIS", "SEKRETARIS", "KASUBAG UMUM", "KABID REHSOS", "KABID DAYASOS", "KABID LINJAMSOS", "KABID PPPA"].map((k) => [k, "TW III"]),
    );
    const kadis = list[0]!;
    const row = Number(/&range=A(\d+)$/.exec(kadis.url)?.[1]);
    expect(kadis.url.startsWith(`${FAKE_SPREADSHEET_URL}#gid=${sheet.id}&range=A`)).toBe(true);
    expect(fake.user.cell(BUKTI, `D${row}`).value).toBe("TW III");
    expect(fake.user.cell(BUKTI, `C${row}`).value).toBe(kadis.indikator[0]);
    // The Bukti Dukung cell is checked as links, by the same pattern everywhere.
    expect(fake.user.cell(BUKTI, `E${row}`).validation?.criteria).toEqual({ type: "requireFormulaSatisfied", args: [LINKS_FORMULA] });
    expect(fake.user.cell(BUKTI, `F${row}`).validation?.criteria.args[0]).toEqual(["Belum diperiksa", "Sesuai", "Perlu perbaikan"]);

    // The pengisi links the evidence; the verifier checks it; a press later both are kept and KADIS misses one less.
    fake.user.type(BUKTI, `E${row}`, "https://drive.google.com/drive/folders/tw3-kadis");
    fake.user.type(BUKTI, `F${row}`, "Sesuai");
    fake.user.type(BUKTI, `G${row}`, "Lengkap");
    const again = ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services(), OCTOBER));
    expect(again.buktiBelumAda?.[0]?.indikator).toEqual(kadis.indikator.slice(1));
    expect(again.nilaiDipertahankan).toBe(3);
    expect([`E${row}`, `F${row}`, `G${row}`].map((a) => fake.user.cell(BUKTI, a).value)).toEqual([
      "https://drive.google.com/drive/folders/tw3-kadis",
      "Sesuai",
      "Lengkap",
    ]);
  });

  test("nothing due yet (February): no list; a call without the REKAP sends none and leaves the BUKTI sheet alone", () => {
    const fake = fakeWithCatalog();
    const early = ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services(), new Date("2027-02-10T03:00:00Z")));
    expect(early.buktiBelumAda).toEqual([]);
    fake.log.clear();
    const one = ok(scaffoldYear({ tahun: 2027, jabatan: ["KADIS"], periode: "triwulan", rekap: false }, fake.services(), OCTOBER));
    expect(one.buktiBelumAda).toBeUndefined();
    expect(fake.log.calls.some((c) => c.sheet === BUKTI)).toBe(false);
  });

  test("a sheet of the user's named 2027 BUKTI: renamed (lama) and left as it was; the add-on's made fresh", () => {
    const fake = fakeWithCatalog();
    fake.user.insertSheet("2027 Bukti");
    fake.user.type("2027 Bukti", "A1", "Daftar tautan bidang (punya sekretariat)");
    fake.user.type("2027 Bukti", "B4", "https://drive.google.com/arsip");
    const result = ok(scaffoldYear({ tahun: 2027 }, fake.services(), OCTOBER));
    expect(result.lembarLama).toEqual([{ semula: "2027 Bukti", menjadi: "2027 Bukti (lama)", url: expect.any(String) }]);
    expect([...fake.user.contents("2027 Bukti (lama)")]).toEqual([
      ["A1", "Daftar tautan bidang (punya sekretariat)"],
      ["B4", "https://drive.google.com/arsip"],
    ]);
    expect(fake.user.cell(BUKTI, "A1").value).toBe("DAFTAR BUKTI DUKUNG INDIKATOR KINERJA INDIVIDU (IKI)");
  });

  test("with roles: a jabatan's Bukti cells its pengisi's, the Verifikasi column the pengelola's", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    const SEKRETARIAT = "sekretariat@dinkes.sukamaju.go.id";
    const GIZI = "gizi@dinkes.sukamaju.go.id";
    const P2P = "p2p@dinkes.sukamaju.go.id";
    fake.spreadsheet.editors = [FAKE_EDITOR, SEKRETARIAT, GIZI, P2P];
    fake.caller = SEKRETARIAT;
    ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services(), OCTOBER));
    const rowOf = (kode: string) => fake.user.find(BUKTI, kode)!.row;
    const who = (a1: string) => [FAKE_OWNER, FAKE_EDITOR, SEKRETARIAT, GIZI, P2P].filter((p) => fake.user.canEdit(p, BUKTI, a1));
    expect(who(`E${rowOf("KASI GIZI 2")}`)).toEqual([FAKE_OWNER, SEKRETARIAT, GIZI]);
    expect(who(`E${rowOf("KABID P2P")}`)).toEqual([FAKE_OWNER, SEKRETARIAT, P2P]);
    expect(who(`F${rowOf("KASI GIZI 2")}`)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    expect(who(`G${rowOf("KABID P2P")}`)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    expect(who(`C${rowOf("KABID P2P")}`)).toEqual([FAKE_OWNER, SEKRETARIAT]);
    expect(fake.spreadsheet.sheet(sheetName(2027, "KASI GIZI 2"))).toBeDefined();
  });
});

describe("getSidebarData: what the BUKTI sheet still misses, as it stands", () => {
  const data = (fake: ReturnType<typeof fakeWithCatalog>, now: Date) => {
    const answer = getSidebarData(fake.services(), now);
    if (!answer.ok) throw new Error(answer.error);
    return answer.data;
  };

  test("this year's sheet once a period has ended; last year's in January; none without a BUKTI sheet", () => {
    const fake = fakeWithCatalog();
    expect(data(fake, OCTOBER).buktiBelumAda).toBeUndefined();
    ok(scaffoldYear({ tahun: 2027, periode: "triwulan" }, fake.services(), OCTOBER));
    // A link typed for KADIS's first indicator's TW III, on a row the user moved down.
    const row = fake.user.find(BUKTI, "TW III")!.row;
    fake.user.type(BUKTI, `E${row}`, "https://drive.google.com/tw3");
    fake.user.insertRows(BUKTI, 7, 2);
    fake.log.clear();
    const october = data(fake, OCTOBER).buktiBelumAda;
    expect(october?.tahun).toBe(2027);
    expect(october?.daftar.map((b) => [b.jabatan, b.periode])[0]).toEqual(["KADIS", "TW III"]);
    const kadis = EXAMPLE_CATALOG_KADIS();
    expect(october?.daftar[0]?.indikator).toEqual(kadis.slice(1));
    // Its name (the panel reads every sheet's), then its values once.
    expect(fake.log.calls.filter((c) => c.sheet === BUKTI && c.kind === "read").map((c) => c.method)).toEqual([
      "getName",
      "getDataRange",
      "getValues",
    ]);
    // January 2028: nothing of 2028 has ended (and there is no 2028 sheet): 2027's Tahunan is the latest due.
    const january = data(fake, new Date("2028-01-10T03:00:00Z")).buktiBelumAda;
    expect([january?.tahun, january?.daftar[0]?.periode]).toEqual([2027, "Tahunan"]);
    // February 2027: nothing of 2027 has ended, and there is no 2026 sheet.
    expect(data(fake, new Date("2027-02-10T03:00:00Z")).buktiBelumAda).toBeUndefined();
  });
});
