import type { Page } from "playwright-core";
import { choosePk, linksOf, lockAnswer, missing, SHEET } from "./pk-stubs";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * README "The sidebar", Perjanjian Kinerja: "Kunci PK" asks in the panel first (what locking
 * means, "Ya, kunci N PK" / "Batal"); only "Ya" calls lockPerjanjianKinerja, once, for the chosen
 * jabatan; the answer lists what was locked, what already was, what waits for its blanks, and
 * what has no PK yet.
 */

const browser = useBrowser();

const question = (page: Page) => page.locator("#pk-konfirmasi");
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
/** Time for a call the page may have made to reach the stub. */
const settle = (page: Page) => page.waitForTimeout(200);

describe("sidebar: Kunci PK", () => {
  it("asks first: the first click calls nothing; Batal closes; Escape closes; Ya locks once with the choice named", async () => {
    const answered = deferred<Reply>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      lockPerjanjianKinerja: () => answered.promise,
    });
    try {
      await choosePk(page, ["KADIS", "SEKRETARIS"]);
      await page.locator("#pk").getByLabel("Tahun", { exact: true }).selectOption("2027");
      await page.locator("#pk-kunci").click();
      await settle(page);
      expect(stub.callsOf("lockPerjanjianKinerja")).toEqual([]);
      // The button gave way to the question, the safe answer focused.
      await expect(question(page).isVisible()).resolves.toBe(true);
      await expect(page.locator("#pk-kunci").isHidden()).resolves.toBe(true);
      const text = await page.locator("#pk-konfirmasi-teks").innerText();
      expect(text).toContain("Kunci 2 PK 2027 (KADIS, SEKRETARIS)?");
      expect(text).toContain("tidak dapat diubah lagi oleh siapa pun selain pemilik spreadsheet");
      expect(text).toContain("PK Perubahan");
      await expect(page.locator("#pk-kunci-ya").innerText()).resolves.toBe("Ya, kunci 2 PK");
      await expect(focused(page)).resolves.toBe("pk-kunci-batal");

      await page.locator("#pk-kunci-batal").click();
      await expect(question(page).isHidden()).resolves.toBe(true);
      await expect(page.locator("#pk-kunci").isVisible()).resolves.toBe(true);
      await expect(focused(page)).resolves.toBe("pk-kunci");
      await page.locator("#pk-kunci").click();
      await page.keyboard.press("Escape");
      await expect(question(page).isHidden()).resolves.toBe(true);
      await settle(page);
      expect(stub.callsOf("lockPerjanjianKinerja")).toEqual([]);

      // PK Perubahan chosen now: the question says so.
      await page.locator("#pk").getByRole("radio", { name: "PK Perubahan" }).check();
      await page.locator("#pk-kunci").click();
      await expect(page.locator("#pk-konfirmasi-teks").innerText()).resolves.toContain("Kunci 2 PK Perubahan 2027 (KADIS, SEKRETARIS)?");
      await page.locator("#pk-kunci-ya").click();
      await stub.waitForCalls("lockPerjanjianKinerja", 1);
      await expect(question(page).isHidden()).resolves.toBe(true);
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("Mengunci 2 PK Perubahan 2027… Mohon tunggu.");
      for (const b of ["#pk-kunci", "#pk-tombol", "#siapkan-tombol"]) await expect(page.locator(b).isDisabled()).resolves.toBe(true);
      answered.resolve(ok(lockAnswer({ tahun: 2027, perubahan: true }, { dikunci: [{ name: "PK Perubahan 2027 KADIS", url: "#gid=5" }] })));
      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
      await settle(page);
      expect(stub.callsOf("lockPerjanjianKinerja")).toEqual([[{ tahun: 2027, jabatan: ["KADIS", "SEKRETARIS"], perubahan: true }]]);
      await expect(focused(page)).resolves.toBe("pk-kunci");
    } finally {
      await close();
    }
  });

  it("changing the choice while asked closes the question: Ya never locks what the question did not name", async () => {
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      lockPerjanjianKinerja: (request) => ok(lockAnswer(request)),
    });
    try {
      await choosePk(page, ["KADIS"]);
      await page.locator("#pk-kunci").click();
      await expect(page.locator("#pk-kunci-ya").innerText()).resolves.toBe("Ya, kunci 1 PK");
      await page.locator("#pk").locator("input[type=checkbox][value='SEKRETARIS']").check();
      await expect(question(page).isHidden()).resolves.toBe(true);
      await page.locator("#pk-kunci").click();
      await expect(page.locator("#pk-kunci-ya").innerText()).resolves.toBe("Ya, kunci 2 PK");
      await page.locator("#pk-kunci-ya").click();
      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
      expect(stub.callsOf("lockPerjanjianKinerja")).toEqual([[{ tahun: 2026, jabatan: ["KADIS", "SEKRETARIS"], perubahan: false }]]);
    } finally {
      await close();
    }
  });

  it("the answer: locked and already locked sheets with links, blanks with links to their cells, kodes without a PK", async () => {
    const blanks = [missing("JABATAN!E3", "Nama Pejabat SEKRETARIS"), missing("JABATAN!G3", "NIP Pejabat SEKRETARIS")];
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      lockPerjanjianKinerja: (request) =>
        ok(
          lockAnswer(request, {
            dikunci: [{ name: "PK 2026 KADIS", url: `${SHEET}#gid=41` }],
            sudahTerkunci: [{ name: "PK 2026 KABID PPPA", url: `${SHEET}#gid=42` }],
            belumDiisi: blanks,
            belumDibuat: ["KABID REHSOS"],
            message: "1 PK dikunci.",
          }),
        ),
    });
    try {
      await choosePk(page, ["KADIS", "SEKRETARIS", "KABID REHSOS", "KABID PPPA"]);
      await page.locator("#pk-kunci").click();
      await page.locator("#pk-kunci-ya").click();
      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("Selesai: 1 PK dikunci.");
      await expect(page.locator("#pk-hasil .result-message").textContent()).resolves.toBe("1 PK dikunci.");
      await expect(linksOf(page, "#pk-hasil ul.links a")).resolves.toEqual([
        ["PK 2026 KADIS", `${SHEET}#gid=41`],
        ["PK 2026 KABID PPPA", `${SHEET}#gid=42`],
      ]);
      await expect(page.locator("#pk-hasil ul.links .badge").allTextContents()).resolves.toEqual(["dikunci", "sudah terkunci"]);
      const result = await page.locator("#pk-hasil").innerText();
      expect(result).toContain("PK yang dikunci hanya dapat diubah oleh pemilik spreadsheet");
      const belum = page.locator("#pk-hasil .belum-diisi");
      await expect(belum.locator("p").innerText()).resolves.toContain("Belum dikunci: isian berikut masih kosong");
      await expect(linksOf(page, "#pk-hasil .belum-diisi a")).resolves.toEqual(blanks.map((b) => [b.cell, b.url]));
      await expect(belum.locator("li").allInnerTexts()).resolves.toEqual(blanks.map((b) => `${b.cell}: ${b.label}`));
      const dibuat = page.locator("#pk-hasil .belum-dibuat");
      await expect(dibuat.locator("p").innerText()).resolves.toContain("tekan “Buat PK” dulu");
      await expect(dibuat.locator("li").allInnerTexts()).resolves.toEqual(["KABID REHSOS"]);
      await expect(page.locator("#pk-galat").isHidden()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("a refused lock is said in the error box, the button back on", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      lockPerjanjianKinerja: refuse("Hanya pemilik spreadsheet yang dapat mengunci PK."),
    });
    try {
      await choosePk(page, ["KADIS"]);
      await page.locator("#pk-kunci").click();
      await page.locator("#pk-kunci-ya").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });
      await expect(page.locator("#pk-galat .error-title").textContent()).resolves.toBe("PK gagal dikunci:");
      await expect(page.locator("#pk-galat li").allInnerTexts()).resolves.toEqual(["Hanya pemilik spreadsheet yang dapat mengunci PK."]);
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("");
      await expect(page.locator("#pk-kunci").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });
});
