import type { ScaffoldRequest, ScaffoldResult } from "../../src/shared/api";
import { chooseOnly, expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, refuse, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

const browser = useBrowser();

/** The server's answer to one call of the sequence: the jabatan's sheet, and the REKAP unless `rekap: false`. */
function scaffoldResult(request: ScaffoldRequest): ScaffoldResult {
  const kodes = [...(request.jabatan ?? []), ...(request.rekap === false ? [] : ["REKAP"])];
  return {
    tahun: request.tahun,
    periode: request.periode ?? "tahunan",
    lembar: kodes.map((kode) => ({
      name: `${request.tahun} ${kode}`,
      url: `#gid=${1000 + kode.length}`,
      status: kode === "KADIS" ? "diperbarui" : "dibuat",
    })),
    nilaiDipertahankan: 2,
    nilaiDipindahkan: kode(request) === "KABID PPPA" ? 2 : 0,
    lembarLama: [],
    message: `Lembar tahun ${request.tahun} siap.`,
  };
}

function kode(request: ScaffoldRequest): string {
  return request.jabatan?.[0] ?? "";
}

describe("sidebar: Siapkan lembar tahun", () => {
  it("renders the form from getSidebarData with defaults and Indonesian labels", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()) });
    try {
      const tahun = page.locator("#siapkan").getByLabel("Tahun", { exact: true });
      await expect(tahun.inputValue()).resolves.toBe("2026");
      const options = await page.locator("#siapkan-tahun option").allTextContents();
      expect(options).toEqual(["2025 (sudah ada)", "2026", "2027", "2028"]);
      // Every jabatan checked by default, labels tied to their checkboxes.
      await expect(page.locator("#siapkan input[type=checkbox]:checked").count()).resolves.toBe(8);
      await expect(page.getByLabel("Pilih semua").first().isChecked()).resolves.toBe(true);
      await expect(page.locator("#siapkan").getByLabel("Tahunan").isChecked()).resolves.toBe(true);
      await expect(page.getByRole("button", { name: "Buat / perbarui lembar" }).isEnabled()).resolves.toBe(true);
      // "Pilih semua" unchecks and checks them all.
      await page.locator("#siapkan").getByLabel("Pilih semua").uncheck();
      await expect(page.locator("#siapkan input[type=checkbox]:checked").count()).resolves.toBe(0);
      await page.locator("#siapkan").getByLabel("Pilih semua").check();
      await expect(page.locator("#siapkan input[type=checkbox]:checked").count()).resolves.toBe(8);
    } finally {
      await close();
    }
  });

  it("create flow: one call per chosen jabatan with {tahun, jabatan, periode}, progress, then links to the sheets", async () => {
    const hold = deferred<void>();
    const { page, stub, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: async (request) => {
        if (kode(request) === "KADIS") await hold.promise;
        return ok(scaffoldResult(request));
      },
    });
    try {
      const section = page.locator("#siapkan");
      await section.getByLabel("Tahun", { exact: true }).selectOption("2027");
      await section.getByText("SEKRETARIS", { exact: true }).click(); // the label unchecks it
      await section.getByLabel("Triwulan (TW I–IV)").check();
      const button = section.getByRole("button", { name: "Buat / perbarui lembar" });
      await button.click();

      await stub.waitForCalls("scaffoldYear", 1);
      await expect(section.locator("[role=status]").textContent()).resolves.toBe("Menyiapkan lembar 1 / 6: KADIS…");
      await expect(button.isDisabled()).resolves.toBe(true);
      await expect(page.locator("#ekspor-tombol").isDisabled()).resolves.toBe(true);
      await expect(page.locator("#katalog-periksa").isDisabled()).resolves.toBe(true);
      hold.resolve();

      const links = section.locator("#siapkan-hasil a");
      await links.last().filter({ hasText: "REKAP" }).waitFor();
      const kodes = ["KADIS", "KASUBAG UMUM", "KABID REHSOS", "KABID DAYASOS", "KABID LINJAMSOS", "KABID PPPA"];
      expect(stub.callsOf("scaffoldYear")).toEqual(
        kodes.map((k, i) => [{ tahun: 2027, jabatan: [k], periode: "triwulan", ...(i < kodes.length - 1 && { rekap: false }) }]),
      );
      await expect(links.count()).resolves.toBe(7);
      await expect(links.first().getAttribute("href")).resolves.toBe("#gid=1005");
      await expect(links.first().getAttribute("target")).resolves.toBe("_top");
      await expect(links.last().textContent()).resolves.toBe("2027 REKAP");
      const result = await section.locator("#siapkan-hasil").innerText();
      expect(result).toContain("Lembar IKI 2027 (triwulan) siap: 6 dibuat, 1 diperbarui.");
      expect(result).toContain("12 dipertahankan");
      expect(result).toContain("2 dipindahkan");
      await expect(section.locator("[role=status]").textContent()).resolves.toBe("Selesai: 7 lembar tahun 2027 siap.");
      await expect(button.isEnabled()).resolves.toBe(true);
      await expect(page.locator("#siapkan-galat").isHidden()).resolves.toBe(true);
      // The new year is now marked in both year lists.
      await expect(page.locator("#ekspor-tahun option[value='2027']").textContent()).resolves.toBe("2027 (sudah ada)");
    } finally {
      await close();
    }
  });

  it.each([
    ["{ ok: false, error }", refuse("Tahun 1999 di luar rentang 2000–2100."), "Tahun 1999 di luar rentang 2000–2100."],
    [
      "a thrown exception",
      throws("Exception: Service Spreadsheets timed out"),
      "Kesalahan di server: Exception: Service Spreadsheets timed out",
    ],
    [
      "an unrecognised answer",
      { value: "???" },
      'Jawaban server tidak sesuai format: jawaban harus berupa objek { ok, data }, diterima teks "???". Muat ulang sidebar lalu coba lagi.',
    ],
  ])("a server error (%s) is shown in the error box, with the jabatan it stopped at", async (_what, reply, message) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: reply as Reply });
    try {
      await page.getByRole("button", { name: "Buat / perbarui lembar" }).click();
      const box = page.locator("#siapkan-galat");
      await box.waitFor({ state: "visible" });
      await expect(box.getAttribute("role")).resolves.toBe("alert");
      const text = await box.innerText();
      expect(text).toContain("Lembar 1 / 7 gagal disiapkan:");
      expect(text).toContain(`KADIS: ${message}`);
      await expect(page.locator("#siapkan-hasil a").count()).resolves.toBe(0);
      await expect(page.locator("#siapkan-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("works from the keyboard alone", async () => {
    const { page, stub, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: refuse("Uji.") });
    try {
      await page.locator("#siapkan-tombol").waitFor();
      await page.keyboard.press("Tab"); // the catalog's "buka" link
      await page.keyboard.press("Tab"); // "Periksa katalog"
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("katalog-periksa");
      await page.keyboard.press("Tab"); // year
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("siapkan-tahun");
      await page.keyboard.press("ArrowDown"); // 2026 → 2027
      await page.keyboard.press("Tab"); // "Pilih semua"
      await page.keyboard.press("Tab"); // KADIS
      await page.keyboard.press("Space"); // uncheck KADIS
      for (let i = 0; i < 6; i++) await page.keyboard.press("Tab"); // … KABID PPPA
      await page.keyboard.press("Tab"); // periode radio group
      await page.keyboard.press("ArrowDown"); // triwulan
      await page.keyboard.press("Tab"); // the button
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("siapkan-tombol");
      await page.keyboard.press("Enter");
      await page.locator("#siapkan-galat").waitFor({ state: "visible" });
      // The first call (KADIS unchecked) is refused: the sequence stops there.
      expect(stub.callsOf("scaffoldYear")).toEqual([[{ tahun: 2027, jabatan: ["SEKRETARIS"], periode: "triwulan", rekap: false }]]);
      // Focus comes back to the button once the job is over.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("siapkan-tombol");
    } finally {
      await close();
    }
  });

  it("no jabatan chosen: says so and calls nothing", async () => {
    const { page, stub, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()) });
    try {
      await page.locator("#siapkan").getByLabel("Pilih semua").uncheck();
      await page.locator("#siapkan-tombol").click();
      await expect(page.locator("#siapkan-galat").textContent()).resolves.toBe("Pilih minimal satu jabatan.");
      expect(stub.callsOf("scaffoldYear")).toHaveLength(0);
    } finally {
      await close();
    }
  });

  it("getSidebarData failing shows the error and a retry that works", async () => {
    const { page, stub, close } = await openSidebar(browser(), { getSidebarData: throws("ScriptError: Authorization is required") });
    try {
      const alert = page.getByRole("alert");
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain("Kesalahan di server: ScriptError: Authorization is required");
      stub.set("getSidebarData", ok(sidebarData()));
      await page.getByRole("button", { name: "Coba lagi" }).click();
      await page.locator("#siapkan-tombol").waitFor();
      expect(stub.callsOf("getSidebarData")).toHaveLength(2);
    } finally {
      await close();
    }
  });
});

