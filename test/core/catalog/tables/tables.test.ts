/**
 * The three catalog sheets: their layout, and catalog → sheets → reader → the same catalog,
 * for the built-in example, an invented OPD and the empty start; then what users do to a
 * table (title rows, blank rows, new rows, long and formula-like text).
 */
import { EMPTY_CATALOG, EXAMPLE_CATALOG } from "../../../../src/core/catalog/example";
import type { Catalog } from "../../../../src/core/catalog/model";
import { SAMPANG } from "../../../../src/core/catalog/sampang";
import { type CatalogSheet, catalogTables, readCatalog, SETTINGS } from "../../../../src/core/catalog/tables";
import { SPARE_ROWS } from "../../../../src/core/catalog/tables/layout";
import type { ValidationPlan } from "../../../../src/core/sheet/types";
import { CATALOG_LAIN } from "../../../support/fixtures/catalog-lain";
import { col, copy, rowOfId, rowOfKode, set, tablesOf } from "./helpers";

const KATALOG_LABELS = [
  "Kode Jabatan",
  "Sasaran / Kinerja Utama",
  "Indikator Kinerja",
  "Penjelasan / Formulasi Penghitungan",
  "Pembilang",
  "Penyebut",
  "Sumber Data",
  "Satuan",
  "Jenis",
  "Polaritas",
  "Sifat Triwulan",
  "Berlaku Dari",
  "Berlaku Sampai",
  "ID",
];
const JABATAN_LABELS = [
  "Kode",
  "Nama Jabatan",
  "Tugas",
  "Fungsi",
  "Nama Pejabat",
  "Pangkat Pejabat",
  "NIP Pejabat",
  "Status Pejabat",
  "Atasan",
  "Email Pengisi",
];
const SETTING_LABELS = [
  "Nama instansi",
  "Kabupaten/Kota",
  "Jabatan penandatangan",
  "Status penandatangan",
  "Nama penandatangan",
  "Pangkat penandatangan",
  "NIP penandatangan",
  "Tempat dan tanggal",
  "Penanda tangan lembar jabatan",
  "Skala predikat",
  "Jabatan kepala daerah",
  "Nama kepala daerah",
  "Naskah Perjanjian Kinerja",
  "Email pengelola",
];

const headerOf = (sheet: CatalogSheet) => sheet.plan.cells[sheet.headerRow]?.map((c) => c.value);
/** The check on one cell, from the plan's input areas. */
const validationAt = (sheet: CatalogSheet, row: number, c: number): ValidationPlan | undefined =>
  sheet.plan.inputs.find((a) => row >= a.row && row < a.row + a.rows && c >= a.col && c < a.col + a.cols)?.validation;
const count = (c: Catalog) => c.jabatan.reduce((n, j) => n + j.sasaran.reduce((m, s) => m + s.indikator.length, 0), 0);

