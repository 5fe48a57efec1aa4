/**
 * A second, invented OPD (test/support/fixtures/catalog-lain.ts) end to end through the built
 * dist/Code.js, loaded as Apps Script loads it: its catalog sheets as the add-on writes them,
 * the year made by the global scaffoldYear, then every sheet the fake received loaded into
 * HyperFormula (a real formula engine), values typed into input cells, and what the formulas
 * compute compared with numbers worked out by hand from the rules (capaian positif =
 * realisasi / target × 100; negatif = (2 × target − realisasi) / target × 100, not below 0;
 * KLA: 100 at or above the target status, else rank / target rank × 100; predikat on skala
 * "tinggi": above 90 Sangat Tinggi, above 75 Tinggi, above 65 Sedang, above 50 Rendah, else
 * Sangat Rendah).
 */
import { DetailedCellError } from "hyperformula";
import { fakeWithCatalog } from "../support/catalog-fake";
import { loadCodeJs, plain, useCodeJs } from "../support/code-js";
import type { FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";
import { type Engine, loadFake } from "../support/hyperformula";

useCodeJs();

/** Plain data out of the script's realm (its arrays and objects have other prototypes). */

/** Where `value` is in a sheet of the fake (0-based), every place, row by row. */
function places(fake: FakeSpreadsheetApp, sheet: string, value: unknown): [number, number][] {
  const found: [number, number][] = [];
  for (const [key, cell] of fake.spreadsheet.sheet(sheet)!.cells) {
    if (!cell.formula && cell.value === value) found.push(key.split(",").map(Number) as [number, number]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The text values of a sheet. */
function texts(fake: FakeSpreadsheetApp, sheet: string): string[] {
  return [...fake.spreadsheet.sheet(sheet)!.cells.values()].flatMap((c) => (!c.formula && typeof c.value === "string" ? [c.value] : []));
}

/**
 * A sheet's table found as a reader finds it: the header row is the one with "ID", its
 * columns by their labels; an indicator's row by its id in the ID column.
 */
function table(fake: FakeSpreadsheetApp, sheet: string) {
  const [idHeader] = places(fake, sheet, "ID");
  if (!idHeader) throw new Error(`${sheet}: no ID column`);
  const [headerRow, idCol] = idHeader;
  const column = (label: string) => {
    const at = places(fake, sheet, label).find(([r]) => r === headerRow);
    if (!at) throw new Error(`${sheet}: no column "${label}"`);
    return at[1];
  };
  const rowOf = (id: string) => {
    const at = places(fake, sheet, id).find(([, c]) => c === idCol);
    if (!at) throw new Error(`${sheet}: no row ${id}`);
    return at[0];
  };
  return {
    column,
    rowOf,
    /** The ids in the ID column, top to bottom (the column-number row under the header holds a number). */
    ids: () => {
      const found: [number, string][] = [];
      for (const [key, cell] of fake.spreadsheet.sheet(sheet)!.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (c === idCol && r > headerRow && typeof cell.value === "string" && cell.value !== "") found.push([r, cell.value]);
      }
      return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
    },
  };
}

const YEAR_SHEETS = ["2027 KADINKES", "2027 SEKDIN", "2027 KABID P2P", "2027 KASI GIZI 2", "2027 REKAP"];

describe("OPD lain (Dinas Kesehatan Sukamaju) lewat dist/Code.js, dihitung HyperFormula", () => {
  let fake: FakeSpreadsheetApp;
  let engine: Engine;
  let answer: { ok: boolean; data?: { message: string; targetDariKatalog: number } };
  const errors: unknown[][] = [];

  beforeAll(() => {
    fake = fakeWithCatalog(CATALOG_LAIN);
    // The secretariat lets the head of office (a Plt.) sign every jabatan sheet instead of each official.
    const [setting] = places(fake, "PENGATURAN", "Penanda tangan lembar jabatan");
    fake.user.type("PENGATURAN", setting![0] + 1, setting![1] + 2, "kepala instansi"); // 1-based: the Nilai cell beside it
    answer = plain(loadCodeJs(fake.globals(), errors).scaffoldYear!({ tahun: 2027 }));
    engine = loadFake(fake);
  });

  /** Types into an indicator's input cell, after checking the add-on made it an input (no formula, validated). */
  function typeInto(sheet: string, id: string, label: string, value: number): void {
    const t = table(fake, sheet);
    const [row, col] = [t.rowOf(id), t.column(label)];
    const cell = fake.spreadsheet.sheet(sheet)!.peek(row, col);
    expect({ sheet, id, label, formula: cell?.formula ?? "", validated: Boolean(cell?.validation) }).toEqual({
      sheet,
      id,
      label,
      formula: "",
      validated: true,
    });
    engine.type(sheet, row, col, value);
  }

  /** Target, Realisasi, Capaian (%) and Predikat of an indicator, as computed. */
  function computed(sheet: string, id: string) {
    const t = table(fake, sheet);
    const at = (label: string) => engine.value(sheet, t.rowOf(id), t.column(label));
    return { target: at("Target"), realisasi: at("Realisasi"), capaian: at("Capaian (%)"), predikat: at("Predikat") };
  }

  test("scaffoldYear: lembar dengan kode OPD itu, target 2027 dari katalognya", () => {
    expect(errors).toEqual([]);
    expect(answer.ok).toBe(true);
    expect(answer.data?.targetDariKatalog).toBe(10); // every indicator in force in 2027 has a 2027 target
    expect(fake.spreadsheet.names()).toEqual(["KATALOG", "JABATAN", "PENGATURAN", "PROGRAM", ...YEAR_SHEETS, "2027 BUKTI"]);
    expect(texts(fake, "2027 REKAP")).toContain("DINAS KESEHATAN KABUPATEN SUKAMAJU");
    // Catalog text that looks like a formula is text on the sheet, and stays text in the engine.
    const sekdin = table(fake, "2027 SEKDIN");
    const formulasi = [sekdin.rowOf("sekdin.dokumen-tepat-waktu"), sekdin.column("Penjelasan / Formulasi Penghitungan")] as const;
    expect(fake.spreadsheet.sheet("2027 SEKDIN")!.peek(...formulasi)).toMatchObject({ formula: "" });
    expect(engine.value("2027 SEKDIN", ...formulasi)).toBe("=jumlah dokumen perencanaan dan pelaporan yang disusun");
    for (const sheet of YEAR_SHEETS) expect(texts(fake, sheet).filter((t) => /Sampang|SAMPANG/.test(t))).toEqual([]);
  });

  test("baris pensiun (IKS lama, s.d. 2025) tidak ada; baris yang berlaku sejak 2026/2027 ada", () => {
    expect(table(fake, "2027 KADINKES").ids()).toEqual(["kadinkes.aki", "kadinkes.stunting", "kadinkes.iks", "kadinkes.kla"]);
    expect(table(fake, "2027 SEKDIN").ids()).toEqual(["sekdin.dokumen-tepat-waktu"]);
    expect(table(fake, "2027 KABID P2P").ids()).toEqual(["p2p.insidens-dbd", "p2p.tb-diobati", "p2p.idl", "p2p.kla"]);
    for (const sheet of YEAR_SHEETS) {
      expect(texts(fake, sheet)).not.toContain("kadinkes.iks-lama");
      expect(texts(fake, sheet)).not.toContain("Indeks Keluarga Sehat (IKS)");
    }
    expect(texts(fake, "2027 SEKDIN")).toContain("Terselenggaranya administrasi perkantoran"); // a sasaran without indicator, from 2026
  });

  test("penanda tangan Plt.: kepala instansi di setiap lembar jabatan", () => {
    for (const sheet of YEAR_SHEETS.slice(0, -1)) {
      const [title] = places(fake, sheet, "Plt. KEPALA DINAS KESEHATAN");
      expect({ sheet, title: Boolean(title) }).toEqual({ sheet, title: true });
      const [r, c] = title!;
      const below = (n: number) => fake.spreadsheet.sheet(sheet)!.peek(r + n, c)?.value;
      expect(below(-1)).toBe("Sukamaju, 2 Januari 2027");
      expect(below(1)).toBe("KABUPATEN SUKAMAJU");
      expect(texts(fake, sheet)).toEqual(
        expect.arrayContaining(["dr. SITI AMINAH, M.Kes", "Pembina Tingkat I", "NIP. 19750412 200312 2 002"]),
      );
    }
    expect(texts(fake, "2027 SEKDIN")).not.toContain("BUDI SANTOSO, S.E., M.M.");
  });

  test("setiap rumus lembar tahun itu dapat dihitung (tanpa galat) sebelum ada isian", () => {
    const failing: string[] = [];
    for (const sheet of YEAR_SHEETS) {
      for (const [key, cell] of fake.spreadsheet.sheet(sheet)!.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (cell.formula && engine.value(sheet, r, c) instanceof DetailedCellError) failing.push(`${sheet} ${key} ${cell.formula}`);
      }
    }
    expect(failing).toEqual([]);
  });

  describe("isian diketik", () => {
    beforeAll(() => {
      typeInto("2027 KADINKES", "kadinkes.stunting", "Pembilang", 9); // rasio, negatif
      typeInto("2027 KADINKES", "kadinkes.stunting", "Penyebut", 80);
      typeInto("2027 KADINKES", "kadinkes.aki", "Realisasi", 74); // nilai, negatif
      typeInto("2027 SEKDIN", "sekdin.dokumen-tepat-waktu", "Realisasi", 5); // nilai, satuan dokumen
      typeInto("2027 KABID P2P", "p2p.insidens-dbd", "Realisasi", 75); // negatif, twice the target
      typeInto("2027 KABID P2P", "p2p.tb-diobati", "Pembilang", 48); // rasio, positif
      typeInto("2027 KABID P2P", "p2p.tb-diobati", "Penyebut", 60);
      typeInto("2027 KABID P2P", "p2p.kla", "Pembilang", 650); // the KLA evaluation score
    });

    /** What each typed indicator must show, worked out by hand. */
    const EXPECTED = [
      // 9 / 80 × 100 = 11,25; (2 × 11,5 − 11,25) / 11,5 × 100 = 11,75 / 11,5 × 100 = 102,17…
      ["2027 KADINKES", "kadinkes.stunting", { target: 11.5, realisasi: 11.25, capaian: 102.17391304347827, predikat: "Sangat Tinggi" }],
      // (2 × 92,5 − 74) / 92,5 × 100 = 111 / 92,5 × 100 = 120
      ["2027 KADINKES", "kadinkes.aki", { target: 92.5, realisasi: 74, capaian: 120, predikat: "Sangat Tinggi" }],
      // 5 / 7 × 100 = 71,43: above 65, not above 75
      ["2027 SEKDIN", "sekdin.dokumen-tepat-waktu", { target: 7, realisasi: 5, capaian: 71.42857142857143, predikat: "Sedang" }],
      // (2 × 30 − 75) / 30 × 100 = −50, not below 0
      ["2027 KABID P2P", "p2p.insidens-dbd", { target: 30, realisasi: 75, capaian: 0, predikat: "Sangat Rendah" }],
      // 48 / 60 × 100 = 80; 80 / 95 × 100 = 84,21
      ["2027 KABID P2P", "p2p.tb-diobati", { target: 95, realisasi: 80, capaian: 84.21052631578948, predikat: "Tinggi" }],
      // 650: above 600, not above 700 → Madya (rank 2 of Belum Peringkat 0 … KLA 5); target Nindya (rank 3): 2 / 3 × 100
      ["2027 KABID P2P", "p2p.kla", { target: "Nindya", realisasi: "Madya", capaian: 66.66666666666667, predikat: "Sedang" }],
    ] as const;

    const close = (v: { target: unknown; realisasi: unknown; capaian: unknown; predikat: unknown }) => ({
      ...v,
      realisasi: typeof v.realisasi === "number" ? expect.closeTo(v.realisasi, 9) : v.realisasi,
      capaian: expect.closeTo(v.capaian as number, 9),
    });

    test.each(EXPECTED)("%s %s: realisasi, capaian dan predikat", (sheet, id, expected) => {
      expect(computed(sheet, id)).toEqual(close(expected));
    });

    test("baris tanpa isian: capaian dan predikat kosong", () => {
      expect(computed("2027 KADINKES", "kadinkes.iks")).toEqual({ target: 0.4, realisasi: "", capaian: "", predikat: "" });
      expect(computed("2027 KASI GIZI 2", "gizi.posyandu-aktif")).toEqual({ target: 430, realisasi: "", capaian: "", predikat: "" });
    });

    test("REKAP menarik nilai yang sama dari lembar jabatan", () => {
      const rekap = table(fake, "2027 REKAP");
      for (const [, id, expected] of EXPECTED) {
        const at = (label: string) => engine.value("2027 REKAP", rekap.rowOf(id), rekap.column(label));
        const row = { target: at("Target"), realisasi: at("Realisasi"), capaian: at("Capaian (%)"), predikat: at("Predikat") };
        expect({ id, ...row }).toEqual({ id, ...close(expected) });
      }
      expect(rekap.ids()).toEqual([
        "kadinkes.aki",
        "kadinkes.stunting",
        "kadinkes.iks",
        "kadinkes.kla",
        "sekdin.dokumen-tepat-waktu",
        "p2p.insidens-dbd",
        "p2p.tb-diobati",
        "p2p.idl",
        "p2p.kla",
        "gizi.posyandu-aktif",
      ]);
    });

    test("REKAP: rata-rata capaian per jabatan dan predikatnya", () => {
      const [header] = places(fake, "2027 REKAP", "Rata-rata Capaian (%)");
      const [headerRow, averageCol] = header!;
      const label = (text: string) => places(fake, "2027 REKAP", text).find(([r]) => r === headerRow)![1];
      const rowOf = (kode: string) => places(fake, "2027 REKAP", kode).find(([r]) => r > headerRow)![0];
      const average = (kode: string) => ({
        berisi: engine.value("2027 REKAP", rowOf(kode), label("Indikator Berisi Capaian")),
        rataRata: engine.value("2027 REKAP", rowOf(kode), averageCol),
        predikat: engine.value("2027 REKAP", rowOf(kode), label("Predikat")),
      });
      // (120 + 102,17…) / 2
      expect(average("KADINKES")).toEqual({
        berisi: "2 dari 4",
        rataRata: expect.closeTo(111.08695652173913, 9),
        predikat: "Sangat Tinggi",
      });
      expect(average("SEKDIN")).toEqual({ berisi: "1 dari 1", rataRata: expect.closeTo(71.42857142857143, 9), predikat: "Sedang" });
      // (0 + 84,21… + 66,67…) / 3 = 50,29: just above 50
      expect(average("KABID P2P")).toEqual({ berisi: "3 dari 4", rataRata: expect.closeTo(50.29239766081871, 9), predikat: "Rendah" });
      expect(average("KASI GIZI 2")).toEqual({ berisi: "0 dari 1", rataRata: "", predikat: "" });
    });
  });
});

describe("OPD lain, tahun 2025: katalog apa adanya (tiap lembar ditandatangani pejabatnya)", () => {
  test("baris yang baru berlaku sesudah 2025 tidak ada, IKS lama ada; lembar jabatan tanpa Plt., REKAP oleh Plt. kepala", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    const errors: unknown[][] = [];
    expect(plain(loadCodeJs(fake.globals(), errors).scaffoldYear!({ tahun: 2025 }))).toMatchObject({ ok: true });
    expect(errors).toEqual([]);
    expect(fake.spreadsheet.names().slice(4)).toEqual([...YEAR_SHEETS, "2027 BUKTI"].map((s) => s.replace("2027", "2025")));
    expect(table(fake, "2025 KADINKES").ids()).toEqual(["kadinkes.aki", "kadinkes.stunting", "kadinkes.iks-lama", "kadinkes.kla"]);
    expect(table(fake, "2025 KABID P2P").ids()).toEqual(["p2p.insidens-dbd", "p2p.tb-diobati", "p2p.kla"]); // IDL from 2027
    expect(texts(fake, "2025 SEKDIN")).not.toContain("Terselenggaranya administrasi perkantoran"); // from 2026
    expect(texts(fake, "2025 SEKDIN")).toEqual(expect.arrayContaining(["BUDI SANTOSO, S.E., M.M.", "NIP. 19800115 200501 1 003"]));
    const jabatanSheets = fake.spreadsheet.names().filter((n) => n.startsWith("2025 ") && !/ (REKAP|BUKTI)$/.test(n));
    expect(jabatanSheets).toHaveLength(4);
    for (const sheet of jabatanSheets) expect(texts(fake, sheet).filter((t) => t.startsWith("Plt."))).toEqual([]);
    // The REKAP is always signed by the head of office (README, Katalog: PENGATURAN), here a Plt.
    expect(texts(fake, "2025 REKAP")).toEqual(expect.arrayContaining(["Plt. KEPALA DINAS KESEHATAN", "NIP. 19750412 200312 2 002"]));
  });
});
