/**
 * The Perjanjian Kinerja plan (src/core/pk): who signs with whom, the statement page, the lampiran, and the
 * placeholders a draft prints where the catalog leaves an official blank. On the built-in example (two
 * levels, no names beyond the head, no PROGRAM) and CATALOG_LAIN (three levels, Plt. head, a Plh. kabid,
 * the Bupati named, program lines with budgets, rows retired and rows from later years).
 */
import { EXAMPLE_CATALOG } from "../../../src/core/catalog";
import type { Catalog } from "../../../src/core/catalog/model";
import { catalogTables, sheetValues } from "../../../src/core/catalog/tables";
import { rupiahText } from "../../../src/core/pk/lampiran";
import { locateMissing } from "../../../src/core/pk/locate";
import { DOTS } from "../../../src/core/pk/look";
import { AtasanUnknown, partiesOf } from "../../../src/core/pk/parties";
import { pkSheet } from "../../../src/core/pk/pk-sheet";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { CATALOG_LAIN } from "../../support/fixtures/catalog-lain";

const texts = (plan: SheetPlan): string[] =>
  plan.cells.flatMap((row) => row.flatMap((c) => (c.value === undefined || c.value === "" ? [] : [String(c.value)])));
const rowOf = (plan: SheetPlan, text: string): number => plan.cells.findIndex((row) => row.some((c) => c.value === text));
const cellsOf = (plan: SheetPlan, row: number) => (plan.cells[row] ?? []).map((c) => c.value ?? "");
const jabatan = (catalog: Catalog, kode: string) => catalog.jabatan.find((j) => j.kode === kode)!;

describe("pihak pertama and pihak kedua", () => {
  test("the example: the Kepala Dinas with the Bupati; the Sekretaris and every Kabid with the Kepala Dinas; the Kasubag Umum with the Sekretaris", () => {
    const kedua = Object.fromEntries(EXAMPLE_CATALOG.jabatan.map((j) => [j.kode, partiesOf(EXAMPLE_CATALOG, j).kedua.jabatan]));
    const kadis = jabatan(EXAMPLE_CATALOG, "KADIS").nama;
    const sekretaris = jabatan(EXAMPLE_CATALOG, "SEKRETARIS").nama;
    expect(kedua).toEqual({
      KADIS: "BUPATI SAMPANG",
      SEKRETARIS: kadis,
      "KASUBAG UMUM": sekretaris,
      "KABID REHSOS": kadis,
      "KABID DAYASOS": kadis,
      "KABID LINJAMSOS": kadis,
      "KABID PPPA": kadis,
    });
    // The head of office's official is the PENGATURAN signatory, on either side.
    const head = EXAMPLE_CATALOG.instansi.kepala;
    expect(partiesOf(EXAMPLE_CATALOG, jabatan(EXAMPLE_CATALOG, "KADIS")).pertama).toMatchObject({
      nama: head.nama,
      nip: head.nip,
      missing: [],
    });
    expect(partiesOf(EXAMPLE_CATALOG, jabatan(EXAMPLE_CATALOG, "KABID PPPA")).kedua).toMatchObject({
      nama: head.nama,
      pangkat: head.pangkat,
    });
  });

  test("another OPD, three levels: KASI GIZI 2 → KABID P2P (Plh.) → KADINKES (Plt., the signatory) → the Bupati, named, without NIP", () => {
    const of = (kode: string) => partiesOf(CATALOG_LAIN, jabatan(CATALOG_LAIN, kode));
    expect(of("KASI GIZI 2").kedua).toMatchObject({
      jabatan: jabatan(CATALOG_LAIN, "KABID P2P").nama,
      status: "Plh.",
      nama: "NURUL HIDAYATI, S.K.M.",
    });
    expect(of("KABID P2P").pertama).toMatchObject({ status: "Plh." });
    expect(of("KABID P2P").kedua).toMatchObject({ status: "Plt.", nama: "dr. SITI AMINAH, M.Kes" });
    expect(of("KADINKES").kedua).toEqual({
      jabatan: "BUPATI SUKAMAJU",
      status: "",
      nama: "H. AHMAD FAUZI, S.H.",
      pangkat: "",
      nip: "",
      kepalaDaerah: true,
      missing: [],
    });
  });

  test("a catalog whose Atasan is not filled in yet: no PK, and the message says what to fill", () => {
    const old: Catalog = { ...CATALOG_LAIN, jabatan: CATALOG_LAIN.jabatan.map(({ atasan: _, ...j }) => j) };
    expect(() => pkSheet(old, "SEKDIN", { tahun: 2027, perubahan: false })).toThrow(AtasanUnknown);
    expect(() => pkSheet(old, "SEKDIN", { tahun: 2027, perubahan: false })).toThrow(
      /Atasan SEKDIN belum diisi di lembar JABATAN \(kolom Atasan\)/,
    );
  });
});