describe("layout of the three sheets", () => {
  const t = catalogTables(CATALOG_LAIN, { targetYears: [2030] });

  test("sheet names and exact header labels; Target <tahun> columns after ID, years sorted", () => {
    expect(Object.keys(t)).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM"]);
    expect(headerOf(t.KATALOG)).toEqual([
      ...KATALOG_LABELS,
      "Target 2025",
      "Target 2026",
      "Target 2027",
      "Target 2028",
      "Target 2029",
      "Target 2030",
    ]);
    expect(headerOf(t.JABATAN)).toEqual(JABATAN_LABELS);
    expect(headerOf(t.PENGATURAN)).toEqual(["Pengaturan", "Nilai", "Keterangan"]);
    expect(t.PENGATURAN.plan.cells.slice(1).map((r) => r[0]?.value)).toEqual(SETTING_LABELS);
    // Anggaran columns: the years with a budget and the target years asked for, sorted.
    expect(headerOf(t.PROGRAM)).toEqual([
      "Kode Jabatan",
      "Program / Kegiatan / Sub Kegiatan",
      "Keterangan",
      "Anggaran 2027",
      "Anggaran 2028",
      "Anggaran 2030",
    ]);
  });

  test("every header has an Indonesian note; every setting a Keterangan", () => {
    for (const sheet of Object.values(t)) for (const cell of sheet.plan.cells[0] ?? []) expect(cell.note).toMatch(/\w{3,}.*\w{3,}/);
    expect(t.KATALOG.plan.cells[0]?.[col(tablesOf(CATALOG_LAIN).KATALOG, "Jenis")]?.note).toContain("rasio");
    expect(t.PENGATURAN.plan.cells.slice(1).map((r) => r[2]?.value)).toEqual(SETTINGS.map((s) => s.keterangan));
    expect(t.PENGATURAN.plan.cells[1]?.[2]?.value).toMatch(/^Wajib\./);
  });

  test("dropdowns: Jenis, Polaritas, Sifat Triwulan, Kode Jabatan (from JABATAN), and three PENGATURAN values", () => {
    const k = t.KATALOG;
    const at = (label: string) => KATALOG_LABELS.indexOf(label);
    expect(validationAt(k, 1, at("Jenis"))).toMatchObject({ kind: "list", values: ["rasio", "nilai", "status"] });
    expect(validationAt(k, 12 + SPARE_ROWS, at("Polaritas"))).toMatchObject({ kind: "list", values: ["positif", "negatif"] });
    expect(validationAt(k, 1, at("Sifat Triwulan"))).toMatchObject({ kind: "list", values: ["akhir", "kumulatif", "rata-rata"] });
    expect(validationAt(k, 1, at("Kode Jabatan"))).toMatchObject({
      kind: "list",
      values: ["KADINKES", "SEKDIN", "KABID P2P", "KASI GIZI 2"],
    });
    expect(validationAt(k, 1, at("Berlaku Dari"))).toMatchObject({ kind: "number", min: 1900, max: 2100 });
    expect(k.rangeLists).toEqual([
      {
        area: { row: 1, col: 0, rows: 12 + SPARE_ROWS, cols: 1 },
        source: { sheet: "JABATAN", row: 1, col: 0, rows: 4 + SPARE_ROWS, cols: 1 },
        help: expect.stringContaining("JABATAN"),
      },
    ]);
    const p = t.PENGATURAN;
    const value = (label: string) => validationAt(p, 1 + SETTING_LABELS.indexOf(label), 1);
    expect(value("Status penandatangan")).toMatchObject({ kind: "list", values: ["Plt.", "Plh."] });
    expect(value("Penanda tangan lembar jabatan")).toMatchObject({ kind: "list", values: ["kepala instansi", "pejabat masing-masing"] });
    expect(value("Skala predikat")).toMatchObject({ kind: "list", values: ["baik", "tinggi"] });
    expect(value("Nama instansi")).toMatchObject({ kind: "text" });
  });

  test("an empty catalog gets a free-text Kode Jabatan check (an empty list would refuse everything)", () => {
    expect(validationAt(catalogTables(EMPTY_CATALOG).KATALOG, 1, 0)).toMatchObject({ kind: "text" });
  });

  test("the ID column is protected and typed into nowhere; the header rows are frozen", () => {
    const id = KATALOG_LABELS.indexOf("ID");
    expect(t.KATALOG.plan.protectedAreas).toContainEqual(expect.objectContaining({ row: 1, col: id, cols: 1 }));
    expect(validationAt(t.KATALOG, 1, id)).toBeUndefined();
    expect(t.KATALOG.plan.table.idColumn).toBe(id);
    for (const sheet of Object.values(t)) {
      expect(sheet.plan.frozenRows).toBe(sheet.headerRow + 1);
      expect(sheet.plan.columnWidths).toHaveLength(sheet.plan.width);
      for (const row of sheet.plan.cells) expect(row).toHaveLength(sheet.plan.width);
    }
  });

  test("multi-line cells: Tugas as lines, Fungsi one item per line without letters, the signatory's title lines, NIP printed with spaces", () => {
    const v = tablesOf(CATALOG_LAIN);
    expect(v.JABATAN[rowOfKode(v, "KASI GIZI 2")]?.[2]).toBe(
      "menyiapkan bahan kebijakan gizi masyarakat;\nmelaksanakan pembinaan posyandu;\nmelaksanakan tugas lain yang diberikan oleh Kepala Bidang.",
    );
    expect(v.JABATAN[rowOfKode(v, "KADINKES")]?.[3]).toBe(
      "perumusan kebijakan bidang kesehatan;\npelaksanaan kebijakan bidang kesehatan;\npelaksanaan fungsi lain yang diberikan oleh Bupati.",
    );
    expect(v.PENGATURAN[3]).toEqual(["Jabatan penandatangan", "KEPALA DINAS KESEHATAN\nKABUPATEN SUKAMAJU", expect.any(String)]);
    expect(v.PENGATURAN[7]?.[1]).toBe("19750412 200312 2 002");
  });

  test("text that a spreadsheet would read as a formula (=, +, -, @) is in the text format", () => {
    const v = tablesOf(CATALOG_LAIN);
    const cellOf = (id: string, label: string) => t.KATALOG.plan.cells[rowOfId(v, id)]?.[col(v.KATALOG, label)];
    for (const [id, label, value] of [
      ["sekdin.dokumen-tepat-waktu", "Penjelasan / Formulasi Penghitungan", "=jumlah dokumen perencanaan dan pelaporan yang disusun"],
      ["p2p.insidens-dbd", "Sumber Data", "+ Surveilans"],
      ["p2p.insidens-dbd", "Penjelasan / Formulasi Penghitungan", "-"],
      ["p2p.tb-diobati", "Penjelasan / Formulasi Penghitungan", "@ Σ kasus TB diobati / Σ kasus TB ditemukan × 100%"],
    ] as const) {
      expect(cellOf(id, label)).toEqual({ value, style: expect.objectContaining({ numberFormat: "@" }) });
    }
    // Years and targets stay numbers.
    expect(cellOf("kadinkes.aki", "Target 2027")).toEqual({ value: 92.5, style: expect.not.objectContaining({ numberFormat: "@" }) });
  });
});

