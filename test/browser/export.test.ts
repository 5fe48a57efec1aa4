import type { ExportRequest, ExportResult } from "../../src/shared/api";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

const browser = useBrowser();

const KODES = ["KADIS", "SEKRETARIS", "KASUBAG UMUM", "KABID REHSOS", "KABID DAYASOS", "KABID LINJAMSOS", "KABID PPPA"];
const FOLDER = "https://drive.google.com/drive/folders/folder2026";

function exported(request: ExportRequest): ExportResult {
  const kodes = request.jabatan ?? [];
  const files = request.bundel
    ? [{ name: `IKI ${request.tahun} - BUNDEL.pdf`, url: "https://drive.google.com/file/d/bundel/view", label: "BUNDEL" }]
    : kodes.map((kode) => ({
        name: `IKI ${request.tahun} - ${kode}.pdf`,
        url: `https://drive.google.com/file/d/${encodeURIComponent(kode)}/view`,
        label: kode,
      }));
  return { tahun: request.tahun, folderName: `IKI ${request.tahun}`, folderUrl: FOLDER, files, message: `${files.length} file disimpan.` };
}

describe("sidebar: Ekspor PDF", () => {
  it("exports jabatan by jabatan with progress n / 7; one failure does not lose the others", async () => {
    const third = deferred<Reply>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => {
        const kode = request.jabatan?.[0];
        if (kode === "KASUBAG UMUM") return third.promise;
        if (kode === "KABID REHSOS") return refuse("Ekspor KABID REHSOS gagal: HTTP 403.");
        if (kode === "KABID PPPA") return throws("Exception: Timeout");
        return ok(exported(request));
      },
    });
    try {
      const section = page.locator("#ekspor");
      await section.getByRole("button", { name: "Ekspor PDF" }).click();

      // Held at the third jabatan: the progress says so, and both buttons wait.
      await stub.waitForCalls("exportPdf", 3);
      const progress = section.locator("[role=status]");
      await expect(progress.textContent()).resolves.toBe("Mengekspor 3 / 7: KASUBAG UMUM…");
      await expect(progress.getAttribute("aria-live")).resolves.toBe("polite");
      await expect(page.locator("#ekspor-tombol").isDisabled()).resolves.toBe(true);
      await expect(page.locator("#siapkan-tombol").isDisabled()).resolves.toBe(true);
      third.resolve(ok(exported({ tahun: 2026, jabatan: ["KASUBAG UMUM"] })));

      await page.locator("#ekspor-galat").waitFor({ state: "visible" });
      await expect(progress.textContent()).resolves.toBe("Selesai: 5 file PDF tersimpan, 2 gagal.");
      // One call per jabatan, in catalog order, each with one kode.
      expect(stub.callsOf("exportPdf").map(([r]) => r)).toEqual(KODES.map((kode) => ({ tahun: 2026, jabatan: [kode] })));

      const links = section.locator("#ekspor-hasil ul a");
      await expect(links.allTextContents()).resolves.toEqual(
        ["KADIS", "SEKRETARIS", "KASUBAG UMUM", "KABID DAYASOS", "KABID LINJAMSOS"].map((k) => `IKI 2026 - ${k}.pdf`),
      );
      await expect(links.first().getAttribute("target")).resolves.toBe("_blank");
      await expect(links.first().getAttribute("rel")).resolves.toBe("noopener noreferrer");
      await expect(section.locator(".folder a").getAttribute("href")).resolves.toBe(FOLDER);

      const failed = await page.locator("#ekspor-galat").innerText();
      expect(failed).toContain("2 dari 7 jabatan gagal diekspor:");
      expect(failed).toContain("KABID REHSOS: Ekspor KABID REHSOS gagal: HTTP 403.");
      expect(failed).toContain("KABID PPPA: Kesalahan di server: Exception: Timeout");
      await expect(page.locator("#ekspor-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("bundel sends one call with every chosen jabatan and bundel: true", async () => {
    // The answer is held until the status has been read: a busy machine could otherwise show the result first.
    const answered = deferred<void>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: async (request) => {
        await answered.promise;
        return ok(exported(request));
      },
    });
    try {
      const section = page.locator("#ekspor");
      await section.getByLabel("Tahun", { exact: true }).selectOption("2025");
      await section.getByText("KADIS", { exact: true }).click();
      await section.getByLabel("Satu file gabungan (bundel)").check();
      await section.getByRole("button", { name: "Ekspor PDF" }).click();
      await expect(section.locator("[role=status]").textContent()).resolves.toContain("satu file gabungan");
      answered.resolve();

      await section.locator("#ekspor-hasil a").first().waitFor();
      expect(stub.callsOf("exportPdf")).toEqual([[{ tahun: 2025, jabatan: KODES.slice(1), bundel: true }]]);
      await expect(section.locator("#ekspor-hasil ul a").allTextContents()).resolves.toEqual(["IKI 2025 - BUNDEL.pdf"]);
      await expect(section.locator("#ekspor-hasil").innerText()).resolves.toContain("1 file disimpan.");
      await expect(page.locator("#ekspor-galat").isHidden()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("a failed bundle is shown in the error box", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: refuse("Lembar tahun 2026 belum ada. Buat dulu di bagian atas."),
    });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      await page.locator("#ekspor-galat").waitFor({ state: "visible" });
      const box = page.locator("#ekspor-galat");
      await expect(box.locator(".error-title").textContent()).resolves.toBe("File gabungan gagal dibuat:");
      await expect(box.locator("li").allTextContents()).resolves.toEqual(["Lembar tahun 2026 belum ada. Buat dulu di bagian atas."]);
      await expect(page.locator("#ekspor-hasil a").count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it("Drive links that are not https are shown as text", async () => {
    const { page, dialogs, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: ok({
        tahun: 2026,
        folderName: "IKI 2026",
        folderUrl: "javascript:alert('folder')",
        files: [
          { name: "IKI 2026 - KADIS.pdf", url: "javascript:alert(1)", label: "KADIS" },
          { name: "IKI 2026 - REKAP.pdf", url: "https://drive.google.com/file/d/r/view", label: "REKAP" },
        ],
        message: "",
      }),
    });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      await page.locator("#ekspor-hasil li").first().waitFor();
      const hrefs = await page.locator("#ekspor-hasil a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(["https://drive.google.com/file/d/r/view"]);
      await expect(page.locator("#ekspor-hasil").innerText()).resolves.toContain("IKI 2026 - KADIS.pdf");
      await expect(page.locator("#ekspor-hasil").innerText()).resolves.toContain("Folder Drive: IKI 2026");
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });
});
