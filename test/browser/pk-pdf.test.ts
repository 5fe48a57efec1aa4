import type { ExportRequest, ExportResult } from "../../src/shared/api";
import { choosePk } from "./pk-stubs";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * README "The sidebar", Perjanjian Kinerja: "PDF per jabatan" and "PDF gabungan" export the chosen
 * PKs through exportPdf with `dokumen: "pk"` and the PK's kind, shown as the IKI export shows its files.
 */

const browser = useBrowser();

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
