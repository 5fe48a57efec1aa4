/** readAnswer for the Perjanjian Kinerja's calls: well-formed answers pass as sent, a malformed one is refused naming where. */
import type { PkLockResult, PkResult } from "../../src/shared/api";
import { readAnswer } from "../../src/sidebar/ui/answers";
import { ServerError } from "../../src/sidebar/ui/errors";
import { answerDetail } from "../support/answer-detail";

const SHEET = "https://docs.google.com/spreadsheets/d/x/edit";

const CREATED: PkResult = {
  tahun: 2027,
  perubahan: false,
  lembar: [
    { name: "PK 2027 KADIS", kode: "KADIS", url: `${SHEET}#gid=1`, status: "dibuat" },
    { name: "PK 2027 SEKRETARIS", kode: "SEKRETARIS", url: `${SHEET}#gid=2`, status: "terkunci" },
  ],
  belumDiisi: [
    { label: "Nama kepala daerah", cell: "PENGATURAN!B13", url: `${SHEET}#gid=3&range=B13` },
    { label: "Nama Pejabat SEKRETARIS", cell: "", url: "" },
  ],
  lembarLama: [{ semula: "PK 2027 KADIS", menjadi: "PK 2027 KADIS (lama)", url: `${SHEET}#gid=9` }],
  katalogDilengkapi: "",
  perlindungan: "peran",
  belumPunyaAkses: [],
  message: "PK 2027 siap.",
};

const LOCKED: PkLockResult = {
  tahun: 2027,
  perubahan: true,
  dikunci: [{ name: "PK Perubahan 2027 KADIS", url: `${SHEET}#gid=4` }],
  sudahTerkunci: [{ name: "PK Perubahan 2027 KABID PPPA", url: `${SHEET}#gid=5` }],
  belumDiisi: [{ label: "NIP Pejabat SEKRETARIS", cell: "JABATAN!G3", url: `${SHEET}#gid=6&range=G3` }],
  belumDibuat: ["KABID REHSOS"],
  message: "1 PK dikunci.",
};

type PkEndpoint = "createPerjanjianKinerja" | "lockPerjanjianKinerja";

/** The detail of the format error, or "ok" when the answer is accepted. */
const detail = (name: PkEndpoint, data: unknown): string => answerDetail(name, data);

describe("readAnswer createPerjanjianKinerja and lockPerjanjianKinerja", () => {
  it("accept well-formed answers, equal to what was sent, extra fields dropped", () => {
    expect(readAnswer("createPerjanjianKinerja", { ok: true, data: CREATED })).toEqual(CREATED);
    expect(readAnswer("lockPerjanjianKinerja", { ok: true, data: LOCKED })).toEqual(LOCKED);
    expect(readAnswer("lockPerjanjianKinerja", { ok: true, data: { ...LOCKED, extra: 1 } })).toEqual(LOCKED);
  });

  it("a status this sidebar does not know is kept as text (the view shows it in a neutral badge)", () => {
    const data = { ...CREATED, lembar: [{ ...CREATED.lembar[0]!, status: "ditandatangani" }] };
    expect(readAnswer("createPerjanjianKinerja", { ok: true, data }).lembar[0]!.status).toBe("ditandatangani");
  });

  it("the server's refusal is its message", () => {
    expect(() => readAnswer("lockPerjanjianKinerja", { ok: false, error: "Hanya pemilik spreadsheet yang dapat mengunci PK." })).toThrow(
      new ServerError("Hanya pemilik spreadsheet yang dapat mengunci PK."),
    );
  });

  it.each<[string, PkEndpoint, unknown, string]>([
    ["no lembar", "createPerjanjianKinerja", { ...CREATED, lembar: undefined }, "data.lembar harus berupa daftar, diterima tidak ada"],
    [
      "perubahan as text",
      "createPerjanjianKinerja",
      { ...CREATED, perubahan: "ya" },
      'data.perubahan harus berupa true atau false, diterima teks "ya"',
    ],
    [
      "a sheet without kode",
      "createPerjanjianKinerja",
      { ...CREATED, lembar: [{ name: "PK 2027 KADIS", url: "#gid=1", status: "dibuat" }] },
      "data.lembar[0].kode harus berupa teks, diterima tidak ada",
    ],
    [
      "a blank field without cell",
      "createPerjanjianKinerja",
      { ...CREATED, belumDiisi: [{ label: "Nama", url: "" }] },
      "data.belumDiisi[0].cell harus berupa teks, diterima tidak ada",
    ],
    [
      "no lembarLama",
      "createPerjanjianKinerja",
      { ...CREATED, lembarLama: undefined },
      "data.lembarLama harus berupa daftar, diterima tidak ada",
    ],
    [
      "tahun as text",
      "lockPerjanjianKinerja",
      { ...LOCKED, tahun: "2027" },
      'data.tahun harus berupa bilangan bulat, diterima teks "2027"',
    ],
    ["no dikunci", "lockPerjanjianKinerja", { ...LOCKED, dikunci: undefined }, "data.dikunci harus berupa daftar, diterima tidak ada"],
    [
      "a locked sheet as text",
      "lockPerjanjianKinerja",
      { ...LOCKED, sudahTerkunci: ["PK 2027 KADIS"] },
      'data.sudahTerkunci[0] harus berupa objek, diterima teks "PK 2027 KADIS"',
    ],
    [
      "a kode as a number",
      "lockPerjanjianKinerja",
      { ...LOCKED, belumDibuat: [7] },
      "data.belumDibuat[0] harus berupa teks, diterima angka 7",
    ],
    [
      "a blank field's url as null",
      "lockPerjanjianKinerja",
      { ...LOCKED, belumDiisi: [{ label: "NIP", cell: "JABATAN!G3", url: null }] },
      "data.belumDiisi[0].url harus berupa teks, diterima null",
    ],
    ["no message", "lockPerjanjianKinerja", { ...LOCKED, message: undefined }, "data.message harus berupa teks, diterima tidak ada"],
    ["a list", "lockPerjanjianKinerja", [LOCKED], "data harus berupa objek, diterima daftar"],
  ])("%s is refused (%s)", (_what, name, data, expected) => {
    expect(detail(name, data)).toBe(expected);
  });
});
