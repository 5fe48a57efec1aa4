import type { RenamedSheet, ScaffoldResult } from "../../src/shared/api";
import { chooseOnly, expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Hand-made sheets with the year's name, renamed "(lama)" by the server, are reported in the result. */

const browser = useBrowser();

const PAYLOAD = `<img src=x onerror=alert(1)>`;

function result(lembarLama: RenamedSheet[]): ScaffoldResult {
  return {
    tahun: 2027,
    periode: "tahunan",
    lembar: [
      { name: "2027 KADIS", url: "#gid=1", status: "dibuat" },
      { name: "2027 REKAP", url: "#gid=2", status: "dibuat" },
    ],
    nilaiDipertahankan: 0,
    nilaiDipindahkan: 0,
    lembarLama,
    message: "Lembar tahun 2027 siap.",
  };
}

describe("sidebar: renamed foreign sheets (lembarLama)", () => {
  it("lists each renamed sheet, old name → new name, linking to the renamed sheet", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result([
          { semula: "2027 KADIS", menjadi: "2027 KADIS (lama)", url: "#gid=77" },
          { semula: "2027 rekap", menjadi: "2027 rekap (lama 2)", url: "https://docs.google.com/spreadsheets/d/abc/edit#gid=78" },
        ]),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      const renamed = page.locator("#siapkan-hasil .renamed");
      await renamed.waitFor();
      const text = await renamed.innerText();
      expect(text).toContain("Lembar buatan sendiri dengan nama yang sama diganti namanya");
      expect(text).toContain("2027 KADIS → 2027 KADIS (lama)");
      expect(text).toContain("2027 rekap → 2027 rekap (lama 2)");
      const links = renamed.locator("a");
      await expect(links.allTextContents()).resolves.toEqual(["2027 KADIS (lama)", "2027 rekap (lama 2)"]);
      await expect(links.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("target")]))).resolves.toEqual([
        ["#gid=77", "_top"],
        ["https://docs.google.com/spreadsheets/d/abc/edit#gid=78", "_top"],
      ]);
      // The link works: following it switches to the renamed sheet's gid.
      await links.first().click();
      await page.waitForURL(/#gid=77$/);
      // The sheets of the year are still listed with their own links.
      await expect(page.locator("#siapkan-hasil .links a").allTextContents()).resolves.toEqual(["2027 KADIS", "2027 REKAP"]);
    } finally {
      await close();
    }
  });

  it("hostile names are shown as literal text; an unsafe link as text", async () => {
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(result([{ semula: `2027 ${PAYLOAD}`, menjadi: `2027 ${PAYLOAD} (lama)`, url: "javascript:alert(2)" }])),
    });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      const renamed = page.locator("#siapkan-hasil .renamed");
      await renamed.waitFor();
      await expect(renamed.innerText()).resolves.toContain(`2027 ${PAYLOAD} → 2027 ${PAYLOAD} (lama)`);
      await expect(renamed.locator("a").count()).resolves.toBe(0);
      await page.locator("#siapkan-hasil").getByText(`2027 ${PAYLOAD} (lama)`).click();
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
  });

  it("an older server's answer without lembarLama shows the result without the renamed part", async () => {
    const { lembarLama: _omitted, ...older } = result([]);
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: ok(older) });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil li, #siapkan-galat:visible").first().waitFor();
      await expect(page.locator("#siapkan-galat").isHidden()).resolves.toBe(true);
      await expect(page.locator("#siapkan-hasil .links a").count()).resolves.toBe(2);
      await expect(page.locator("#siapkan-hasil .renamed").count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it("no renamed sheets: no renamed part", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: ok(result([])) });
    try {
      await chooseOnly(page, ["KADIS"]); // one call: its answer shown as it is
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil li").first().waitFor();
      await expect(page.locator("#siapkan-hasil .renamed").count()).resolves.toBe(0);
      await expect(page.locator("#siapkan-hasil").innerText()).resolves.not.toContain("diganti namanya");
    } finally {
      await close();
    }
  });
});