describe("round trip: catalog → sheets → reader", () => {
  test.each([
    ["the built-in example", EXAMPLE_CATALOG, {}],
    ["the built-in example with empty Target 2025–2029 columns", EXAMPLE_CATALOG, { targetYears: [2025, 2026, 2027, 2028, 2029] }],
    ["an invented OPD", CATALOG_LAIN, {}],
  ])("%s comes back identical, no problems, no new ids", (_, catalog, options) => {
    expect(readCatalog(tablesOf(catalog, options))).toStrictEqual({ catalog, problems: [], newIds: [] });
  });

  test("also with the spare rows the writer leaves below the table", () => {
    const t = catalogTables(CATALOG_LAIN);
    const values = (s: CatalogSheet) => s.plan.cells.map((r) => r.map((c) => c.value ?? ""));
    const read = readCatalog({
      KATALOG: values(t.KATALOG),
      JABATAN: values(t.JABATAN),
      PENGATURAN: values(t.PENGATURAN),
      PROGRAM: values(t.PROGRAM),
    });
    expect(read.catalog).toStrictEqual(CATALOG_LAIN);
  });

  test("the empty catalog reads back as the secretariat's to-do list", () => {
    const read = readCatalog(tablesOf(EMPTY_CATALOG));
    expect(read.catalog).toBeUndefined();
    expect(read.problems.map((p) => `${p.cell} ${p.message.split(".")[0]}`)).toEqual([
      "JABATAN!A2 Belum ada jabatan",
      "PENGATURAN!B2 Nama instansi wajib diisi",
      "PENGATURAN!B3 Kabupaten/Kota wajib diisi",
      "PENGATURAN!B4 Jabatan penandatangan wajib diisi",
      "PENGATURAN!B6 Nama penandatangan wajib diisi",
      "PENGATURAN!B7 Pangkat penandatangan wajib diisi",
      "PENGATURAN!B8 NIP penandatangan wajib diisi: 18 angka, mis",
    ]);
  });

  test("the example keeps the seed: 7 jabatan, 22 indicators, indeks → nilai, Kasubag Umum's lettered tugas and empty fungsi", () => {
    expect(EXAMPLE_CATALOG.jabatan.map((j) => j.kode)).toEqual(SAMPANG.jabatan.map((j) => j.kode));
    expect(count(EXAMPLE_CATALOG)).toBe(22);
    const kadis = EXAMPLE_CATALOG.jabatan[0];
    expect(kadis?.sasaran[1]?.indikator[0]).toMatchObject({
      id: "kadis.idg",
      jenis: "nilai",
      satuan: "indeks",
      sifatTriwulan: "akhir",
      target: {},
    });
    expect(kadis?.sasaran[2]?.indikator[0]).toMatchObject({ jenis: "status", formulasi: "-" });
    const umum = EXAMPLE_CATALOG.jabatan[2];
    expect(umum?.tugas).toHaveLength(9);
    expect(umum?.fungsi).toEqual([]);
    expect(umum?.sasaran.filter((s) => s.indikator.length === 0)).toEqual([
      { nama: "Meningkatnya Kualitas Hidup dan Pemberdayaan Perempuan", indikator: [], sumberData: "Dinsos PPPA" },
      { nama: "Mewujudkan Implementasi Kabupaten Layak Anak (KLA)", indikator: [], sumberData: "Dinsos PPPA" },
    ]);
    expect(EXAMPLE_CATALOG.instansi).toEqual({
      nama: "DINAS SOSIAL PPPA KABUPATEN SAMPANG",
      kabupaten: "Sampang",
      kepala: { ...SAMPANG.instansi.kepala, status: "" },
      tempatTanggal: "",
      penandaTanganLembar: "kepala instansi",
      skala: "baik",
      kepalaDaerah: { jabatan: "BUPATI SAMPANG", nama: "" },
    });
    // Beyond the seed, for the PK: the Kepala Dinas heads the office, the Kasubag Umum is under the Sekretaris.
    expect(Object.fromEntries(EXAMPLE_CATALOG.jabatan.map((j) => [j.kode, j.atasan]))).toEqual({
      KADIS: "",
      SEKRETARIS: "KADIS",
      "KASUBAG UMUM": "SEKRETARIS",
      "KABID REHSOS": "KADIS",
      "KABID DAYASOS": "KADIS",
      "KABID LINJAMSOS": "KADIS",
      "KABID PPPA": "KADIS",
    });
  });
});

