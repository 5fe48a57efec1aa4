/**
 * checkCatalog and createCatalog on the SpreadsheetApp fake: first use from the example
 * or empty, problems with links that open their cells, a deleted sheet said (never the
 * built-in example in its place), refusal to overwrite, the lock, bad requests.
 */

import { readSheetCatalog } from "../../src/adapters/sheets/catalog";
import { EXAMPLE_CATALOG } from "../../src/core/catalog/example";
import { QUOTE_MAX } from "../../src/core/quote";
import { checkCatalog, createCatalog } from "../../src/server/catalog";
import { usableCatalog } from "../../src/server/catalog-info";
import type { CatalogInfo, ServerResponse } from "../../src/shared/api";
import { createFakeSpreadsheetApp, deleteSheet, FAKE_SPREADSHEET_URL, type FakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";

const JUNE_2027 = new Date("2027-06-01T00:00:00Z");

function ok(response: ServerResponse<CatalogInfo>): CatalogInfo {
  if (!response.ok) throw new Error(response.error);
  return response.data;
}

function error(response: ServerResponse<CatalogInfo>): string {
  if (response.ok) throw new Error("expected a refusal");
  return response.error;
}

const gid = (fake: FakeSpreadsheetApp, name: string) => `${FAKE_SPREADSHEET_URL}#gid=${fake.spreadsheet.sheet(name)!.id}`;

function withExample(): FakeSpreadsheetApp {
  const fake = createFakeSpreadsheetApp();
  ok(createCatalog({ isi: "contoh" }, fake.services(), JUNE_2027));
  return fake;
}

describe("checkCatalog", () => {
  it("first use: no sheet, nothing to link, the three missing sheets said, no call but the lookups", () => {
    const fake = createFakeSpreadsheetApp();
    const info = ok(checkCatalog(fake.services()));
    expect(info).toMatchObject({ ada: false, url: "", jabatan: 0, indikator: 0 });
    expect(info.masalah.map((m) => [m.cell, m.url])).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(info.masalah.map((m) => m.message.slice(0, 20))).toEqual([
      "Lembar KATALOG (daft",
      "Lembar JABATAN (daft",
      "Lembar PENGATURAN (i",
    ]);
    // KATALOG, JABATAN, PENGATURAN and the optional PROGRAM.
    expect(fake.log.calls.map((c) => c.method)).toEqual(["getSheetByName", "getSheetByName", "getSheetByName", "getSheetByName"]);
  });

  it("the example: 7 jabatan, 22 indicators, no problem, a link to KATALOG", () => {
    const fake = withExample();
    fake.log.clear();
    expect(ok(checkCatalog(fake.services()))).toEqual({ ada: true, url: gid(fake, "KATALOG"), jabatan: 7, indikator: 22, masalah: [] });
    expect(fake.log.count("write")).toBe(0);
    // 4 lookups, getDataRange and getValues per sheet (PROGRAM too), the address for the links.
    expect(fake.log.count("read")).toBe(13);
  });

  it("every problem, in sheet order, with a link that opens its cell; the counts are the rows as typed", () => {
    const fake = withExample();
    fake.user.type("KATALOG", "I2", "persen");
    fake.user.type("KATALOG", "A5", "KABID ENTAH");
    fake.user.type("PENGATURAN", "B8", "123");
    // A blank ID too: nothing is created from a catalog with problems, so it stays blank.
    const idg = fake.user.find("KATALOG", "kadis.idg")!;
    fake.user.type("KATALOG", idg.a1, "");
    fake.log.clear();
    const info = ok(checkCatalog(fake.services()));
    expect(info.ada).toBe(true);
    expect(info.masalah.map((m) => [m.cell, m.url])).toEqual([
      ["KATALOG!I2", `${gid(fake, "KATALOG")}&range=I2`],
      ["KATALOG!A5", `${gid(fake, "KATALOG")}&range=A5`],
      ["PENGATURAN!B8", `${gid(fake, "PENGATURAN")}&range=B8`],
    ]);
    expect(info.masalah[0]!.message).toContain('"persen"');
    expect([info.jabatan, info.indikator]).toEqual([7, 22]);
    expect(fake.log.count("write")).toBe(0);
    expect(fake.user.cell("KATALOG", idg.a1).value).toBe("");
  });

  it("a catalog sheet deleted mid-year: ada false, said without a link, and no jabatan from the built-in example", () => {
    const fake = withExample();
    deleteSheet(fake, "JABATAN");
    const info = ok(checkCatalog(fake.services()));
    expect(info.ada).toBe(false);
    expect(info.url).toBe(gid(fake, "KATALOG"));
    expect(info.masalah[0]).toEqual({ cell: "", message: expect.stringContaining("Lembar JABATAN"), url: "" });
    expect(info.jabatan).toBe(0);
  });

  it("fills a blank ID once", () => {
    const fake = withExample();
    const hit = fake.user.find("KATALOG", "kadis.idg")!;
    fake.user.type("KATALOG", hit.a1, "");
    ok(checkCatalog(fake.services()));
    const id = fake.user.cell("KATALOG", hit.a1).value;
    expect(id).toBe("kadis.indeks-pemberdayaan-gender-idg");
    fake.log.clear();
    ok(checkCatalog(fake.services()));
    expect(fake.log.count("write")).toBe(0);
    expect(fake.user.cell("KATALOG", hit.a1).value).toBe(id);
  });

  it("an unexpected failure is answered in Indonesian, cut short", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const fake = createFakeSpreadsheetApp();
    const services = {
      ...fake.services(),
      spreadsheet: {
        ...fake.spreadsheet,
        getSheetByName: () => {
          throw new Error("x".repeat(500));
        },
      },
    };
    const message = error(checkCatalog(services as never));
    expect(message).toMatch(/^Katalog tidak dapat diperiksa: x+…\. Coba lagi\.$/);
    expect(message.length).toBeLessThan(300);
    spy.mockRestore();
  });
});