describe("sidebar: everything rendered is escaped", () => {
  const PAYLOAD = `<img src=x onerror=alert(1)>`;

  it("a catalog name with HTML is shown as literal text; no element, no dialog", async () => {
    const data = sidebarData();
    data.jabatan[0] = { kode: `KADIS ${PAYLOAD}`, nama: `Kepala "Dinas" & <b>Sosial</b> ${PAYLOAD}` };
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(data),
      scaffoldYear: (request) =>
        ok({
          tahun: 2026,
          periode: "tahunan",
          lembar: [{ name: `2026 ${request.jabatan?.[0]}`, url: "#gid=1", status: "dibuat" }],
          nilaiDipertahankan: 0,
          nilaiDipindahkan: 0,
          message: `Selesai ${PAYLOAD}`,
        }),
    });
    try {
      await expect(page.locator("#siapkan").getByText(`Kepala "Dinas" & <b>Sosial</b> ${PAYLOAD}`).count()).resolves.toBe(1);
      await chooseOnly(page, [`KADIS ${PAYLOAD}`]);
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil a").waitFor();
      await expect(page.locator("#siapkan-hasil a").textContent()).resolves.toBe(`2026 KADIS ${PAYLOAD}`);
      await expectNoInjection({ page, dialogs, stray }, "img, b");
    } finally {
      await close();
    }
  });

  it("a javascript: link is shown as text, not as a link", async () => {
    const { page, dialogs, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok({
        tahun: 2026,
        periode: "tahunan",
        lembar: [
          { name: "2026 KADIS", url: "javascript:alert(1)", status: "dibuat" },
          { name: "2026 SEKRETARIS", url: " javascript:alert(2)", status: "dibuat" },
          { name: "2026 REKAP", url: "data:text/html,<script>alert(3)</script>", status: "dibuat" },
          { name: "2026 KABID PPPA", url: "#gid=7", status: "dibuat" },
        ],
        nilaiDipertahankan: 0,
        nilaiDipindahkan: 0,
        message: "",
      }),
    });
    try {
      await chooseOnly(page, ["KADIS"]);
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil li").first().waitFor();
      await expect(page.locator("#siapkan-hasil a").count()).resolves.toBe(1);
      await expect(page.locator("#siapkan-hasil a").getAttribute("href")).resolves.toBe("#gid=7");
      await expect(page.locator("#siapkan-hasil").innerText()).resolves.toContain("2026 KADIS");
      await page.locator("#siapkan-hasil").getByText("2026 KADIS").click();
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });
});
