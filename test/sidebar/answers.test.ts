import type { ScaffoldResult, SidebarData } from "../../src/shared/api";
import { readAnswer } from "../../src/sidebar/ui/answers";
import { answerDetail } from "../support/answer-detail";

const SCAFFOLD: ScaffoldResult = {
  tahun: 2027,
  periode: "tahunan",
  lembar: [{ name: "2027 KADIS", url: "#gid=1", status: "dibuat" }],
  nilaiDipertahankan: 3,
  nilaiDipindahkan: 0,
  lembarLama: [{ semula: "2027 KADIS", menjadi: "2027 KADIS (lama)", url: "#gid=9" }],
  targetDariKatalog: 4,
  targetBerbeda: [
    { lembar: "2027 KADIS", indikator: "IDG", target: 80, katalog: 75.5, url: "#gid=1&range=G12" },
    { lembar: "2027 KADIS", indikator: "KLA", target: "Madya", katalog: "Nindya", url: "#gid=1&range=G13" },
  ],
  lembarTakDikenal: [{ name: "2027 KABID LAMA", url: "#gid=5" }],
  katalogContohDibuat: false,
  perubahanKatalog: [{ lembar: "2027 KADIS", url: "#gid=1", perubahan: ["teks 2 indikator", "penanda tangan"] }],
  lembarTakTerbaca: [{ name: "2027 KABID LAMA", url: "#gid=6" }],
  perlindungan: "peran",
  belumPunyaAkses: ["verifikator@inspektorat.go.id"],
  buktiBelumAda: [{ jabatan: "KADIS", periode: "TW III", indikator: ["IDG"], url: "#gid=9&range=A12" }],
  message: "Siap.",
};

const DATA: SidebarData = {
  jabatan: [{ kode: "KADIS", nama: "Kepala Dinas" }],
  tahunPilihan: [2026, 2027],
  tahunDefault: 2026,
  tahunAda: [],
  periode: ["tahunan", "triwulan"],
  katalog: { ada: true, url: "https://docs.google.com/spreadsheets/d/x/edit#gid=3", jabatan: 1, indikator: 2, masalah: [] },
};

/** The detail of the format error, or "ok" when the answer is accepted. */
const detail = (name: "scaffoldYear" | "getSidebarData" | "exportPdf", data: unknown): string => answerDetail(name, data);

