/**
 * Running the offline command again where its workbook already exists: typed values
 * are carried over (the core carry-over, as in Sheets), the previous file is kept
 * beside it, sheets the plan does not make are copied over, and a workbook that
 * must not be replaced (read-only, open in a spreadsheet program, unreadable) is
 * refused with nothing written.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ASIDE_TITLE } from "../../src/core/carry/carry";
import { allIndikator, EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import { ALL_CATALOG_SHEETS } from "../../src/core/catalog/tables";
import { cellOf, editBook, fakeSoffice, listedSheets, planOf, readBook, runCli, sheetOf, valuesOf } from "./helpers";
import { deleteColumn } from "./sheet-edits";

const root = mkdtempSync(join(tmpdir(), "iki-rerun-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder per test. */
const folder = () => {
  const dir = join(root, `t${++n}`);
  mkdirSync(dir);
  return dir;
};

const TAHUN = 2027;
const plan = planOf(TAHUN);
const kadis = sheetOf(plan, "KADIS");
const idKadis = allIndikator(CATALOG).find((r) => r.jabatan.kode === "KADIS")!.indikator.id;
const idSekretaris = allIndikator(CATALOG).find((r) => r.jabatan.kode === "SEKRETARIS")!.indikator.id;
/** A 1×1 picture. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
/** A kept previous workbook: its time in Jakarta (WIB, UTC+7), said in its name. */
const BACKUP = /^IKI-2027\.sebelumnya-20270315-103000-WIB(-\d+)?\.xlsx$/;

/** The secretariat names another signatory in the workbook's PENGATURAN sheet. */
function signedBy(dir: string, nama: string): Promise<void> {
  return editBook(join(dir, "IKI-2027.xlsx"), (book) => {
    book.getWorksheet("PENGATURAN")!.eachRow((row) => {
      if (row.getCell(1).value === "Nama penandatangan") row.getCell(2).value = nama;
    });
  });
}

