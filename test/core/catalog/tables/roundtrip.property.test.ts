/**
 * Property: any valid catalog written into the three sheets reads back identical, with no
 * problem and no new id — whatever its kodes, texts (formula-like ones included), indicator
 * kinds, years in force, targets and officials.
 */
import fc from "fast-check";
import type { Berlaku, Catalog, Indikator, Jabatan, Pejabat, Sasaran } from "../../../../src/core/catalog/model";
import { JENIS, PENANDA_TANGAN_LEMBAR, POLARITAS, SIFAT_TRIWULAN, STATUS_PENANDATANGAN } from "../../../../src/core/catalog/model";
import { readCatalog } from "../../../../src/core/catalog/tables";
import { KLA_STATUS } from "../../../../src/core/rules/kla";
import { isValidNip } from "../../../../src/core/rules/nip";
import { tablesOf } from "./helpers";

const WORDS = [
  "Persentase",
  "PMKS",
  "yang",
  "ditangani",
  "Σ",
  "×",
  "100%",
  "=SUM(A1)",
  "+62",
  "-",
  "@dinas",
  "1/2",
  "75",
  "TRUE",
  "é",
  "(KLA)",
  "dan;",
  "anak",
  "2027",
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const optText = fc.oneof(fc.constant(""), text);
const year = fc.integer({ min: 2020, max: 2032 });

const nip = fc
  .record({
    y: fc.integer({ min: 1950, max: 2000 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    tmt: fc.integer({ min: 0, max: 999999 }),
    sex: fc.constantFrom(1, 2),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(
    ({ y, m, d, tmt, sex, seq }) =>
      `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(tmt).padStart(6, "0")}${sex}${String(seq).padStart(3, "0")}`,
  );
const pejabat: fc.Arbitrary<Pejabat> = fc.record({ nama: text, pangkat: text, nip });

const berlaku: fc.Arbitrary<Berlaku> = fc.tuple(fc.option(year, { nil: undefined }), fc.option(year, { nil: undefined })).map(([a, b]) => {
  const [dari, sampai] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
  return { ...(dari !== undefined && { berlakuDari: dari }), ...(sampai !== undefined && { berlakuSampai: sampai }) };
});

/** An indicator without its id (ids are numbered once the catalog is built, so they are unique). */
const indikator: fc.Arbitrary<Omit<Indikator, "id">> = fc.constantFrom(...JENIS).chain((jenis) =>
  fc
    .record({
      nama: text,
      formulasi: optText,
      pembilang: jenis === "rasio" ? text : fc.option(text, { nil: undefined }),
      penyebut: jenis === "rasio" ? text : fc.option(text, { nil: undefined }),
      sumberData: optText,
      satuan: optText,
      polaritas: fc.constantFrom(...POLARITAS),
      sifatTriwulan: fc.constantFrom(...SIFAT_TRIWULAN),
      target: fc.dictionary(
        year.map(String),
        jenis === "status" ? fc.constantFrom<number | string>(...KLA_STATUS) : fc.integer({ min: -1000, max: 100000 }).map((n) => n / 10),
        { maxKeys: 4 },
      ),
      berlaku,
    })
    .map(({ pembilang, penyebut, berlaku: years, ...rest }) => ({
      ...rest,
      jenis,
      ...(pembilang !== undefined && { pembilang }),
      ...(penyebut !== undefined && { penyebut }),
      ...years,
    })),
);

const sasaran: fc.Arbitrary<Omit<Sasaran, "indikator"> & { indikator: Omit<Indikator, "id">[] }> = fc.oneof(
  fc.record({ nama: text, indikator: fc.array(indikator, { minLength: 1, maxLength: 3 }) }),
  fc.record({ nama: text, sumberData: fc.option(text, { nil: undefined }), berlaku }).map(({ nama, sumberData, berlaku: years }) => ({
    nama,
    indikator: [],
    ...(sumberData !== undefined && { sumberData }),
    ...years,
  })),
);

const kode = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}( [A-Z0-9]{1,6}){0,2}$/)
  .filter((k) => k.toUpperCase() !== "REKAP" && k.length <= 24);

const jabatan = fc.record({
  nama: text,
  tugas: fc.oneof(optText, fc.array(text, { minLength: 2, maxLength: 4 })),
  fungsi: fc.array(text, { maxLength: 4 }),
  pejabat: fc.option(pejabat, { nil: undefined }),
  // Two sasaran in a row with the same text would read as one: texts differ within a jabatan.
  sasaran: fc.uniqueArray(sasaran, { maxLength: 4, selector: (s) => s.nama }),
});

const catalog: fc.Arbitrary<Catalog> = fc
  .record({
    kodes: fc.uniqueArray(kode, { minLength: 1, maxLength: 5, selector: (k) => k.toLowerCase() }),
    jabatan: fc.array(jabatan, { minLength: 5, maxLength: 5 }),
    instansi: fc.record({
      nama: text,
      kabupaten: text,
      kepala: fc.record({
        jabatan: fc.array(text, { minLength: 1, maxLength: 3 }),
        status: fc.constantFrom(...STATUS_PENANDATANGAN),
        nama: text,
        pangkat: text,
        nip,
      }),
      tempatTanggal: optText,
      penandaTanganLembar: fc.constantFrom(...PENANDA_TANGAN_LEMBAR),
      skala: fc.constantFrom("baik" as const, "tinggi" as const),
    }),
    fallbackPejabat: pejabat,
    idStyle: fc.constantFrom("i", "kode.x", "A_b-"),
  })
  .map(({ kodes, jabatan: js, instansi, fallbackPejabat, idStyle }) => {
    let n = 0;
    const masing = instansi.penandaTanganLembar === "pejabat masing-masing";
    // Plain objects (fast-check's records have no prototype), so toStrictEqual compares data only.
    return plain({
      instansi,
      jabatan: kodes.map((k, i): Jabatan => {
        const { pejabat: own, sasaran: ss, ...rest } = js[i] as (typeof js)[number];
        const official = own ?? (masing ? fallbackPejabat : undefined);
        return {
          kode: k,
          ...rest,
          ...(official && { pejabat: official }),
          sasaran: ss.map((s) => ({ ...s, indikator: s.indikator.map((ind) => ({ id: `${idStyle}${++n}`, ...ind })) })),
        };
      }),
    });
  });

const plain = (c: Catalog): Catalog => JSON.parse(JSON.stringify(c)) as Catalog;

test("the generator makes valid NIPs (so a failure below is the reader's)", () => {
  fc.assert(fc.property(nip, isValidNip));
});

test("random valid catalogs round-trip through the three sheets", () => {
  fc.assert(
    fc.property(catalog, fc.array(year, { maxLength: 3 }), (c, targetYears) => {
      expect(readCatalog(tablesOf(c, { targetYears }))).toStrictEqual({ catalog: c, problems: [], newIds: [] });
    }),
    { numRuns: 150 },
  );
});
