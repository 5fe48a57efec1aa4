/** The PK answers of a one-call-per-jabatan run as one result (src/sidebar/pk-steps.ts). */
import type { PkResult } from "../../src/shared/api";
import { combinePk, distinct, pkTitle } from "../../src/sidebar/pk-steps";

function answer(kode: string, extra: Partial<PkResult> = {}): PkResult {
  return {
    tahun: 2027,
    perubahan: false,
    lembar: [{ name: `PK 2027 ${kode}`, kode, url: "#gid=1", status: "dibuat" }],
    belumDiisi: [],
    lembarLama: [],
    katalogDilengkapi: "",
    message: `Pesan ${kode}.`,
    ...extra,
  };
}

const sheet = (kode: string, status: string) => ({ name: `PK 2027 ${kode}`, kode, url: "#gid=1", status }) as PkResult["lembar"][number];

describe("combinePk", () => {
  it("joins sheets and renamed sheets in call order and says the counts once, not each call's message", () => {
    const result = combinePk(2027, false, [
      answer("A", { lembarLama: [{ semula: "PK 2027 A", menjadi: "PK 2027 A (lama)", url: "#gid=2" }] }),
      answer("B", { lembar: [sheet("B", "diperbarui")] }),
      answer("C", { lembar: [sheet("C", "terkunci")] }),
      answer("D"),
    ]);
    expect(result.lembar.map((s) => s.name)).toEqual(["PK 2027 A", "PK 2027 B", "PK 2027 C", "PK 2027 D"]);
    expect(result.lembarLama).toEqual([{ semula: "PK 2027 A", menjadi: "PK 2027 A (lama)", url: "#gid=2" }]);
    expect(result.message).toBe("PK 2027: 2 dibuat, 1 diperbarui, 1 terkunci (tidak diubah).");
    expect(result).toMatchObject({ tahun: 2027, perubahan: false });
  });

  it("the catalog completed by the run's first call is said once, before the counts", () => {
    const note = "Katalog dilengkapi untuk Perjanjian Kinerja: kolom Atasan di JABATAN ditambahkan.";
    const result = combinePk(2027, false, [answer("A", { katalogDilengkapi: note }), answer("B")]);
    expect(result.message).toBe(`${note} PK 2027: 2 dibuat, 0 diperbarui.`);
    expect(result.katalogDilengkapi).toBe(note);
  });

  it("a PK Perubahan says so; no locked sheet, no locked count", () => {
    expect(combinePk(2028, true, [answer("A")]).message).toBe("PK Perubahan 2028: 1 dibuat, 0 diperbarui.");
  });

  it("lists each blank field once: an official is pihak pertama of one PK and pihak kedua of another", () => {
    const nama = { label: "Nama Pejabat SEKRETARIS", cell: "JABATAN!E3", url: "#gid=3&range=E3" };
    const nip = { label: "NIP Pejabat SEKRETARIS", cell: "JABATAN!G3", url: "#gid=3&range=G3" };
    const result = combinePk(2027, false, [answer("SEKRETARIS", { belumDiisi: [nama, nip] }), answer("KASUBAG", { belumDiisi: [nama] })]);
    expect(result.belumDiisi).toEqual([nama, nip]);
  });
});

describe("distinct", () => {
  it("tells fields apart by cell and label; fields without a cell by their label", () => {
    const a = { label: "Nama kepala daerah", cell: "", url: "" };
    const b = { label: "Jabatan kepala daerah", cell: "", url: "" };
    const c = { label: "Nama kepala daerah", cell: "PENGATURAN!B13", url: "#gid=1" };
    expect(distinct([a, b, a, c, { ...c, url: "#gid=2" }])).toEqual([a, b, c]);
  });
});

describe("pkTitle", () => {
  it("names the year's PK as the sheets are named", () => {
    expect(pkTitle(2027, false)).toBe("PK 2027");
    expect(pkTitle(2027, true)).toBe("PK Perubahan 2027");
  });
});