describe("readAnswer", () => {
  it("accepts well-formed answers, equal to what was sent", () => {
    expect(readAnswer("scaffoldYear", { ok: true, data: SCAFFOLD })).toEqual(SCAFFOLD);
    expect(readAnswer("getSidebarData", { ok: true, data: DATA })).toEqual({ ...DATA, katalogLama: false });
    const exported = {
      tahun: 2027,
      folderName: "IKI 2027",
      folderUrl: "https://x.y",
      files: [{ name: "a.pdf", url: "https://x.y/a", label: "KADIS" }],
      message: "",
    };
    expect(readAnswer("exportPdf", { ok: true, data: exported })).toEqual(exported);
  });

  it("this server's answer: `lembar`, and `sheets` (its old name, for an older sidebar) dropped", () => {
    const read = readAnswer("scaffoldYear", { ok: true, data: { ...SCAFFOLD, sheets: SCAFFOLD.lembar } });
    expect(read).toEqual(SCAFFOLD);
  });

  it("an older server's answer with `sheets` (before the rename to `lembar`) is read as lembar", () => {
    const { lembar, ...rest } = SCAFFOLD;
    expect(readAnswer("scaffoldYear", { ok: true, data: { ...rest, sheets: lembar } })).toEqual(SCAFFOLD);
    // A malformed one is refused as before.
    expect(detail("scaffoldYear", { ...rest, sheets: "x" })).toBe('data.lembar harus berupa daftar, diterima teks "x"');
  });

  it("an older server's answer without lembarLama gives an empty list", () => {
    const { lembarLama: _omitted, ...older } = SCAFFOLD;
    expect(readAnswer("scaffoldYear", { ok: true, data: older }).lembarLama).toEqual([]);
  });

  it("an older server's answer without the catalog's targets and renamed kodes gives 0 and empty lists", () => {
    const {
      targetDariKatalog: _a,
      targetBerbeda: _b,
      lembarTakDikenal: _c,
      perubahanKatalog: _d,
      lembarTakTerbaca: _e,
      ...older
    } = SCAFFOLD;
    expect(readAnswer("scaffoldYear", { ok: true, data: older })).toMatchObject({
      targetDariKatalog: 0,
      targetBerbeda: [],
      lembarTakDikenal: [],
      perubahanKatalog: [],
      lembarTakTerbaca: [],
    });
  });

  it("refuses a differing target that is neither a number nor text, naming where", () => {
    const bad = { ...SCAFFOLD, targetBerbeda: [{ ...SCAFFOLD.targetBerbeda![0], katalog: null }] };
    expect(detail("scaffoldYear", bad)).toBe("data.targetBerbeda[0].katalog harus berupa angka atau teks, diterima null");
    expect(detail("scaffoldYear", { ...SCAFFOLD, targetDariKatalog: -1 })).toMatch(/^data\.targetDariKatalog harus berupa/);
    expect(detail("scaffoldYear", { ...SCAFFOLD, lembarTakDikenal: [{ name: 7, url: "" }] })).toMatch(
      /^data\.lembarTakDikenal\[0\]\.name harus berupa teks/,
    );
  });

  it("roles: an older server's answer reads as warnings only, nobody listed; a guard this sidebar does not know as warnings", () => {
    const { perlindungan: _, belumPunyaAkses: __, buktiBelumAda: ___, ...older } = SCAFFOLD;
    expect(readAnswer("scaffoldYear", { ok: true, data: older })).toMatchObject({
      perlindungan: "peringatan",
      belumPunyaAkses: [],
      buktiBelumAda: [],
    });
    expect(
      detail("scaffoldYear", { ...SCAFFOLD, buktiBelumAda: [{ jabatan: "KADIS", periode: "TW III", indikator: "IDG", url: "" }] }),
    ).toBe('data.buktiBelumAda[0].indikator harus berupa daftar, diterima teks "IDG"');
    expect(readAnswer("scaffoldYear", { ok: true, data: { ...SCAFFOLD, perlindungan: "baja" } }).perlindungan).toBe("peringatan");
    expect(detail("scaffoldYear", { ...SCAFFOLD, belumPunyaAkses: [7] })).toBe(
      "data.belumPunyaAkses[0] harus berupa teks, diterima angka 7",
    );
  });

  it("keeps only the contract's fields and never reads inherited ones", () => {
    const withExtra = JSON.parse(JSON.stringify({ ...SCAFFOLD, extra: 1 }).replace('"extra":1', '"__proto__":{"polluted":true}'));
    const read = readAnswer("scaffoldYear", { ok: true, data: withExtra });
    expect(Object.keys(read).sort()).toEqual(Object.keys(SCAFFOLD).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Fields that only exist on the prototype are missing, not found.
    const inherited = Object.create({ ...SCAFFOLD }) as object;
    expect(detail("scaffoldYear", inherited)).toBe("data.tahun harus berupa bilangan bulat, diterima tidak ada");
    const envelope = Object.assign(Object.create({ ok: true }) as object, { data: SCAFFOLD });
    expect(() => readAnswer("scaffoldYear", envelope)).toThrow("ok harus berupa true atau false, diterima tidak ada");
  });

  it.each<[string, unknown, string]>([
    ["missing lembar", { ...SCAFFOLD, lembar: undefined }, "data.lembar harus berupa daftar, diterima tidak ada"],
    ["lembar as text", { ...SCAFFOLD, lembar: "x" }, 'data.lembar harus berupa daftar, diterima teks "x"'],
    ["a null sheet", { ...SCAFFOLD, lembar: [SCAFFOLD.lembar[0], null] }, "data.lembar[1] harus berupa objek, diterima null"],
    [
      "a numeric name",
      { ...SCAFFOLD, lembar: [{ name: 5, url: "#gid=1", status: "dibuat" }] },
      "data.lembar[0].name harus berupa teks, diterima angka 5",
    ],
    ["tahun as text", { ...SCAFFOLD, tahun: "2027" }, 'data.tahun harus berupa bilangan bulat, diterima teks "2027"'],
    ["a fractional tahun", { ...SCAFFOLD, tahun: 2027.5 }, "data.tahun harus berupa bilangan bulat, diterima angka 2027.5"],
    ["a negative count", { ...SCAFFOLD, nilaiDipindahkan: -1 }, "data.nilaiDipindahkan harus berupa bilangan bulat ≥ 0, diterima angka -1"],
    ["lembarLama as an object", { ...SCAFFOLD, lembarLama: {} }, "data.lembarLama harus berupa daftar, diterima objek"],
    ["lembarLama null", { ...SCAFFOLD, lembarLama: null }, "data.lembarLama harus berupa daftar, diterima null"],
    [
      "katalogContohDibuat as text",
      { ...SCAFFOLD, katalogContohDibuat: "ya" },
      'data.katalogContohDibuat harus berupa true atau false, diterima teks "ya"',
    ],
    [
      "a renamed sheet without menjadi",
      { ...SCAFFOLD, lembarLama: [{ semula: "a", url: "#gid=1" }] },
      "data.lembarLama[0].menjadi harus berupa teks, diterima tidak ada",
    ],
    ["a missing message", { ...SCAFFOLD, message: undefined }, "data.message harus berupa teks, diterima tidak ada"],
    ["data as a list", [SCAFFOLD], "data harus berupa objek, diterima daftar"],
  ])("scaffoldYear with %s", (_what, data, expected) => {
    expect(detail("scaffoldYear", data)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["jabatan missing", { ...DATA, jabatan: undefined }, "data.jabatan harus berupa daftar, diterima tidak ada"],
    ["a periode that is a number", { ...DATA, periode: ["tahunan", 2] }, "data.periode[1] harus berupa teks, diterima angka 2"],
    ["tahunAda with text", { ...DATA, tahunAda: ["2025"] }, 'data.tahunAda[0] harus berupa bilangan bulat, diterima teks "2025"'],
    ["a jabatan without nama", { ...DATA, jabatan: [{ kode: "KADIS" }] }, "data.jabatan[0].nama harus berupa teks, diterima tidak ada"],
  ])("getSidebarData with %s", (_what, data, expected) => {
    expect(detail("getSidebarData", data)).toBe(expected);
  });

  it("a long string in a malformed answer is quoted in at most 80 characters", () => {
    const text = detail("scaffoldYear", { ...SCAFFOLD, tahun: "9".repeat(1_000_000) });
    expect(text).toBe(`data.tahun harus berupa bilangan bulat, diterima teks "${"9".repeat(79)}…"`);
  });

  it("exportPdf without files", () => {
    expect(detail("exportPdf", { tahun: 2027, folderName: "IKI 2027", folderUrl: "https://x.y", message: "" })).toBe(
      "data.files harus berupa daftar, diterima tidak ada",
    );
  });
});
