import type { ScaffoldResult } from "../../src/shared/api";
import { PERLINDUNGAN_PERAN } from "../../src/shared/messages";
import { chooseOnly, expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok } from "./stub-endpoints";

jest.setTimeout(30_000);

/** What the catalog changed per sheet, and the sheets the REKAP could not read, in the scaffold result (Chromium). */

const browser = useBrowser();
const PAYLOAD = `<img src=x onerror=alert(1)>`;

function result(extra: Partial<ScaffoldResult>): ScaffoldResult {
  return {
    tahun: 2027,
    periode: "tahunan",
    lembar: [{ name: "2027 KADIS", url: "#gid=1", status: "diperbarui" }],
    nilaiDipertahankan: 0,
    nilaiDipindahkan: 0,
    lembarLama: [],
    message: "Lembar tahun 2027 siap.",
    ...extra,
  };
}

describe("sidebar: what the catalog changed, and sheets the REKAP cannot read", () => {
  it("lists each sheet the catalog changed with what, and each unreadable sheet, with links", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result({
          perubahanKatalog: [
            { lembar: "2027 KADIS", url: "#gid=1", perubahan: ["teks 2 indikator", "penanda tangan"] },
            { lembar: "2027 REKAP", url: "#gid=8", perubahan: ["teks 2 indikator"] },
          ],
          lembarTakTerbaca: [{ name: "2027 KABID PPPA", url: "#gid=7" }],
        }),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]);
      await page.locator("#siapkan-tombol").click();
      const changes = page.locator("#siapkan-hasil .perubahan-katalog");
      await changes.waitFor();
      const text = await changes.innerText();
      expect(text).toContain("Perubahan katalog yang masuk ke lembar:");
      expect(text).toContain("2027 KADIS: teks 2 indikator, penanda tangan");
      expect(text).toContain("2027 REKAP: teks 2 indikator");
      await expect(changes.locator("a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]))).resolves.toEqual([
        ["2027 KADIS", "#gid=1"],
        ["2027 REKAP", "#gid=8"],
      ]);
      const unread = page.locator("#siapkan-hasil .tak-terbaca");
      await expect(unread.innerText()).resolves.toContain("REKAP tidak dapat membaca lembar ini");
      await expect(unread.locator("a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]))).resolves.toEqual([
        ["2027 KABID PPPA", "#gid=7"],
      ]);
    } finally {
      await close();
    }
  });

  it("roles and evidence: locked per role said once; addresses not yet editors and missing evidence listed, hostile ones as text", async () => {
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result({
          perlindungan: "peran",
          belumPunyaAkses: ["verifikator@inspektorat.go.id", PAYLOAD],
          buktiBelumAda: [
            { jabatan: "KADIS", periode: "TW III", indikator: ["Indeks Pemberdayaan Gender (IDG)", "Status KLA"], url: "#gid=9&range=A12" },
            { jabatan: PAYLOAD, periode: "TW III", indikator: [PAYLOAD], url: "javascript:alert(4)" },
          ],
        }),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]);
      await page.locator("#siapkan-tombol").click();
      const list = page.locator("#siapkan-hasil .belum-akses");
      await list.waitFor();
      await expect(list.innerText()).resolves.toContain("Belum punya akses edit");
      await expect(list.locator("li").allInnerTexts()).resolves.toEqual(["verifikator@inspektorat.go.id", PAYLOAD]);
      await expect(page.locator("#siapkan-hasil .result-message").innerText()).resolves.toContain(PERLINDUNGAN_PERAN);
      const bukti = page.locator("#siapkan-hasil .bukti-belum");
      await expect(bukti.locator("p").innerText()).resolves.toContain("Bukti dukung belum diisi untuk TW III");
      await expect(bukti.locator("li").allInnerTexts()).resolves.toEqual([
        "KADIS: 2 indikator (Indeks Pemberdayaan Gender (IDG); Status KLA)",
        `${PAYLOAD}: 1 indikator (${PAYLOAD})`,
      ]);
      // The safe link is a link to the row; the unsafe one is text.
      await expect(bukti.locator("a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]))).resolves.toEqual([
        ["KADIS: 2 indikator", "#gid=9&range=A12"],
      ]);
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
  });

  it("on opening: what the BUKTI sheet still misses, above the button (a pengisi sees it too); hostile text as text", async () => {
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(
        sidebarData({
          buktiBelumAda: {
            tahun: 2026,
            daftar: [
              { jabatan: "KABID PPPA", periode: "TW III", indikator: ["Persentase anak"], url: "#gid=12&range=A40" },
              { jabatan: PAYLOAD, periode: "TW III", indikator: [PAYLOAD], url: "javascript:alert(5)" },
            ],
          },
        }),
      ),
    });
    try {
      const list = page.locator("#siapkan .bukti-belum");
      await list.waitFor();
      await expect(list.locator("p").innerText()).resolves.toContain("Bukti dukung 2026 belum diisi untuk TW III");
      await expect(list.locator("a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]))).resolves.toEqual([
        ["KABID PPPA: 1 indikator", "#gid=12&range=A40"],
      ]);
      await expect(list.locator("li").nth(1).innerText()).resolves.toBe(`${PAYLOAD}: 1 indikator (${PAYLOAD})`);
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
  });

  it("hostile texts are shown as literal text; an unsafe link as text; an older server's answer shows neither part", async () => {
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(
        result({
          perubahanKatalog: [{ lembar: `2027 ${PAYLOAD}`, url: "javascript:alert(2)", perubahan: [PAYLOAD] }],
          lembarTakTerbaca: [{ name: PAYLOAD, url: "javascript:alert(3)" }],
        }),
      ),
    });
    try {
      await chooseOnly(page, ["KADIS"]);
      await page.locator("#siapkan-tombol").click();
      const changes = page.locator("#siapkan-hasil .perubahan-katalog");
      await changes.waitFor();
      await expect(changes.innerText()).resolves.toContain(`2027 ${PAYLOAD}: ${PAYLOAD}`);
      await expect(page.locator("#siapkan-hasil .tak-terbaca").innerText()).resolves.toContain(PAYLOAD);
      await expect(page.locator("#siapkan-hasil .perubahan-katalog a, #siapkan-hasil .tak-terbaca a").count()).resolves.toBe(0);
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
    const older = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: ok(result({})) });
    try {
      await chooseOnly(older.page, ["KADIS"]);
      await older.page.locator("#siapkan-tombol").click();
      await older.page.locator("#siapkan-hasil li").first().waitFor();
      await expect(
        older.page
          .locator(
            "#siapkan-hasil .perubahan-katalog, #siapkan-hasil .tak-terbaca, #siapkan-hasil .belum-akses, #siapkan-hasil .bukti-belum",
          )
          .count(),
      ).resolves.toBe(0);
      await expect(older.page.locator("#siapkan-hasil .result-message").innerText()).resolves.not.toContain(PERLINDUNGAN_PERAN);
    } finally {
      await older.close();
    }
  });
});
