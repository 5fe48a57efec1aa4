/**
 * The Perjanjian Kinerja's server calls on the SpreadsheetApp fake (src/server/pk.ts): made from the
 * catalog in the spreadsheet, a draft's blanks linked to their cells, updated after a catalog edit with
 * what a person typed kept, locked for good (not warning-only, no editor but the owner), and never
 * changed again once locked.
 */
import { LOCK_KEY } from "../../src/adapters/sheets/ownership";
import { LOCKED_DESCRIPTION } from "../../src/adapters/sheets/pk";
import { EXAMPLE_CATALOG } from "../../src/core/catalog";
import { DOTS } from "../../src/core/pk/look";
import { createPerjanjianKinerja, lockPerjanjianKinerja } from "../../src/server/pk";
import type { PkLockResult, PkResult, ServerResponse } from "../../src/shared/api";
import { fakeWithCatalog } from "../support/catalog-fake";
import { deleteColumns, deleteSheet, FAKE_SPREADSHEET_URL } from "../support/fakes/spreadsheet-app";
import { CATALOG_LAIN } from "../support/fixtures/catalog-lain";

function ok<T>(response: ServerResponse<T>): T {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

const KODES = EXAMPLE_CATALOG.jabatan.map((j) => j.kode);
const NOW = new Date("2027-01-20T03:00:00Z");

/** Every non-blank value on a sheet, by cell. */
const contents = (fake: ReturnType<typeof fakeWithCatalog>, name: string) => fake.user.contents(name);

/** Fills the official of a jabatan in JABATAN, as the secretariat types it. */
function fillOfficial(fake: ReturnType<typeof fakeWithCatalog>, row: number): void {
  fake.user.type("JABATAN", `E${row}`, "Drs. ACHMAD RIFAI, M.Si.");
  fake.user.type("JABATAN", `F${row}`, "Pembina");
  fake.user.type("JABATAN", `G${row}`, "19750101 200003 1 004");
}

describe("createPerjanjianKinerja", () => {
  test("the example: one PK sheet per jabatan, made; the draft's blanks each once, linked to their cell", () => {
    const fake = fakeWithCatalog();
    const result = ok(createPerjanjianKinerja({ tahun: 2027 }, fake.services()));
    expect(result.lembar.map((l) => [l.name, l.status])).toEqual(KODES.map((k) => [`PK 2027 ${k}`, "dibuat"]));
    for (const l of result.lembar) expect(l.url).toBe(`${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet(l.name)!.id}`);
    expect(result.belumDiisi).toHaveLength(19);
    const jabatan = fake.spreadsheet.sheet("JABATAN")!.id;
    expect(result.belumDiisi).toContainEqual({
      label: "Nama Pejabat KABID REHSOS",
      cell: "JABATAN!E5",
      url: `${FAKE_SPREADSHEET_URL}#gid=${jabatan}&range=E5`,
    });
    expect(result.belumDiisi.map((m) => m.label)).toContain("Nama kepala daerah");
    expect(result.message).toMatch(/^Perjanjian Kinerja: 7 dibuat\. Konsep: 19 isian belum ada di katalog/);
    expect([...contents(fake, "PK 2027 KABID REHSOS").values()]).toContain(`${DOTS} (isi JABATAN!E5)`);
    // Warning-only until locked: every cell warns.
    expect(fake.user.protection("PK 2027 KABID REHSOS", "A1")).toBe("warning-only");
  });

  test("after a catalog edit the PK follows it; what a person typed on the sheet is kept; another OPD's three levels", () => {
    const fake = fakeWithCatalog(CATALOG_LAIN);
    ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KASI GIZI 2"] }, fake.services()));
    // A note typed beside the form, then the official of KABID P2P (pihak kedua of KASI GIZI 2) replaced.
    fake.user.type("PK 2027 KASI GIZI 2", "H2", "diparaf 12/1");
    const before = contents(fake, "PK 2027 KASI GIZI 2");
    fake.user.type("JABATAN", "E4", "dr. BARU SEKALI");
    const again = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KASI GIZI 2"] }, fake.services()));
    expect(again.lembar.map((l) => l.status)).toEqual(["diperbarui"]);
    const after = contents(fake, "PK 2027 KASI GIZI 2");
    const values = [...after.values()];
    expect(values).toContain("dr. BARU SEKALI");
    expect(values).not.toContain("NURUL HIDAYATI, S.K.M.");
    expect(values).toContain("diparaf 12/1");
    // Nothing else of the old sheet went missing: every old value is still there, or was the old official's.
    const lost = [...before.values()].filter((v) => !values.includes(v) && !String(v).includes("NURUL HIDAYATI"));
    expect(lost).toEqual([]);
    expect(again.lembarLama).toEqual([]);
  });

  test("a user's own sheet with a PK's name is renamed '(lama)', untouched; a fresh PK takes the name", () => {
    const fake = fakeWithCatalog();
    fake.user.insertSheet("PK 2027 KADIS");
    fake.user.type("PK 2027 KADIS", "A1", "draf PK saya");
    const result = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KADIS"] }, fake.services()));
    expect(result.lembarLama.map((r) => [r.semula, r.menjadi])).toEqual([["PK 2027 KADIS", "PK 2027 KADIS (lama)"]]);
    expect(fake.user.contents("PK 2027 KADIS (lama)")).toEqual(new Map([["A1", "draf PK saya"]]));
    expect(result.lembar[0]?.status).toBe("dibuat");
  });

  test("another editor holding the lock: told to wait, nothing read or written (two presses never both complete the catalog)", () => {
    const fake = fakeWithCatalog();
    fake.lockHeldElsewhere = true;
    for (const answer of [
      createPerjanjianKinerja({ tahun: 2027 }, fake.services()),
      lockPerjanjianKinerja({ tahun: 2027 }, fake.services(), NOW),
    ]) {
      expect(answer).toEqual({ ok: false, error: expect.stringContaining("sedang dibuat atau dikunci oleh editor lain") });
    }
    expect(fake.log.count("write", "read")).toBe(0);
    expect(fake.lock.held).toBe(false);
  });

  test("refused: a catalog whose Atasan is not filled in; an unknown kode; a year out of range", () => {
    const old = { ...CATALOG_LAIN, jabatan: CATALOG_LAIN.jabatan.map(({ atasan: _, ...j }) => j) };
    const fake = fakeWithCatalog(old);
    const refused = createPerjanjianKinerja({ tahun: 2027 }, fake.services());
    expect(refused).toEqual({ ok: false, error: expect.stringContaining("Atasan KADINKES belum diisi di lembar JABATAN (kolom Atasan)") });
    expect(fake.spreadsheet.names().some((n) => n.startsWith("PK "))).toBe(false);
    const unknown = createPerjanjianKinerja({ tahun: 2027, jabatan: ["KEPALA"] }, fakeWithCatalog().services());
    expect(unknown.ok).toBe(false);
    expect(createPerjanjianKinerja({ tahun: 1800 }, fakeWithCatalog().services()).ok).toBe(false);
  });
});

describe("a catalog written before the PK (no Status Pejabat, Atasan, kepala daerah rows, PROGRAM)", () => {
  function older() {
    const fake = fakeWithCatalog();
    deleteColumns(fake, "JABATAN", 8, 3); // Status Pejabat (H), Atasan (I), Email Pengisi (J)
    for (const row of [12, 13, 14, 15]) for (const col of ["A", "B", "C"]) fake.user.type("PENGATURAN", `${col}${row}`, "");
    deleteSheet(fake, "PROGRAM");
    return fake;
  }

  test("the PK call adds them at the end of what the user has, then asks for Atasan; once filled, the PKs are made and nothing is added again", () => {
    const fake = older();
    fake.user.type("JABATAN", "H1", "Catatan saya");
    const refused = createPerjanjianKinerja({ tahun: 2027 }, fake.services());
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toBe(
      "Katalog dilengkapi: kolom Status Pejabat, Atasan, Email Pengisi di JABATAN; baris Jabatan kepala daerah, Nama kepala daerah, Naskah Perjanjian Kinerja, Email pengelola di PENGATURAN; lembar PROGRAM ditambahkan. " +
        "Atasan KADIS belum diisi di lembar JABATAN (kolom Atasan): isi kode jabatan atasan langsung setiap jabatan, kosong hanya untuk kepala instansi, lalu buat Perjanjian Kinerja lagi.",
    );
    // After the user's own column, never over it.
    expect(["H1", "I1", "J1", "K1"].map((a1) => fake.user.cell("JABATAN", a1).value)).toEqual([
      "Catatan saya",
      "Status Pejabat",
      "Atasan",
      "Email Pengisi",
    ]);
    expect(fake.user.cell("JABATAN", "J1").note).toContain("atasan langsung");
    expect(["A12", "A13", "A14", "A15"].map((a1) => fake.user.cell("PENGATURAN", a1).value)).toEqual([
      "Jabatan kepala daerah",
      "Nama kepala daerah",
      "Naskah Perjanjian Kinerja",
      "Email pengelola",
    ]);
    expect(fake.user.cell("PROGRAM", "B1").value).toBe("Program / Kegiatan / Sub Kegiatan");

    // The secretariat fills Atasan as the example has it.
    EXAMPLE_CATALOG.jabatan.forEach((j, i) => {
      if (j.atasan) fake.user.type("JABATAN", `J${i + 2}`, j.atasan);
    });
    const made = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KASUBAG UMUM"] }, fake.services()));
    expect(made.message).not.toContain("dilengkapi");
    expect(made.lembar.map((l) => l.status)).toEqual(["dibuat"]);
    expect([...contents(fake, "PK 2027 KASUBAG UMUM").values()]).toContain(`: ${EXAMPLE_CATALOG.jabatan[1]!.nama}`);
  });
});

describe("lockPerjanjianKinerja", () => {
  /** The example with KABID REHSOS's official filled in, its PK and KADIS's made. */
  function made() {
    const fake = fakeWithCatalog();
    fillOfficial(fake, 5);
    ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KADIS", "KABID REHSOS"] }, fake.services()));
    return fake;
  }

  test("a complete PK is locked for good: not warning-only, no editor, no domain edit, the lock recorded; a draft is refused with its cells; one not made is said", () => {
    const fake = made();
    const result: PkLockResult = ok(
      lockPerjanjianKinerja({ tahun: 2027, jabatan: ["KADIS", "KABID REHSOS", "SEKRETARIS"] }, fake.services(), NOW),
    );
    expect(result.dikunci.map((s) => s.name)).toEqual(["PK 2027 KABID REHSOS"]);
    expect(result.belumDibuat).toEqual(["SEKRETARIS"]);
    expect(result.belumDiisi.map((m) => [m.label, m.cell])).toEqual([["Nama kepala daerah", expect.stringMatching(/^PENGATURAN!B\d+$/)]]);
    expect(result.message).toContain("1 dikunci");
    expect(result.message).toContain("belum dikunci karena masih konsep (PK 2027 KADIS)");
    const sheet = fake.spreadsheet.sheet("PK 2027 KABID REHSOS")!;
    const [protection] = sheet.protections.filter((p) => p.type === "SHEET");
    expect(protection).toMatchObject({ warningOnly: false, editors: [], domainEdit: false, description: LOCKED_DESCRIPTION });
    expect(fake.user.protection("PK 2027 KABID REHSOS", "A1")).toBe("protected");
    expect(sheet.metadata.filter((m) => m.getKey() === LOCK_KEY).map((m) => m.getValue())).toEqual([NOW.toISOString()]);
    // The draft stays warning-only.
    expect(fake.user.protection("PK 2027 KADIS", "A1")).toBe("warning-only");
  });

  test("a locked PK is never changed by a later press, even after a catalog edit; the answer says it is locked; locking again says so", () => {
    const fake = made();
    ok(lockPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"] }, fake.services(), NOW));
    const before = contents(fake, "PK 2027 KABID REHSOS");
    fake.user.type("JABATAN", "E5", "NAMA LAIN SESUDAH TANDA TANGAN");
    fake.log.clear();
    const again = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"] }, fake.services()));
    expect(again.lembar.map((l) => [l.name, l.status])).toEqual([["PK 2027 KABID REHSOS", "terkunci"]]);
    expect(again.message).toContain("1 terkunci, tidak diubah");
    expect(contents(fake, "PK 2027 KABID REHSOS")).toEqual(before);
    expect(fake.log.calls.filter((c) => c.kind === "write" && c.sheet === "PK 2027 KABID REHSOS")).toEqual([]);
    const relock = ok(lockPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"] }, fake.services(), NOW));
    expect(relock.sudahTerkunci.map((s) => s.name)).toEqual(["PK 2027 KABID REHSOS"]);
    expect(relock.dikunci).toEqual([]);
  });

  test("PK Perubahan is a sheet of its own: made and locked beside the locked PK murni", () => {
    const fake = made();
    ok(lockPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"] }, fake.services(), NOW));
    const revision: PkResult = ok(createPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"], perubahan: true }, fake.services()));
    expect(revision.lembar.map((l) => [l.name, l.status])).toEqual([["PK Perubahan 2027 KABID REHSOS", "dibuat"]]);
    expect([...contents(fake, "PK Perubahan 2027 KABID REHSOS").values()]).toContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2027");
    const locked = ok(lockPerjanjianKinerja({ tahun: 2027, jabatan: ["KABID REHSOS"], perubahan: true }, fake.services(), NOW));
    expect(locked.dikunci.map((s) => s.name)).toEqual(["PK Perubahan 2027 KABID REHSOS"]);
  });
});
