import type { Page } from "playwright-core";
import type { PkRequest, PkResult } from "../../src/shared/api";
import { choosePk, gid, linksOf, missing, pkAnswer, SHEET } from "./pk-stubs";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * README "The sidebar": the Perjanjian Kinerja section — year, jabatan, PK murni / PK Perubahan;
 * "Buat PK" makes one createPerjanjianKinerja call per chosen jabatan with "n / N",
 * keeps going past a failed one, and lists the sheets, renamed sheets and the draft's blank fields.
 */

const browser = useBrowser();

const progress = (page: Page) => page.locator("#pk-progres").textContent();

/** Each call held until the test answers it. */
function heldCalls() {
  const holds: ReturnType<typeof deferred<Reply>>[] = [];
  return {
    handler: () => {
      const hold = deferred<Reply>();
      holds.push(hold);
      return hold.promise;
    },
    answer: (i: number, reply: Reply) => holds[i]!.resolve(reply),
  };
}

describe("sidebar: Perjanjian Kinerja, the form", () => {
  it("comes last, with its year list (no IKI marks), every jabatan ticked, PK murni, four buttons and no question open", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()) });
    try {
      await expect(page.locator("#app > section").evaluateAll((s) => s.map((e) => e.id))).resolves.toEqual([
        "katalog",
        "siapkan",
        "ekspor",
        "pk",
      ]);
      const section = page.locator("#pk");
      await expect(section.locator("h2").innerText()).resolves.toBe("Perjanjian Kinerja");
      await expect(section.getByLabel("Tahun", { exact: true }).inputValue()).resolves.toBe("2026");
      // "(sudah ada)" is about the IKI sheets (2025 has them); the PK's list does not say it.
      await expect(page.locator("#pk-tahun option").allTextContents()).resolves.toEqual(["2025", "2026", "2027", "2028"]);
      await expect(section.locator("input[type=checkbox]:checked").count()).resolves.toBe(8);
      await expect(section.getByRole("radio", { name: "PK murni" }).isChecked()).resolves.toBe(true);
      await expect(section.getByRole("radio", { name: "PK Perubahan" }).isChecked()).resolves.toBe(false);
      await expect(section.getByRole("button").allInnerTexts()).resolves.toEqual([
        "Buat PK",
        "Kunci PK",
        "PDF per jabatan",
        "PDF gabungan",
      ]);
      for (const b of await section.getByRole("button").all()) await expect(b.isEnabled()).resolves.toBe(true);
      await expect(page.locator("#pk-konfirmasi").isHidden()).resolves.toBe(true);
      await expect(page.locator("#pk-alasan").isHidden()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("no jabatan ticked: says so, calls nothing", async () => {
    const { page, stub, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()) });
    try {
      await choosePk(page, []);
      for (const b of ["#pk-tombol", "#pk-kunci", "#pk-pdf"]) {
        await page.locator(b).click();
        await expect(page.locator("#pk-galat").innerText()).resolves.toBe("Pilih minimal satu jabatan.");
      }
      await expect(page.locator("#pk-konfirmasi").isHidden()).resolves.toBe(true);
      expect(stub.calls.map((c) => c.name)).toEqual(["getSidebarData"]);
    } finally {
      await close();
    }
  });
});

