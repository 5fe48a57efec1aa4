import type { Page } from "playwright-core";
import type { ExportRequest, ExportResult } from "../../src/shared/api";
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

/**
 * README "The sidebar", Perjanjian Kinerja: "PDF per jabatan" and "PDF gabungan" export the chosen
 * PKs through exportPdf with `dokumen: "pk"` and the PK's kind, shown as the IKI export shows its files.
 */

const FOLDER = "https://drive.google.com/drive/folders/pk2027";

function exported(request: ExportRequest): ExportResult {
  const kodes = request.jabatan ?? [];
  const files = request.bundel
    ? [{ name: `PK ${request.tahun} - Bundel.pdf`, url: "https://drive.google.com/file/d/bundel/view", label: "BUNDEL" }]
    : kodes.map((kode) => ({
        name: `PK ${request.tahun} - ${kode}.pdf`,
        url: `https://drive.google.com/file/d/${encodeURIComponent(kode)}/view`,
        label: kode,
      }));
  return {
    tahun: request.tahun,
    folderName: `IKI ${request.tahun}`,
    folderUrl: FOLDER,
    files,
    message: `${files.length} file PK disimpan.`,
  };
}

describe("sidebar: the PK's PDF", () => {
  it("PDF per jabatan: one call per PK with dokumen 'pk', 'n / N' meanwhile; a failure named, the others saved", async () => {
    const second = deferred<Reply>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => {
        const kode = request.jabatan?.[0];
        if (kode === "SEKRETARIS") return second.promise;
        if (kode === "KABID PPPA") return refuse("PK 2027 KABID PPPA belum ada. Buat dulu.");
        return ok(exported(request));
      },
    });
    try {
      await choosePk(page, ["KADIS", "SEKRETARIS", "KABID PPPA"]);
      const section = page.locator("#pk");
      await section.getByLabel("Tahun", { exact: true }).selectOption("2027");
      await section.getByRole("radio", { name: "PK Perubahan" }).check();
      await section.getByRole("button", { name: "PDF per jabatan" }).click();
      await stub.waitForCalls("exportPdf", 2);
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("Mengekspor PK 2 / 3: SEKRETARIS…");
      for (const b of ["#pk-pdf", "#pk-pdf-gabungan", "#pk-tombol", "#ekspor-tombol"]) {
        await expect(page.locator(b).isDisabled()).resolves.toBe(true);
      }
      second.resolve(ok(exported({ tahun: 2027, jabatan: ["SEKRETARIS"] })));
      await page.locator("#pk-galat").waitFor({ state: "visible" });

      const request = { tahun: 2027, dokumen: "pk", perubahan: true };
      expect(stub.callsOf("exportPdf").map(([r]) => r)).toEqual(
        ["KADIS", "SEKRETARIS", "KABID PPPA"].map((k) => ({ ...request, jabatan: [k] })),
      );
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("Selesai: 2 file PDF tersimpan, 1 gagal.");
      const links = page.locator("#pk-hasil ul a");
      await expect(links.allTextContents()).resolves.toEqual(["PK 2027 - KADIS.pdf", "PK 2027 - SEKRETARIS.pdf"]);
      await expect(links.first().getAttribute("target")).resolves.toBe("_blank");
      await expect(page.locator("#pk-hasil .folder a").getAttribute("href")).resolves.toBe(FOLDER);
      const failed = await page.locator("#pk-galat").innerText();
      expect(failed).toContain("1 dari 3 PK gagal diekspor:");
      expect(failed).toContain("KABID PPPA: PK 2027 KABID PPPA belum ada. Buat dulu.");
      // The IKI export section is untouched.
      await expect(page.locator("#ekspor-hasil").innerText()).resolves.toBe("");
    } finally {
      await close();
    }
  });

  it("PDF gabungan: one call with every chosen jabatan, bundel and dokumen 'pk'; its layout notice shown", async () => {
    const answered = deferred<void>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: async (request) => {
        await answered.promise;
        return ok({ ...exported(request), tataLetak: "bawaan-google", catatanTataLetak: "PDF dibuat dengan tata letak bawaan Google." });
      },
    });
    try {
      await choosePk(page, ["KADIS", "KABID PPPA"]);
      await page.locator("#pk-pdf-gabungan").click();
      await expect(page.locator("#pk-progres").textContent()).resolves.toBe("Mengekspor 2 PK ke satu file gabungan… Mohon tunggu.");
      answered.resolve();
      await page.locator("#pk-hasil a").first().waitFor();
      expect(stub.callsOf("exportPdf")).toEqual([
        [{ tahun: 2026, jabatan: ["KADIS", "KABID PPPA"], dokumen: "pk", perubahan: false, bundel: true }],
      ]);
      await expect(page.locator("#pk-hasil ul a").allTextContents()).resolves.toEqual(["PK 2026 - Bundel.pdf"]);
      await expect(page.locator("#pk-hasil").innerText()).resolves.toContain("1 file PK disimpan.");
      await expect(page.locator("#pk-hasil .notice").innerText()).resolves.toBe("PDF dibuat dengan tata letak bawaan Google.");
    } finally {
      await close();
    }
  });

  it("a failed bundle is said in the error box", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: refuse("Lembar PK 2026 belum ada."),
    });
    try {
      await page.locator("#pk-pdf-gabungan").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });
      await expect(page.locator("#pk-galat .error-title").textContent()).resolves.toBe("File PK gabungan gagal dibuat:");
      await expect(page.locator("#pk-galat li").allTextContents()).resolves.toEqual(["Lembar PK 2026 belum ada."]);
    } finally {
      await close();
    }
  });
});