describe("menjalankan lagi di atas buku kerja yang sudah diisi", () => {
  test("isian dipertahankan, yang tak punya tempat dipindahkan, berkas lama disimpan di sampingnya", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const xlsx = join(dir, "IKI-2027.xlsx");
    const target = cellOf(kadis, idKadis, "target");
    const keterangan = cellOf(kadis, idKadis, "keterangan");
    await editBook(xlsx, (book) => {
      const ws = book.getWorksheet(kadis.name)!;
      ws.getCell(target.row, target.col).value = 77;
      ws.getCell(keterangan.row, keterangan.col).value = "catatan saya";
      ws.getCell(kadis.cells.length + 3, 2).value = "coretan di bawah formulir";
    });
    const before = readFileSync(xlsx);

    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(ran.stderr).toEqual([]);
    expect(ran.code).toBe(0);
    const ws = (await readBook(xlsx)).getWorksheet(kadis.name)!;
    expect(ws.getCell(target.row, target.col).value).toBe(77);
    expect(ws.getCell(keterangan.row, keterangan.col).value).toBe("catatan saya");
    const texts = valuesOf(ws).map(([, , v]) => v);
    expect(texts).toContain(ASIDE_TITLE);
    expect(texts).toContain("coretan di bawah formulir");

    const backups = readdirSync(dir).filter((name) => BACKUP.test(name));
    expect(backups).toEqual(["IKI-2027.sebelumnya-20270315-103000-WIB.xlsx"]);
    expect(readFileSync(join(dir, backups[0]!)).equals(before)).toBe(true);
    const out = ran.stdout.join("\n");
    expect(out).toContain(`Berkas lama disimpan: ${join(dir, backups[0]!)}`);
    expect(ran.stdout).toContain(
      'Isian lama: 2 nilai dipertahankan di tempatnya; 1 nilai di bagian "Isian sebelumnya yang tidak lagi punya tempat" (2027 KADIS: 1)',
    );
  }, 30_000);

  test("cadangan tidak pernah ditimpa, juga dua kali dalam detik yang sama", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    // Two runs in the same second, each after a change (a new signatory): each keeps the workbook before it.
    for (const nama of ["Dra. SITI AMINAH, M.Si.", "Drs. H. ACHMAD, M.M."]) {
      await signedBy(dir, nama);
      expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    }
    expect(
      readdirSync(dir)
        .filter((name) => BACKUP.test(name))
        .sort(),
    ).toEqual(["IKI-2027.sebelumnya-20270315-103000-WIB-2.xlsx", "IKI-2027.sebelumnya-20270315-103000-WIB.xlsx"]);
  }, 30_000);

  test("dijalankan lagi tanpa perubahan: tidak ada salinan baru, dikatakan 'tidak ada perubahan'", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    for (let i = 0; i < 2; i++) {
      const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain("Tidak ada perubahan sejak berkas sebelumnya: salinannya tidak disimpan.");
      expect(ran.stdout.join("\n")).not.toContain("Berkas lama disimpan");
    }
    expect(readdirSync(dir).filter((name) => name.includes("sebelumnya"))).toEqual([]);
    // A change to the catalog is a change: the workbook before it is kept.
    await signedBy(dir, "Dra. SITI AMINAH, M.Si.");
    const changed = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(changed.stdout.join("\n")).toContain("Berkas lama disimpan:");
    expect(readdirSync(dir).filter((name) => BACKUP.test(name))).toHaveLength(1);
  }, 30_000);

  test("lembar buatan sendiri dan jabatan yang tidak dipilih disalin apa adanya; REKAP tetap mencakup jabatan yang ada", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const xlsx = join(dir, "IKI-2027.xlsx");
    const sekretaris = sheetOf(plan, "SEKRETARIS");
    const target = cellOf(sekretaris, idSekretaris, "target");
    await editBook(xlsx, (book) => {
      book.getWorksheet(sekretaris.name)!.getCell(target.row, target.col).value = 55;
      const own = book.addWorksheet("Catatan");
      own.getCell("A1").value = "Rapat evaluasi";
      own.getCell("B2").value = 12.5;
      own.getCell("C3").value = { formula: "B2*2", result: 25 };
      own.mergeCells("A5:C6");
      own.getCell("A5").value = "gabungan";
      own.getColumn(1).width = 33;
      const logo = book.addImage({ base64: PNG, extension: "png" });
      own.addImage(logo, { tl: { col: 4, row: 1 }, ext: { width: 10, height: 10 } });
    });

    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf", "--jabatan", "KADIS"], dir);
    expect(ran.code).toBe(0);
    const book = await readBook(xlsx);
    expect(listedSheets(book).map((ws) => ws.name)).toEqual([...plan.sheets.map((s) => s.name), "Catatan", ...ALL_CATALOG_SHEETS]);
    // Copied, not regenerated: the typed value is still in place and nothing was moved aside.
    const copied = book.getWorksheet(sekretaris.name)!;
    expect(copied.getCell(target.row, target.col).value).toBe(55);
    expect(valuesOf(copied).map(([, , v]) => v)).not.toContain(ASIDE_TITLE);
    const own = book.getWorksheet("Catatan")!;
    expect(own.getCell("A1").value).toBe("Rapat evaluasi");
    expect(own.getCell("B2").value).toBe(12.5);
    expect(own.getCell("C3").formula).toBe("B2*2");
    expect(own.getCell("A6").isMerged).toBe(true);
    expect(own.getCell("A5").value).toBe("gabungan");
    expect(own.getColumn(1).width).toBe(33);
    expect(own.getImages()).toHaveLength(1);
    expect(Buffer.from(book.getImage(Number(own.getImages()[0]!.imageId)).buffer as ArrayBuffer).toString("base64")).toBe(PNG);
    // The REKAP still lists the SEKRETARIS indicators (it covers every jabatan sheet present).
    const rekap = book.getWorksheet(`${TAHUN} REKAP`)!;
    expect(valuesOf(rekap).some(([, , v]) => String((v as { formula?: string }).formula ?? v).includes(sekretaris.name))).toBe(true);
    expect(ran.stdout.join("\n")).toContain("Lembar lain disalin apa adanya: 2027 SEKRETARIS · 2027 KASUBAG UMUM");
    expect(ran.stdout.join("\n")).toContain("· Catatan");
  }, 30_000);

  test("lembar buatan sendiri bernama seperti lembar tahun itu: disalin utuh sebagai (lama), lembar tahun dibuat baru", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf", "--jabatan", "KADIS"], dir)).code).toBe(0);
    const xlsx = join(dir, "IKI-2027.xlsx");
    const own: [string, unknown][] = [
      ["A1", "No"],
      ["B1", "Target"],
      ["C1", "Realisasi"],
      ["A2", 1],
      ["B2", 80],
      ["C2", "Keterangan"],
    ];
    await editBook(xlsx, (book) => {
      book.removeWorksheet(book.getWorksheet(kadis.name)!.id);
      const ws = book.addWorksheet("2027 kadis");
      for (const [at, v] of own) ws.getCell(at).value = v as number | string;
    });

    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf", "--jabatan", "KADIS"], dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      "Lembar buatan sendiri dengan nama yang sama diganti namanya (isinya tidak diubah): 2027 kadis → 2027 kadis (lama)",
    );
    const book = await readBook(xlsx);
    expect(listedSheets(book).map((ws) => ws.name)).toEqual([
      "2027 kadis (lama)",
      kadis.name,
      "2027 REKAP",
      "2027 BUKTI",
      ...ALL_CATALOG_SHEETS,
    ]);
    expect(valuesOf(book.getWorksheet("2027 kadis (lama)")!)).toEqual(
      own.map(([at, v]) => [Number(at.slice(1)), at.charCodeAt(0) - 64, v]),
    );
    // Made afresh: nothing of the hand-made sheet was taken into it.
    expect(valuesOf(book.getWorksheet(kadis.name)!).map(([, , v]) => v)).not.toContain(ASIDE_TITLE);
  }, 30_000);

  test("lembar sendiri yang kolom ID-nya dihapus tetap dikenali: isiannya dipertahankan", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf", "--jabatan", "KADIS"], dir)).code).toBe(0);
    const xlsx = join(dir, "IKI-2027.xlsx");
    const target = cellOf(kadis, idKadis, "target");
    await editBook(xlsx, (book) => {
      const ws = book.getWorksheet(kadis.name)!;
      ws.getCell(target.row, target.col).value = 64;
      deleteColumn(ws, kadis.table.idColumn + 1);
    });

    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf", "--jabatan", "KADIS"], dir);
    expect(ran.code).toBe(0);
    const book = await readBook(xlsx);
    expect(listedSheets(book).map((ws) => ws.name)).toEqual([kadis.name, "2027 REKAP", "2027 BUKTI", ...ALL_CATALOG_SHEETS]);
    expect(book.getWorksheet(kadis.name)!.getCell(target.row, target.col).value).toBe(64);
  }, 30_000);

  test("triwulan punya nama berkas sendiri dan tidak menimpa buku kerja tahunan", async () => {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const tahunan = readFileSync(join(dir, "IKI-2027.xlsx"));
    const ran = await runCli(["--tahun", "2027", "--periode", "triwulan", "--tanpa-pdf"], dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout[0]).toContain(`Ditulis: ${join(dir, "IKI-2027-triwulan.xlsx")} (13 lembar, triwulan, `);
    expect(readFileSync(join(dir, "IKI-2027.xlsx")).equals(tahunan)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["IKI-2027-triwulan.xlsx", "IKI-2027.xlsx"]);
  }, 30_000);
});

