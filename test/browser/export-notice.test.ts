/**
 * The sidebar's notice when the server printed with Google's default layout because
 * the export address refused the token (ExportResult.tataLetak "bawaan-google" and
 * catatanTataLetak): shown once under the saved files, as text; absent otherwise.
 */
import type { ExportRequest, ExportResult } from "../../src/shared/api";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

const browser = useBrowser();

const NOTICE =
  "PDF dibuat dengan tata letak bawaan Google, karena Google menolak alamat ekspor resmi untuk akun Anda (HTTP 403: akses ditolak). " +
  "Isinya sama, tetapi bukan format resmi (A4 mendatar, selebar halaman, judul tabel diulang tiap halaman).";

function exported(request: ExportRequest, layout: Pick<ExportResult, "tataLetak" | "catatanTataLetak"> = {}): ExportResult {
  const kodes = request.bundel ? ["BUNDEL"] : (request.jabatan ?? []);
  return {
    tahun: request.tahun,
    folderName: `IKI ${request.tahun}`,
    folderUrl: "https://drive.google.com/drive/folders/f",
    files: kodes.map((kode) => ({
      name: `IKI ${request.tahun} - ${kode}.pdf`,
      url: `https://drive.google.com/file/d/${encodeURIComponent(kode)}/view`,
      label: kode,
    })),
    message: "",
    ...layout,
  };
}

const FALLBACK = { tataLetak: "bawaan-google", catatanTataLetak: NOTICE } as const;

describe("sidebar: notice of Google's default page layout", () => {
  it("one jabatan per call, every answer with the notice: shown once, after the saved files, as a note", async () => {
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => ok(exported(request, FALLBACK)),
    });
    try {
      await page.locator("#ekspor-tombol").click();
      const notice = page.locator("#ekspor-hasil .notice");
      await notice.waitFor();
      expect(stub.callsOf("exportPdf")).toHaveLength(7);
      await expect(notice.count()).resolves.toBe(1);
      await expect(notice.getAttribute("role")).resolves.toBe("note");
      await expect(notice.locator("p").allTextContents()).resolves.toEqual([NOTICE]);
      // Under the list of saved files.
      const order = await page.locator("#ekspor-hasil > *").evaluateAll((els) => els.map((e) => e.className || e.tagName));
      expect(order.indexOf("notice")).toBeGreaterThan(order.indexOf("links"));
      await expect(page.locator("#ekspor-hasil ul a").count()).resolves.toBe(7);
    } finally {
      await close();
    }
  });

  it("a bundle with the notice; a jabatan that failed does not hide it", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => ok(exported(request, FALLBACK)),
    });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      await page.locator("#ekspor-hasil .notice").waitFor();
      await expect(page.locator("#ekspor-hasil .notice").innerText()).resolves.toBe(NOTICE);
    } finally {
      await close();
    }

    const second = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) =>
        request.jabatan?.[0] === "KADIS"
          ? refuse("PDF jabatan KADIS tidak dapat dibuat dengan kedua cara: …")
          : ok(exported(request, FALLBACK)),
    });
    try {
      await second.page.locator("#ekspor-tombol").click();
      await second.page.locator("#ekspor-galat").waitFor({ state: "visible" });
      await expect(second.page.locator("#ekspor-hasil .notice").innerText()).resolves.toBe(NOTICE);
      await expect(second.page.locator("#ekspor-galat").innerText()).resolves.toContain(
        "KADIS: PDF jabatan KADIS tidak dapat dibuat dengan kedua cara",
      );
    } finally {
      await second.close();
    }
  });

  it.each<[string, Pick<ExportResult, "tataLetak" | "catatanTataLetak">]>([
    ["the official layout", { tataLetak: "resmi", catatanTataLetak: "" }],
    ["an older server that sends neither field", {}],
  ])("%s: no notice", async (_, layout) => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => ok(exported(request, layout)),
    });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      await page.locator("#ekspor-hasil ul a").first().waitFor();
      await expect(page.locator("#ekspor-hasil .notice").count()).resolves.toBe(0);
      await expect(page.locator("#ekspor-galat").isHidden()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("the notice is text: markup in it is shown, never run", async () => {
    const hostile = `<img src="https://evil.test/x.png" onerror="alert('xss')"> ${NOTICE}`;
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      exportPdf: (request) => ok(exported(request, { tataLetak: "bawaan-google", catatanTataLetak: hostile })),
    });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      const notice = page.locator("#ekspor-hasil .notice");
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain('<img src="https://evil.test/x.png"');
      await expect(notice.locator("img").count()).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      expect(stray).toEqual([]);
    } finally {
      await close();
    }
  });
});
