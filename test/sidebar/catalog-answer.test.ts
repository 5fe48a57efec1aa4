/** readAnswer for the catalog (checkCatalog, createCatalog, SidebarData.katalog) and the gate it sets. */
import type { CatalogInfo, SidebarData } from "../../src/shared/api";
import { gateReason, isFirstUse } from "../../src/sidebar/catalog-section";
import { readAnswer } from "../../src/sidebar/ui/answers";
import { answerDetail } from "../support/answer-detail";

const INFO: CatalogInfo = {
  ada: true,
  url: "https://docs.google.com/spreadsheets/d/x/edit#gid=3",
  jabatan: 7,
  indikator: 22,
  masalah: [
    { cell: "KATALOG!I5", message: 'Jenis "indeks" tidak dikenal.', url: "https://docs.google.com/spreadsheets/d/x/edit#gid=3&range=I5" },
  ],
};

const DATA: SidebarData = {
  jabatan: [{ kode: "KADIS", nama: "Kepala Dinas" }],
  tahunPilihan: [2026, 2027],
  tahunDefault: 2026,
  tahunAda: [],
  periode: ["tahunan"],
  katalog: INFO,
};

/** The detail of the format error, or "ok" when the answer is accepted. */
const detail = (name: "checkCatalog" | "createCatalog" | "getSidebarData", data: unknown): string => answerDetail(name, data);

describe("readAnswer: CatalogInfo", () => {
  it.each(["checkCatalog", "createCatalog"] as const)("%s: a well-formed answer, equal to what was sent, extra fields dropped", (name) => {
    expect(readAnswer(name, { ok: true, data: INFO })).toEqual(INFO);
    const extra = { ...INFO, lain: 1, masalah: [{ ...INFO.masalah[0], baris: 5 }] };
    expect(readAnswer(name, { ok: true, data: extra })).toEqual(INFO);
  });

  it("never reads inherited fields", () => {
    expect(detail("checkCatalog", Object.create(INFO) as object)).toBe("data.ada harus berupa true atau false, diterima tidak ada");
    const inheritedCell = Object.assign(Object.create({ cell: "KATALOG!A1" }) as object, { message: "m", url: "" });
    expect(detail("checkCatalog", { ...INFO, masalah: [inheritedCell] })).toBe(
      "data.masalah[0].cell harus berupa teks, diterima tidak ada",
    );
  });

  it.each<[string, unknown, string]>([
    ["ada missing", { ...INFO, ada: undefined }, "data.ada harus berupa true atau false, diterima tidak ada"],
    ["ada as 1", { ...INFO, ada: 1 }, "data.ada harus berupa true atau false, diterima angka 1"],
    ["url null", { ...INFO, url: null }, "data.url harus berupa teks, diterima null"],
    ["jabatan fractional", { ...INFO, jabatan: 1.5 }, "data.jabatan harus berupa bilangan bulat ≥ 0, diterima angka 1.5"],
    ["indikator as text", { ...INFO, indikator: "22" }, 'data.indikator harus berupa bilangan bulat ≥ 0, diterima teks "22"'],
    ["masalah an object", { ...INFO, masalah: {} }, "data.masalah harus berupa daftar, diterima objek"],
    ["a problem as text", { ...INFO, masalah: ["KATALOG!I5"] }, 'data.masalah[0] harus berupa objek, diterima teks "KATALOG!I5"'],
    [
      "a problem without url",
      { ...INFO, masalah: [{ cell: "A1", message: "m" }] },
      "data.masalah[0].url harus berupa teks, diterima tidak ada",
    ],
    ["a list", [INFO], "data harus berupa objek, diterima daftar"],
  ])("%s", (_what, data, expected) => {
    expect(detail("checkCatalog", data)).toBe(expected);
    expect(detail("createCatalog", data)).toBe(expected);
  });
});

describe("readAnswer: SidebarData.katalog", () => {
  it("is read and marked as from a server that has catalog sheets", () => {
    expect(readAnswer("getSidebarData", { ok: true, data: DATA })).toEqual({ ...DATA, katalogLama: false });
  });

  it("absent (an older server, built-in catalog): there, no problems, the jabatan count of the list", () => {
    const { katalog: _omitted, ...older } = DATA;
    const read = readAnswer("getSidebarData", { ok: true, data: older });
    expect(read.katalogLama).toBe(true);
    expect(read.katalog).toEqual({ ada: true, url: "", jabatan: 1, indikator: 0, masalah: [] });
  });

  it.each<[string, unknown, string]>([
    ["null", null, "data.katalog harus berupa objek, diterima null"],
    [
      "a problem with a numeric message",
      { ...INFO, masalah: [{ cell: "A1", message: 3, url: "" }] },
      "data.katalog.masalah[0].message harus berupa teks, diterima angka 3",
    ],
  ])("malformed (%s) is refused", (_what, katalog, expected) => {
    expect(detail("getSidebarData", { ...DATA, katalog })).toBe(expected);
  });
});

describe("isFirstUse and gateReason", () => {
  const fine: CatalogInfo = { ...INFO, masalah: [] };
  const sheetMissing = (sheet: string) => ({ cell: "", message: `Lembar ${sheet} tidak ada.`, url: "" });
  const none: CatalogInfo = {
    ada: false,
    url: "",
    jabatan: 0,
    indikator: 0,
    masalah: ["KATALOG", "JABATAN", "PENGATURAN"].map(sheetMissing),
  };
  it.each<[string, CatalogInfo, boolean, boolean, string | null]>([
    ["a usable catalog", fine, false, false, null],
    ["no catalog sheet (three missing-sheet problems)", none, false, true, "Buat katalog dulu"],
    ["no catalog, nothing said", { ...none, masalah: [] }, false, true, "Buat katalog dulu"],
    [
      "JABATAN deleted mid-year (KATALOG linked)",
      { ...none, url: INFO.url, masalah: [sheetMissing("JABATAN")] },
      false,
      false,
      "Perbaiki katalog dulu (1 masalah)",
    ],
    ["KATALOG deleted mid-year", { ...none, masalah: [sheetMissing("KATALOG")] }, false, false, "Perbaiki katalog dulu (1 masalah)"],
    [
      "three problems, one with a cell",
      { ...none, masalah: [...none.masalah.slice(1), INFO.masalah[0]!] },
      false,
      false,
      "Perbaiki katalog dulu (3 masalah)",
    ],
    ["problems", INFO, false, false, "Perbaiki katalog dulu (1 masalah)"],
    ["sheets missing, nothing said", { ...fine, ada: false }, false, false, "Buat katalog dulu"],
    ["no jabatan yet", { ...fine, jabatan: 0 }, false, false, "Isi katalog dulu (belum ada jabatan)"],
    ["an older server", none, true, true, null],
  ])("%s", (_what, info, lama, first, expected) => {
    expect(isFirstUse(info)).toBe(first);
    expect(gateReason(info, lama)).toBe(expected);
  });
});