describe("what users do to the tables", () => {
  test("title and instruction rows above each header", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    t.KATALOG.unshift(["KATALOG INDIKATOR KINERJA 2025–2029"], ["Satu baris per indikator.", "", "lihat catatan di judul kolom"]);
    t.JABATAN.unshift(["Daftar jabatan"]);
    t.PENGATURAN.unshift(["Pengaturan instansi"], []);
    expect(readCatalog(t)).toStrictEqual({ catalog: CATALOG_LAIN, problems: [], newIds: [] });
  });

  test("blank rows inside the tables are skipped, even between two indicators of one sasaran", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    const blank = () => new Array(19).fill("");
    t.KATALOG.splice(2, 0, blank(), ["", " ", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]);
    t.KATALOG.splice(9, 0, blank());
    t.JABATAN.splice(2, 0, new Array(7).fill(""));
    t.PENGATURAN.splice(3, 0, ["", "", ""]);
    expect(readCatalog(t).catalog).toStrictEqual(CATALOG_LAIN);
  });

  test("labels are found whatever their case and spacing; other columns are the users' own", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    (t.KATALOG[0] as unknown[])[1] = "SASARAN /\nKINERJA  UTAMA";
    for (const row of t.KATALOG) row.push("catatan sendiri");
    expect(readCatalog(t).catalog).toStrictEqual(CATALOG_LAIN);
  });

  test("choices in any case, numbers and years typed as text, blank Polaritas and Sifat Triwulan take their defaults", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    const r = rowOfId(t, "kadinkes.iks");
    set(t.KATALOG, r, "Jenis", "NILAI");
    set(t.KATALOG, r, "Polaritas", "");
    set(t.KATALOG, r, "Sifat Triwulan", "");
    set(t.KATALOG, r, "Berlaku Dari", " 2026 ");
    set(t.KATALOG, r, "Target 2027", "0,4");
    set(t.KATALOG, rowOfId(t, "kadinkes.kla"), "Target 2029", "utama");
    set(t.KATALOG, r, "Kode Jabatan", "kadinkes");
    set(t.PENGATURAN, 4, "Nilai", "plt.");
    expect(readCatalog(t).catalog).toStrictEqual(CATALOG_LAIN);
  });

  test("letters typed before Fungsi and Tugas items are not doubled; other text is kept", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    set(
      t.JABATAN,
      rowOfKode(t, "SEKDIN"),
      "Fungsi",
      "a. pengelolaan administrasi umum;\nb) pengelolaan administrasi keuangan;\n\nc.koordinasi penyusunan program dan pelaporan.",
    );
    set(
      t.JABATAN,
      rowOfKode(t, "KASI GIZI 2"),
      "Tugas",
      "a. menyiapkan bahan kebijakan gizi masyarakat;\nb. melaksanakan pembinaan posyandu;\nc. melaksanakan tugas lain yang diberikan oleh Kepala Bidang.",
    );
    set(t.JABATAN, rowOfKode(t, "KADINKES"), "Fungsi", "a. satu\nc. dua");
    const catalog = readCatalog(t).catalog;
    expect(catalog?.jabatan[1]?.fungsi).toEqual(CATALOG_LAIN.jabatan[1]?.fungsi);
    expect(catalog?.jabatan[3]?.tugas).toEqual(CATALOG_LAIN.jabatan[3]?.tugas);
    expect(catalog?.jabatan[0]?.fungsi).toEqual(["a. satu", "c. dua"]);
  });

  test("a 5,000-character text is fine, and so is a 5,000-character sasaran shared by two rows", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    const long = `Penjelasan ${"panjang sekali ".repeat(400)}`.slice(0, 5000).trim();
    const sasaran = `S${"x".repeat(4999)}`;
    set(t.KATALOG, rowOfId(t, "kadinkes.aki"), "Penjelasan / Formulasi Penghitungan", long);
    set(t.KATALOG, rowOfId(t, "kadinkes.aki"), "Sasaran / Kinerja Utama", sasaran);
    set(t.KATALOG, rowOfId(t, "kadinkes.stunting"), "Sasaran / Kinerja Utama", sasaran);
    const read = readCatalog(t);
    expect(read.problems).toEqual([]);
    const s = read.catalog?.jabatan[0]?.sasaran[0];
    expect(s?.nama).toBe(sasaran);
    expect(s?.indikator.map((i) => i.id)).toEqual(["kadinkes.aki", "kadinkes.stunting"]);
    expect(s?.indikator[0]?.formulasi).toBe(long);
  });
});

