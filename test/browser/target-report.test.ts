import type { ScaffoldResult } from "../../src/shared/api";
import { chooseOnly, expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Targets that differ from the catalog and sheets whose kode the catalog no longer has, in the scaffold result. */

const browser = useBrowser();

const PAYLOAD = `<img src=x onerror=alert(1)>`;

function result(extra: Partial<ScaffoldResult>): ScaffoldResult {
  return {
    tahun: 2027,
    periode: "tahunan",
    lembar: [{ name: "2027 KADIS", url: "#gid=1", status: "diperbarui" }],
    nilaiDipertahankan: 2,
    nilaiDipindahkan: 0,
    lembarLama: [],
    targetDariKatalog: 5,
    targetBerbeda: [],
    lembarTakDikenal: [],
    message: "Lembar tahun 2027 siap.",
    ...extra,
  };
}

describe("sidebar: targets from the catalog and sheets of renamed kodes", () => {
  it("lists each differing target with a link to its cell, and each sheet no jabatan matches", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result({
          targetBerbeda: [
            { lembar: "2027 KADIS", indikator: "Indeks Pemberdayaan Gender", target: 80.5, katalog: 75, url: "#gid=1&range=G12" },
            { lembar: "2027 KADIS", indikator: "Status KLA", target: "Madya", katalog: "Nindya", url: "#gid=1&range=G13" },
          ],
          lembarTakDikenal: [{ name: "2027 KABID LAMA", url: "#gid=9" }],
        }),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      const targets = page.locator("#siapkan-hasil .target-berbeda");
      await targets.waitFor();
      const text = await targets.innerText();
      expect(text).toContain("Target di lembar berbeda dari katalog (tidak diubah):");
      expect(text).toContain("2027 KADIS · Indeks Pemberdayaan Gender: 80,5 (katalog 75)");
      expect(text).toContain("2027 KADIS · Status KLA: Madya (katalog Nindya)");
      await expect(
        targets.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("target")])),
      ).resolves.toEqual([
        ["#gid=1&range=G12", "_top"],
        ["#gid=1&range=G13", "_top"],
      ]);
      const unknown = page.locator("#siapkan-hasil .tak-dikenal");
      await expect(unknown.innerText()).resolves.toContain("tidak cocok dengan jabatan mana pun di katalog");
      await expect(unknown.locator("a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]))).resolves.toEqual([
        ["2027 KABID LAMA", "#gid=9"],
      ]);
    } finally {
      await close();
    }
  });

  it("hostile texts are shown as literal text; an unsafe link as text", async () => {
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result({
          targetBerbeda: [{ lembar: "2027 KADIS", indikator: PAYLOAD, target: PAYLOAD, katalog: 1, url: "javascript:alert(2)" }],
          lembarTakDikenal: [{ name: `2027 ${PAYLOAD}`, url: "javascript:alert(3)" }],
        }),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      const targets = page.locator("#siapkan-hasil .target-berbeda");
      await targets.waitFor();
      await expect(targets.innerText()).resolves.toContain(`2027 KADIS · ${PAYLOAD}: ${PAYLOAD} (katalog 1)`);
      await expect(page.locator("#siapkan-hasil .tak-dikenal").innerText()).resolves.toContain(`2027 ${PAYLOAD}`);
      await expect(page.locator("#siapkan-hasil .target-berbeda a, #siapkan-hasil .tak-dikenal a").count()).resolves.toBe(0);
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
  });

  it("an older server's answer without these fields shows the result without those parts", async () => {
    const { targetDariKatalog: _a, targetBerbeda: _b, lembarTakDikenal: _c, ...older } = result({});
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: ok(older) });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil li, #siapkan-galat:visible").first().waitFor();
      await expect(page.locator("#siapkan-galat").isHidden()).resolves.toBe(true);
      await expect(page.locator("#siapkan-hasil .links a").count()).resolves.toBe(1);
      await expect(page.locator("#siapkan-hasil .target-berbeda, #siapkan-hasil .tak-dikenal").count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });
});