describe("createCatalog", () => {
  it("contoh: writes the three sheets under the lock and answers what checkCatalog then reads", () => {
    const fake = createFakeSpreadsheetApp();
    const info = ok(createCatalog({ isi: "contoh" }, fake.services(), JUNE_2027));
    expect(info).toEqual({ ada: true, url: gid(fake, "KATALOG"), jabatan: 7, indikator: 22, masalah: [] });
    expect(ok(checkCatalog(fake.services()))).toEqual(info);
    expect(fake.log.calls[0]?.method).toBe("tryLock");
    expect(fake.log.calls.filter((c) => c.kind === "lock").map((c) => c.method)).toEqual(["tryLock", "releaseLock"]);
    expect(fake.lock.held).toBe(false);
  });

  it("Target columns: this year in Jakarta and the four after", () => {
    const fake = createFakeSpreadsheetApp();
    // 31 December 18:00 UTC is already 2027 in Jakarta.
    ok(createCatalog({ isi: "contoh" }, fake.services(), new Date("2026-12-31T18:00:00Z")));
    const targets = [...fake.user.contents("KATALOG").values()].filter((v) => typeof v === "string" && v.startsWith("Target "));
    expect(targets).toEqual(["Target 2027", "Target 2028", "Target 2029", "Target 2030", "Target 2031"]);
  });

  it("kosong: empty sheets; the blank required settings are the to-do list, each with its link", () => {
    const fake = createFakeSpreadsheetApp();
    const info = ok(createCatalog({ isi: "kosong" }, fake.services(), JUNE_2027));
    expect(info).toMatchObject({ ada: true, url: gid(fake, "KATALOG"), jabatan: 0, indikator: 0 });
    expect(info.masalah[0]).toEqual({
      cell: "JABATAN!A2",
      message: expect.stringContaining("Belum ada jabatan"),
      url: `${gid(fake, "JABATAN")}&range=A2`,
    });
    expect(info.masalah.slice(1).map((m) => m.url)).toEqual(
      ["B2", "B3", "B4", "B6", "B7", "B8"].map((c) => `${gid(fake, "PENGATURAN")}&range=${c}`),
    );
    expect(ok(checkCatalog(fake.services()))).toEqual(info);
    expect(fake.user.find("KATALOG", "kadis.pmks-terpulihkan")).toBeUndefined();
  });

  it("refuses to overwrite an existing KATALOG, in Indonesian, writing nothing", () => {
    const fake = withExample();
    fake.user.type("KATALOG", "B2", "sasaran saya");
    fake.log.clear();
    const message = error(createCatalog({ isi: "kosong" }, fake.services(), JUNE_2027));
    expect(message).toMatch(/^Katalog tidak dibuat: lembar KATALOG sudah ada dan tidak akan ditimpa\./);
    expect(fake.log.count("write")).toBe(0);
    expect(fake.user.cell("KATALOG", "B2").value).toBe("sasaran saya");
    expect(fake.lock.held).toBe(false);
  });

  it("with KATALOG there but JABATAN gone, the refusal says to bring JABATAN back", () => {
    const fake = withExample();
    deleteSheet(fake, "JABATAN");
    expect(error(createCatalog({ isi: "contoh" }, fake.services(), JUNE_2027))).toContain(
      "Lembar JABATAN tidak ada: kembalikan namanya bila diganti.",
    );
    expect(fake.spreadsheet.names()).toEqual(["KATALOG", "PENGATURAN", "PROGRAM"]);
  });

  it("recreates the three sheets once KATALOG is gone, the leftovers kept as '(lama)'", () => {
    const fake = withExample();
    fake.user.type("JABATAN", "B2", "nama saya");
    deleteSheet(fake, "KATALOG");
    expect(ok(checkCatalog(fake.services())).ada).toBe(false);
    expect(ok(createCatalog({ isi: "contoh" }, fake.services(), JUNE_2027)).masalah).toEqual([]);
    expect(fake.spreadsheet.names()).toEqual([
      "JABATAN (lama)",
      "PENGATURAN (lama)",
      "PROGRAM (lama)",
      "KATALOG",
      "JABATAN",
      "PENGATURAN",
      "PROGRAM",
    ]);
    expect(fake.user.cell("JABATAN (lama)", "B2").value).toBe("nama saya");
    expect(fake.user.cell("JABATAN", "B2").value).toBe(EXAMPLE_CATALOG.jabatan[0]!.nama);
  });

  it("another editor holding the lock: told to wait, nothing written", () => {
    const fake = createFakeSpreadsheetApp();
    fake.lockHeldElsewhere = true;
    expect(error(createCatalog({ isi: "contoh" }, fake.services(), JUNE_2027))).toMatch(/editor lain/);
    expect(fake.log.count("write", "read")).toBe(0);
    expect(fake.log.calls.map((c) => c.method)).toEqual(["tryLock"]);
  });

  it("a failure while writing: Indonesian, the lock released", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const fake = createFakeSpreadsheetApp();
    const services = fake.services();
    const real = services.spreadsheet;
    const failing = {
      getUrl: () => real.getUrl(),
      getSheetByName: (n: string) => real.getSheetByName(n),
      getSheets: () => real.getSheets(),
      insertSheet: () => {
        throw new Error("kuota habis");
      },
    };
    const message = error(createCatalog({ isi: "contoh" }, { ...services, spreadsheet: failing }, JUNE_2027));
    expect(message).toBe("Katalog gagal dibuat: kuota habis. Lembar yang sudah ada tidak diubah; periksa katalog lalu coba lagi.");
    expect(fake.lock.held).toBe(false);
    spy.mockRestore();
  });

  it.each([
    [undefined, "permintaan harus berupa objek { isi } (yang dikirim: kosong)"],
    [{}, 'isi harus "contoh" (katalog contoh bawaan) atau "kosong" (katalog kosong untuk OPD lain) (yang dikirim: kosong)'],
    [
      { isi: "sampang" },
      'isi harus "contoh" (katalog contoh bawaan) atau "kosong" (katalog kosong untuk OPD lain) (yang dikirim: "sampang")',
    ],
  ])("refuses the request %j in Indonesian, before touching the spreadsheet", (request, sentence) => {
    const fake = createFakeSpreadsheetApp();
    expect(error(createCatalog(request, fake.services(), JUNE_2027))).toBe(`Permintaan katalog tidak sah: ${sentence}.`);
    expect(fake.log.calls).toEqual([]);
  });

  it("quotes at most 80 characters of what was sent", () => {
    const fake = createFakeSpreadsheetApp();
    const message = error(createCatalog({ isi: "k".repeat(5000) }, fake.services(), JUNE_2027));
    const quoted = /\(yang dikirim: "(k+…)"\)/.exec(message)?.[1];
    expect(quoted?.length).toBe(QUOTE_MAX + 1);
  });
});