describe("page 1: the statement", () => {
  const { plan } = pkSheet(CATALOG_LAIN, "KASI GIZI 2", { tahun: 2027, perubahan: false });

  test("title, instansi, both parties by name and jabatan, the promise and the supervision clause, in that order", () => {
    const t = texts(plan);
    const order = [
      "PERJANJIAN KINERJA TAHUN 2027",
      "DINAS KESEHATAN KABUPATEN SUKAMAJU",
      ": RINA WULANDARI, S.Gz.",
      "selanjutnya disebut pihak pertama.",
      ": NURUL HIDAYATI, S.K.M.",
      `: Plh. ${jabatan(CATALOG_LAIN, "KABID P2P").nama}`,
      "selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua.",
    ].map((s) => t.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(t.some((s) => s.startsWith("Pihak pertama berjanji akan mewujudkan target kinerja"))).toBe(true);
    expect(t.some((s) => s.startsWith("Pihak kedua akan melakukan supervisi"))).toBe(true);
    expect(plan).toMatchObject({ name: "PK 2027 KASI GIZI 2", kind: "pk", orientation: "portrait" });
  });

  test("PIHAK KEDUA left, PIHAK PERTAMA right, on the same row, twice (statement and lampiran); place and date over PIHAK PERTAMA", () => {
    const rows = plan.cells.flatMap((row, r) => (row[0]?.value === "PIHAK KEDUA," ? [r] : []));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(cellsOf(plan, r)).toEqual(["PIHAK KEDUA,", "", "", "PIHAK PERTAMA,", "", ""]);
      expect(cellsOf(plan, r - 1)[3]).toBe("Sukamaju, 2 Januari 2027");
      // Names and NIP, each under its side; the kedua's NIP too (not a kepala daerah).
      const below = plan.cells.slice(r + 1, r + 10).map((row) => [row[0]?.value ?? "", row[3]?.value ?? ""]);
      expect(below).toContainEqual(["NURUL HIDAYATI, S.K.M.", "RINA WULANDARI, S.Gz."]);
      expect(below).toContainEqual(["NIP. 19850630 201001 2 001", "NIP. 19900228 201503 1 002"]);
    }
  });

  test("the lampiran begins a page; the kepala daerah signs without pangkat or NIP", () => {
    expect(plan.pageStarts).toEqual([rowOf(plan, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2027")]);
    const head = pkSheet(CATALOG_LAIN, "KADINKES", { tahun: 2027, perubahan: true }).plan;
    expect(head.name).toBe("PK Perubahan 2027 KADINKES");
    expect(texts(head)).toContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2027");
    const r = rowOf(head, "PIHAK KEDUA,");
    const left = head.cells
      .slice(r + 1, r + 8)
      .map((row) => row[0]?.value ?? "")
      .filter((v) => v !== "");
    expect(left).toEqual(["BUPATI SUKAMAJU", "H. AHMAD FAUZI, S.H."]);
    const right = head.cells
      .slice(r + 1, r + 8)
      .map((row) => row[3]?.value ?? "")
      .filter((v) => v !== "");
    expect(right).toEqual([
      "Plt. KEPALA DINAS KESEHATAN KABUPATEN SUKAMAJU",
      "dr. SITI AMINAH, M.Kes",
      "Pembina Tingkat I",
      "NIP. 19750412 200312 2 002",
    ]);
  });
});

describe("page 2: the lampiran", () => {
  test("the rows in force that year only, a sasaran spanning its indicators, targets with satuan", () => {
    const { plan } = pkSheet(CATALOG_LAIN, "KADINKES", { tahun: 2027, perubahan: false });
    expect(Object.keys(plan.indikatorRows)).toEqual(["kadinkes.aki", "kadinkes.stunting", "kadinkes.iks", "kadinkes.kla"]);
    const header = plan.table.headerRow;
    expect(cellsOf(plan, header)).toEqual(["No", "Sasaran", "Indikator Kinerja", "", "Target", ""]);
    // 2025's retired IKS (kadinkes.iks-lama) is not there; the one in force from 2026 is.
    const aki = plan.indikatorRows["kadinkes.aki"]!;
    const sasaran = plan.merges.find((m) => m.row === aki && m.col === 1)!;
    expect(sasaran.rows).toBeGreaterThan(1);
    const indikator = CATALOG_LAIN.jabatan[0]!.sasaran[0]!.indikator[0]!;
    expect(cellsOf(plan, aki)[4]).toBe(`${String(indikator.target["2027"]).replace(".", ",")} ${indikator.satuan}`.replace(" %", "%"));
    expect(cellsOf(plan, plan.indikatorRows["kadinkes.kla"]!)[4]).toBe("Nindya");
  });

  test("program lines of the jabatan with their 2027 budget and the total; none for a jabatan without lines", () => {
    const { plan } = pkSheet(CATALOG_LAIN, "KABID P2P", { tahun: 2027, perubahan: false });
    const header = rowOf(plan, "Program / Kegiatan / Sub Kegiatan");
    expect(cellsOf(plan, header)).toEqual(["No", "Program / Kegiatan / Sub Kegiatan", "", "", "Anggaran (Rp)", "Keterangan"]);
    expect(cellsOf(plan, header + 1)).toEqual([1, "Kegiatan Pencegahan dan Pengendalian Penyakit Menular", "", "", "850.000.000", ""]);
    expect(cellsOf(plan, header + 2)).toEqual([2, "Sub Kegiatan Pengelolaan Surveilans Kesehatan", "", "", "125.750.000", "DAK non fisik"]);
    expect(cellsOf(plan, header + 3)).toEqual(["Jumlah", "", "", "", rupiahText(850_000_000 + 125_750_000), ""]);
    expect(rupiahText(975_750_000)).toBe("975.750.000");
    for (const kode of ["SEKDIN", "KASI GIZI 2"])
      expect(texts(pkSheet(CATALOG_LAIN, kode, { tahun: 2027, perubahan: false }).plan)).not.toContain("Anggaran (Rp)");
    expect(texts(pkSheet(EXAMPLE_CATALOG, "KADIS", { tahun: 2027, perubahan: false }).plan)).not.toContain("Anggaran (Rp)");
  });

  test("a sasaran without indicator is one row with '-' (the example's Kasubag Umum); no target yet prints a dotted line", () => {
    const { plan } = pkSheet(EXAMPLE_CATALOG, "KASUBAG UMUM", { tahun: 2027, perubahan: false });
    const { headerRow, lastRow } = plan.table;
    const rows = plan.cells.slice(headerRow + 1, lastRow + 1).map((row) => [row[1]?.value ?? "", row[2]?.value ?? "", row[4]?.value ?? ""]);
    const sasaran = jabatan(EXAMPLE_CATALOG, "KASUBAG UMUM").sasaran;
    expect(rows.map((r) => r[0]).filter((v) => v !== "")).toEqual(sasaran.map((s) => s.nama));
    expect(rows.filter((r) => r[1] === "-")).toHaveLength(sasaran.filter((s) => s.indikator.length === 0).length);
    expect(rows.filter((r) => r[1] !== "-").every((r) => String(r[2]).startsWith(DOTS.slice(0, 12)))).toBe(true);
  });
});

describe("a draft: blank officials print as placeholders naming their cell", () => {
  const values = (catalog: Catalog) => {
    const t = catalogTables(catalog);
    return { JABATAN: sheetValues(t.JABATAN), PENGATURAN: sheetValues(t.PENGATURAN) };
  };

  test("the example's Kabid: no name, pangkat or NIP in JABATAN → dotted lines with JABATAN!E…/F…/G…; the list says each once", () => {
    const v = values(EXAMPLE_CATALOG);
    const { plan, missing } = pkSheet(EXAMPLE_CATALOG, "KABID REHSOS", {
      tahun: 2027,
      perubahan: false,
      where: (f) => locateMissing(f, v),
    });
    expect(missing).toEqual([
      { label: "Nama Pejabat KABID REHSOS", cell: "JABATAN!E5" },
      { label: "Pangkat Pejabat KABID REHSOS", cell: "JABATAN!F5" },
      { label: "NIP Pejabat KABID REHSOS", cell: "JABATAN!G5" },
    ]);
    const t = texts(plan);
    expect(t).toContain(`: ${DOTS} (isi JABATAN!E5)`);
    expect(t.filter((s) => s === `${DOTS} (isi JABATAN!E5)`)).toHaveLength(2); // both signature blocks
    expect(t).toContain(`NIP. ${DOTS} (isi JABATAN!G5)`);
  });

  test("the example's Kepala Dinas: the Bupati's name is blank → PENGATURAN's Nama kepala daerah; nothing else missing", () => {
    const v = values(EXAMPLE_CATALOG);
    const { missing } = pkSheet(EXAMPLE_CATALOG, "KADIS", { tahun: 2027, perubahan: false, where: (f) => locateMissing(f, v) });
    const row = v.PENGATURAN.findIndex((r) => r[0] === "Nama kepala daerah") + 1;
    expect(missing).toEqual([{ label: "Nama kepala daerah", cell: `PENGATURAN!B${row}` }]);
  });

  test("a complete catalog (CATALOG_LAIN) has no placeholder", () => {
    for (const j of CATALOG_LAIN.jabatan) {
      const { plan, missing } = pkSheet(CATALOG_LAIN, j.kode, { tahun: 2027, perubahan: false });
      expect({ kode: j.kode, missing }).toEqual({ kode: j.kode, missing: [] });
      expect(texts(plan).some((s) => s.includes(DOTS))).toBe(false);
    }
  });

  test("without the sheets' values, the label alone", () => {
    const { missing } = pkSheet(EXAMPLE_CATALOG, "KADIS", { tahun: 2027, perubahan: false });
    expect(missing).toEqual([{ label: "Nama kepala daerah" }]);
  });
});

describe("a Pemda's own wording (PENGATURAN Naskah Perjanjian Kinerja)", () => {
  test("its paragraphs replace, in order, the opening and the promise; {tahun} is the year; the supervision clause stays the add-on's", () => {
    const own = [
      "Pada hari ini tahun {tahun}, kami yang bertanda tangan di bawah ini:",
      "Pihak pertama berjanji mencapai target {tahun} dalam lampiran.",
    ];
    const catalog: Catalog = { ...CATALOG_LAIN, instansi: { ...CATALOG_LAIN.instansi, naskahPk: own } };
    const t = texts(pkSheet(catalog, "SEKDIN", { tahun: 2028, perubahan: false }).plan);
    expect(t).toContain("Pada hari ini tahun 2028, kami yang bertanda tangan di bawah ini:");
    expect(t).toContain("Pihak pertama berjanji mencapai target 2028 dalam lampiran.");
    expect(t.some((s) => s.startsWith("Dalam rangka mewujudkan manajemen pemerintahan"))).toBe(false);
    expect(t.some((s) => s.startsWith("Pihak kedua akan melakukan supervisi"))).toBe(true);
  });
});