describe("buku kerja yang tidak boleh diganti: ditolak, tidak ada yang ditulis", () => {
  async function refused(setup: (dir: string, xlsx: string) => void, message: RegExp): Promise<void> {
    const dir = folder();
    expect((await runCli(["--tahun", "2027", "--tanpa-pdf"], dir)).code).toBe(0);
    const xlsx = join(dir, "IKI-2027.xlsx");
    setup(dir, xlsx);
    const files = readdirSync(dir).sort();
    const bytes = readFileSync(xlsx);
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    chmodSync(xlsx, 0o644);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toEqual([]);
    expect(ran.stderr).toHaveLength(1);
    expect(ran.stderr[0]).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(readFileSync(xlsx).equals(bytes)).toBe(true);
  }

  test("hanya-baca (chmod 444; root pun ditolak)", async () => {
    await refused((_, xlsx) => chmodSync(xlsx, 0o444), /^Galat: \S*IKI-2027\.xlsx hanya-baca/);
  }, 30_000);

  test("sedang dibuka di LibreOffice (berkas kunci .~lock.IKI-2027.xlsx#)", async () => {
    await refused(
      (dir) => writeFileSync(join(dir, ".~lock.IKI-2027.xlsx#"), "Pengguna,host,,01.01.2027 10:00,\n"),
      /^Galat: \S*IKI-2027\.xlsx sedang dibuka di LibreOffice.*tutup dulu/,
    );
  }, 30_000);

  test("sedang dibuka di Excel (berkas pemilik ~$IKI-2027.xlsx)", async () => {
    await refused(
      (dir) => writeFileSync(join(dir, "~$IKI-2027.xlsx"), "x"),
      /^Galat: \S*IKI-2027\.xlsx sedang dibuka di Excel.*tutup dulu/,
    );
  }, 30_000);

  test("bukan buku kerja yang dapat dibaca", async () => {
    await refused((_, xlsx) => writeFileSync(xlsx, "bukan xlsx"), /^Galat: \S*IKI-2027\.xlsx tidak dapat dibaca sebagai buku kerja/);
  }, 30_000);

  test("sebuah folder bernama IKI-2027.xlsx", async () => {
    const dir = folder();
    mkdirSync(join(dir, "IKI-2027.xlsx"));
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toEqual([expect.stringMatching(/^Galat: \S*IKI-2027\.xlsx adalah folder/)]);
    expect(readdirSync(dir)).toEqual(["IKI-2027.xlsx"]);
  }, 30_000);
});