describe("sidebar: Buat PK", () => {
  it("3 jabatan: 3 calls in order with 'n / 3', buttons off; then the sheets with links and badges, renamed sheets, blank fields", async () => {
    const held = heldCalls();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      createPerjanjianKinerja: held.handler,
    });
    try {
      const kodes = ["KADIS", "SEKRETARIS", "KASUBAG UMUM"];
      // Ticked out of order: the calls still follow the catalog's.
      await choosePk(page, [kodes[2]!, kodes[0]!, kodes[1]!]);
      const section = page.locator("#pk");
      await section.getByLabel("Tahun", { exact: true }).selectOption("2027");
      await section.getByRole("radio", { name: "PK Perubahan" }).check();
      await page.locator("#pk-tombol").click();

      const nama = missing("JABATAN!E3", "Nama Pejabat SEKRETARIS");
      const extra: Partial<PkResult>[] = [
        {
          belumDiisi: [missing("PENGATURAN!B13", "Nama kepala daerah")],
          lembarLama: [{ semula: "PK Perubahan 2027 KADIS", menjadi: "PK Perubahan 2027 KADIS (lama)", url: `${SHEET}#gid=9` }],
        },
        { belumDiisi: [nama, missing("JABATAN!G3", "NIP Pejabat SEKRETARIS")] },
        // Pihak kedua of the Kasubag is the Sekretaris: the same blank again, listed once.
        { belumDiisi: [nama], lembar: [{ name: "PK Perubahan 2027 KASUBAG UMUM", kode: kodes[2]!, url: "#gid=77", status: "terkunci" }] },
      ];
      for (const [i, kode] of kodes.entries()) {
        const calls = await stub.waitForCalls("createPerjanjianKinerja", i + 1);
        expect(calls).toHaveLength(i + 1); // one at a time: the next waits for this answer
        expect(calls[i]).toEqual([{ tahun: 2027, jabatan: [kode], perubahan: true }]);
        await expect(progress(page)).resolves.toBe(`Membuat PK ${i + 1} / 3: ${kode}…`);
        for (const b of ["#pk-tombol", "#pk-kunci", "#pk-pdf", "#pk-pdf-gabungan", "#siapkan-tombol", "#ekspor-tombol"]) {
          await expect(page.locator(b).isDisabled()).resolves.toBe(true);
        }
        held.answer(i, ok({ ...pkAnswer(calls[i]![0], extra[i]), ...(i === 1 && { lembar: [pkSheet(calls[i]![0], "diperbarui")] }) }));
      }

      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
      await expect(progress(page)).resolves.toBe("Selesai: 3 PK siap.");
      await expect(page.locator("#pk-hasil .result-message").textContent()).resolves.toBe(
        "PK Perubahan 2027: 1 dibuat, 1 diperbarui, 1 terkunci (tidak diubah).",
      );
      const result = await page.locator("#pk-hasil").innerText();
      expect(result).not.toContain("Pesan server");
      const names = kodes.map((k) => `PK Perubahan 2027 ${k}`);
      await expect(linksOf(page, "#pk-hasil ul.links a")).resolves.toEqual([
        [names[0], `${SHEET}#gid=${gid(names[0]!)}`],
        [names[1], `${SHEET}#gid=${gid(names[1]!)}`],
        [names[2], "#gid=77"],
      ]);
      await expect(page.locator("#pk-hasil ul.links a").first().getAttribute("target")).resolves.toBe("_top");
      await expect(page.locator("#pk-hasil ul.links .badge").allTextContents()).resolves.toEqual(["dibuat", "diperbarui", "terkunci"]);
      expect(result).toContain("Terkunci: PK itu sudah dikunci, lembarnya dibiarkan persis seperti adanya.");
      await expect(page.locator("#pk-hasil .renamed:not(.belum-diisi)").innerText()).resolves.toContain(
        "PK Perubahan 2027 KADIS → PK Perubahan 2027 KADIS (lama)",
      );
      // The draft's blanks, each once, each cell a link into the sheet, under the sentence that says why.
      const blanks = page.locator("#pk-hasil .belum-diisi");
      await expect(blanks.locator("p").innerText()).resolves.toContain("PK mencetak titik-titik");
      await expect(blanks.locator("p").innerText()).resolves.toContain("PK baru dapat dikunci setelah semuanya terisi");
      await expect(blanks.locator("li").allInnerTexts()).resolves.toEqual([
        "PENGATURAN!B13: Nama kepala daerah",
        "JABATAN!E3: Nama Pejabat SEKRETARIS",
        "JABATAN!G3: NIP Pejabat SEKRETARIS",
      ]);
      await expect(linksOf(page, "#pk-hasil .belum-diisi a")).resolves.toEqual([
        ["PENGATURAN!B13", missing("PENGATURAN!B13", "").url],
        ["JABATAN!E3", nama.url],
        ["JABATAN!G3", missing("JABATAN!G3", "").url],
      ]);
      await expect(page.locator("#pk-galat").isHidden()).resolves.toBe(true);
      await expect(page.locator("#pk-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it.each<[string, Reply, string]>([
    ["refuses", refuse("Atasan SEKRETARIS belum diisi di lembar JABATAN (kolom Atasan)."), "Atasan SEKRETARIS belum diisi"],
    ["throws", throws("Exception: Service Spreadsheets timed out"), "Kesalahan di server: Exception: Service Spreadsheets timed out"],
  ])("a call that %s: said with its jabatan, the others still made and listed", async (_how, reply, shown) => {
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      createPerjanjianKinerja: (request) => (request.jabatan?.[0] === "SEKRETARIS" ? reply : ok(pkAnswer(request))),
    });
    try {
      await choosePk(page, ["KADIS", "SEKRETARIS", "KASUBAG UMUM"]);
      await page.locator("#pk-tombol").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });
      expect(stub.callsOf("createPerjanjianKinerja").map(([r]) => r.jabatan)).toEqual([["KADIS"], ["SEKRETARIS"], ["KASUBAG UMUM"]]);
      await expect(progress(page)).resolves.toBe("Selesai: 2 PK siap, 1 gagal.");
      const error = await page.locator("#pk-galat").innerText();
      expect(error).toContain("1 dari 3 PK gagal dibuat (yang lain tetap dibuat):");
      expect(error).toContain(`SEKRETARIS: ${shown}`);
      await expect(page.locator("#pk-hasil ul.links a").allTextContents()).resolves.toEqual(["PK 2026 KADIS", "PK 2026 KASUBAG UMUM"]);
      await expect(page.locator("#pk-hasil .result-message").textContent()).resolves.toBe("PK 2026: 2 dibuat, 0 diperbarui.");
      await expect(page.locator("#pk-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("every call failing: no result, each jabatan named", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      createPerjanjianKinerja: refuse("Katalog belum siap."),
    });
    try {
      await choosePk(page, ["KADIS", "KABID PPPA"]);
      await page.locator("#pk-tombol").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });
      await expect(page.locator("#pk-galat li").allInnerTexts()).resolves.toEqual([
        "KADIS: Katalog belum siap.",
        "KABID PPPA: Katalog belum siap.",
      ]);
      await expect(page.locator("#pk-hasil").innerText()).resolves.toBe("");
    } finally {
      await close();
    }
  });

  it("blank fields: a cell not made yet is bold text, a field without a cell is its label, an unsafe link is text", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      createPerjanjianKinerja: (request) =>
        ok(
          pkAnswer(request, {
            belumDiisi: [
              { label: "Nama kepala daerah", cell: "PENGATURAN!B13", url: "" },
              { label: "Jabatan kepala daerah", cell: "", url: "" },
              { label: "Pangkat Pejabat KADIS", cell: "JABATAN!F2", url: "javascript:alert(1)" },
            ],
          }),
        ),
    });
    try {
      await choosePk(page, ["KADIS"]);
      await page.locator("#pk-tombol").click();
      const blanks = page.locator("#pk-hasil .belum-diisi");
      await blanks.waitFor();
      await expect(blanks.locator("li").allInnerTexts()).resolves.toEqual([
        "PENGATURAN!B13: Nama kepala daerah",
        "Jabatan kepala daerah",
        "JABATAN!F2: Pangkat Pejabat KADIS",
      ]);
      await expect(blanks.locator("strong").allTextContents()).resolves.toEqual(["PENGATURAN!B13"]);
      await expect(blanks.locator("a").count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });
});

/** The one sheet of a one-jabatan answer, with another status. */
function pkSheet(request: PkRequest, status: PkResult["lembar"][number]["status"]): PkResult["lembar"][number] {
  return { ...pkAnswer(request).lembar[0]!, status };
}