describe("usableCatalog (for the calls that build from the catalog)", () => {
  it("hands over the catalog read when it has no problem", () => {
    expect(usableCatalog(readSheetCatalog(withExample().services()))).toEqual({ ok: true, catalog: EXAMPLE_CATALOG });
  });

  it("no KATALOG: says where to create it, never the built-in example", () => {
    const fake = createFakeSpreadsheetApp();
    expect(usableCatalog(readSheetCatalog(fake.services()))).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Katalog belum ada di spreadsheet ini \(lembar KATALOG tidak ada\)\. Buat dulu lewat bagian Katalog di sidebar/,
      ),
    });
  });

  it("problems: the first three with their cells, the rest counted", () => {
    const fake = withExample();
    for (const row of [2, 3, 4, 5, 6]) fake.user.type("KATALOG", `I${row}`, "persen");
    const answer = usableCatalog(readSheetCatalog(fake.services()));
    expect(answer.ok).toBe(false);
    const error = answer.ok ? "" : answer.error;
    expect(error).toMatch(
      /^Katalog punya 5 masalah, jadi belum ada lembar yang dibuat\. KATALOG!I2: .* KATALOG!I3: .* KATALOG!I4: .* \(dan 2 masalah lain\) Perbaiki, lalu tekan Periksa katalog/,
    );
    expect(error).not.toContain("KATALOG!I5");
  });

  it("a missing JABATAN is a problem like any other", () => {
    const fake = withExample();
    deleteSheet(fake, "JABATAN");
    const answer = usableCatalog(readSheetCatalog(fake.services()));
    expect(!answer.ok && answer.error).toMatch(/^Katalog punya 1 masalah, jadi belum ada lembar yang dibuat\. Lembar JABATAN/);
  });
});