describe("PDF lama tidak pernah tertinggal tanpa cocok", () => {
  const stalePdf = (dir: string) => {
    writeFileSync(join(dir, "IKI-2027.pdf"), "%PDF-1.4 lama");
    return join(dir, "IKI-2027.pdf");
  };

  test("--tanpa-pdf menghapus PDF lama dan mengatakannya", async () => {
    const dir = folder();
    const pdf = stalePdf(dir);
    const ran = await runCli(["--tahun", "2027", "--tanpa-pdf"], dir);
    expect(ran.code).toBe(0);
    expect(existsSync(pdf)).toBe(false);
    expect(ran.stdout).toContain(`PDF lama dihapus karena tidak lagi sesuai dengan buku kerja: ${pdf}`);
  }, 30_000);

  test("tanpa LibreOffice: PDF lama dihapus juga", async () => {
    const dir = folder();
    const pdf = stalePdf(dir);
    const ran = await runCli(["--tahun", "2027"], dir, { soffice: null });
    expect(ran.code).toBe(0);
    expect(existsSync(pdf)).toBe(false);
    expect(ran.stdout.join("\n")).toContain("PDF lama dihapus");
  }, 30_000);

  test("langkah PDF gagal: peringatan berbahasa Indonesia, PDF lama dihapus", async () => {
    const dir = folder();
    const pdf = stalePdf(dir);
    const ran = await runCli(["--tahun", "2027"], dir, { soffice: fakeSoffice(join(root, "bin"), "fails") });
    expect(ran.code).toBe(0);
    expect(existsSync(pdf)).toBe(false);
    expect(ran.stderr).toEqual([
      `Peringatan: PDF tidak dibuat: LibreOffice berhenti dengan galat (kode 1). PDF lama dihapus karena tidak lagi sesuai dengan buku kerja: ${pdf}`,
    ]);
  }, 30_000);

  test("folder bernama IKI-2027.pdf menghalangi: peringatan berbahasa Indonesia, folder itu tidak disentuh", async () => {
    const dir = folder();
    mkdirSync(join(dir, "IKI-2027.pdf"));
    writeFileSync(join(dir, "IKI-2027.pdf", "isi.txt"), "punya pengguna");
    const ran = await runCli(["--tahun", "2027"], dir, { soffice: fakeSoffice(join(root, "bin"), "ok") });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toEqual([`Peringatan: PDF tidak dibuat: sudah ada folder dengan nama ${join(dir, "IKI-2027.pdf")}`]);
    expect(readFileSync(join(dir, "IKI-2027.pdf", "isi.txt"), "utf8")).toBe("punya pengguna");
  }, 30_000);

  test("PDF dibuat bernama sama dengan buku kerjanya (triwulan: IKI-2027-triwulan.pdf)", async () => {
    const dir = folder();
    const ran = await runCli(["--tahun", "2027", "--periode", "triwulan"], dir, { soffice: fakeSoffice(join(root, "bin"), "ok") });
    expect(ran.code).toBe(0);
    expect(ran.stdout.join("\n")).toContain(`Ditulis: ${join(dir, "IKI-2027-triwulan.pdf")} (LibreOffice, `);
    expect(readFileSync(join(dir, "IKI-2027-triwulan.pdf"), "utf8")).toContain("%PDF-1.4 palsu");
  }, 30_000);
});
