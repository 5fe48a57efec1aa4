import type { ScaffoldResult } from "../../src/shared/api";
import { combine, scaffoldRequests } from "../../src/sidebar/scaffold-steps";

/** One call's answer for `kode`, as the server gives it to a call of the sequence. */
function answer(kode: string, extra: Partial<ScaffoldResult> = {}): ScaffoldResult {
  return {
    tahun: 2027,
    periode: "tahunan",
    lembar: [{ name: `2027 ${kode}`, url: "#gid=1", status: "diperbarui" }],
    nilaiDipertahankan: 1,
    nilaiDipindahkan: 0,
    lembarLama: [],
    message: `Pesan ${kode}.`,
    ...extra,
  };
}

describe("scaffoldRequests", () => {
  it("one request per kode, in the order given, rekap: false but for the last", () => {
    expect(scaffoldRequests(2027, "triwulan", ["A", "B", "C"])).toEqual([
      { tahun: 2027, jabatan: ["A"], periode: "triwulan", rekap: false },
      { tahun: 2027, jabatan: ["B"], periode: "triwulan", rekap: false },
      { tahun: 2027, jabatan: ["C"], periode: "triwulan" },
    ]);
  });

  it("a single kode: one request that writes the REKAP too", () => {
    const [only, ...rest] = scaffoldRequests(2027, "tahunan", ["A"]);
    expect(rest).toEqual([]);
    expect(only).not.toHaveProperty("rekap");
  });
});

describe("combine", () => {
  it("names at most five sheets whose values were moved aside, counting the rest", () => {
    const kodes = ["A", "B", "C", "D", "E", "F", "G"];
    const result = combine(
      2027,
      "tahunan",
      kodes.map((k) => answer(k, { nilaiDipindahkan: 1 })),
      true,
    );
    expect(result.message).toBe(
      "Lembar IKI 2027 (tahunan) siap: 0 dibuat, 7 diperbarui. 7 isian tidak lagi punya tempat dan dipindahkan ke bagian paling bawah lembar 2027 A, 2027 B, 2027 C, 2027 D, 2027 E dan 2 lainnya.",
    );
  });

  it("an older server's answers without the catalog's targets: read as 0 and empty lists", () => {
    const result = combine(2027, "tahunan", [answer("A"), answer("B")], true);
    expect(result).toMatchObject({ nilaiDipertahankan: 2, targetDariKatalog: 0, targetBerbeda: [], lembarTakDikenal: [] });
    expect(result.message).toBe("Lembar IKI 2027 (tahunan) siap: 0 dibuat, 2 diperbarui.");
  });

  it("the first call wrote the example catalog: the summary says so first, as the server's message did", () => {
    const result = combine(2027, "tahunan", [answer("A", { katalogContohDibuat: true }), answer("B")], true);
    expect(result.katalogContohDibuat).toBe(true);
    expect(result.message).toBe(
      "Spreadsheet ini belum punya katalog: katalog contoh bawaan dibuat di lembar KATALOG, JABATAN, dan PENGATURAN (ubah di sana untuk OPD Anda). Lembar IKI 2027 (tahunan) siap: 0 dibuat, 2 diperbarui.",
    );
    expect(combine(2027, "tahunan", [answer("A"), answer("B")], true).katalogContohDibuat).toBe(false);
  });

  it("roles and evidence: the last answer's guard and addresses; the REKAP call's missing evidence", () => {
    const missing = [{ jabatan: "B", periode: "TW I", indikator: ["x"], url: "#gid=3&range=A7" }];
    const result = combine(
      2027,
      "tahunan",
      [
        answer("A", { perlindungan: "peran", belumPunyaAkses: ["a@x.id"] }),
        answer("B", { perlindungan: "peran", belumPunyaAkses: [], buktiBelumAda: missing }),
      ],
      true,
    );
    expect([result.perlindungan, result.belumPunyaAkses, result.buktiBelumAda]).toEqual(["peran", [], missing]);
    expect(result.message).toContain("Lembar dikunci per peran");
    const older = combine(2027, "tahunan", [answer("A")], true);
    expect([older.perlindungan, older.belumPunyaAkses, older.buktiBelumAda]).toEqual(["peringatan", [], []]);
    expect(older.message).not.toContain("dikunci per peran");
  });

  it("stopped before the REKAP: says so instead of 'siap'", () => {
    const result = combine(2027, "tahunan", [answer("A", { targetDariKatalog: 4 })], false);
    expect(result.message).toBe(
      "Lembar yang sudah siap sebelum berhenti: 0 dibuat, 1 diperbarui; REKAP belum diperbarui. 4 target diisi dari katalog (Target 2027).",
    );
  });
});