describe("new rows: blank IDs get fresh stable ids", () => {
  /** The invented catalog with two new rows for KABID P2P typed under its last indicator, ID blank. */
  function withNewRows() {
    const t = copy(tablesOf(CATALOG_LAIN));
    const at = rowOfId(t, "p2p.idl") + 1;
    const row = (indikator: string) => [
      "KABID P2P",
      "Menurunnya angka kesakitan penyakit menular",
      indikator,
      "",
      "",
      "",
      "Surveilans",
      "kasus",
      "nilai",
      "negatif",
      "",
      "",
      "",
      "",
      5,
      "",
      "",
      "",
      "",
    ];
    t.KATALOG.splice(at, 0, row("Jumlah kasus campak"), row("Jumlah kasus campak"));
    // A typed id that the first proposal would take.
    t.KATALOG.push([
      "KASI GIZI 2",
      "Meningkatnya status gizi masyarakat",
      "Lain",
      "",
      "",
      "",
      "",
      "",
      "nilai",
      "",
      "",
      "",
      "",
      "kabid-p2p.jumlah-kasus-campak",
      "",
      "",
      "",
      "",
      "",
    ]);
    return { t, at };
  }

  test("made from kode and indicator text, unique, returned with their cells and in the catalog", () => {
    const { t, at } = withNewRows();
    const read = readCatalog(t);
    expect(read.problems).toEqual([]);
    const idCol = col(t.KATALOG, "ID");
    expect(read.newIds).toEqual([
      { row: at, col: idCol, id: "kabid-p2p.jumlah-kasus-campak-2" },
      { row: at + 1, col: idCol, id: "kabid-p2p.jumlah-kasus-campak-3" },
    ]);
    const p2p = read.catalog?.jabatan.find((j) => j.kode === "KABID P2P");
    expect(p2p?.sasaran[0]?.indikator.slice(-2)).toEqual([
      expect.objectContaining({
        id: "kabid-p2p.jumlah-kasus-campak-2",
        polaritas: "negatif",
        sifatTriwulan: "akhir",
        target: { "2025": 5 },
      }),
      expect.objectContaining({ id: "kabid-p2p.jumlah-kasus-campak-3" }),
    ]);
  });

  test("deterministic: the same sheet read twice proposes the same ids; once written, none is new", () => {
    const { t } = withNewRows();
    const first = readCatalog(t);
    expect(readCatalog(copy(t)).newIds).toEqual(first.newIds);
    for (const { row, col: c, id } of first.newIds) (t.KATALOG[row] as unknown[])[c] = id;
    const again = readCatalog(t);
    expect(again.newIds).toEqual([]);
    expect(again.catalog).toStrictEqual(first.catalog);
  });

  test("a long indicator name gives a short id, cut at a word", () => {
    const t = copy(tablesOf(CATALOG_LAIN));
    set(t.KATALOG, rowOfId(t, "gizi.posyandu-aktif"), "ID", "");
    const [fresh] = readCatalog(t).newIds;
    expect(fresh?.id).toBe("kasi-gizi-2.jumlah-posyandu-aktif");
    expect(readCatalog(tablesOf(EXAMPLE_CATALOG)).newIds).toEqual([]);
    const u = copy(tablesOf(EXAMPLE_CATALOG));
    const r = rowOfId(u, "linjamsos.korban-bencana-tanggap-darurat");
    set(u.KATALOG, r, "ID", "");
    expect(readCatalog(u).newIds).toEqual([
      { row: r, col: col(u.KATALOG, "ID"), id: "kabid-linjamsos.presentase-korban-bencana-skala-kabupaten-yang" },
    ]);
  });

  test("no ids are proposed while the catalog has problems", () => {
    const { t } = withNewRows();
    set(t.PENGATURAN, 1, "Nilai", "");
    const read = readCatalog(t);
    expect(read.problems).toHaveLength(1);
    expect(read.catalog).toBeUndefined();
    expect(read.newIds).toEqual([]);
  });
});
