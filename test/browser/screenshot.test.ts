import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScaffoldRequest } from "../../src/shared/api";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Where the screenshot of a finished session goes, for a person to look at. */
const SCREENSHOT = process.env.SIDEBAR_SCREENSHOT ?? join(tmpdir(), "sidebar.png");

const browser = useBrowser();

it("the sidebar with results, a renamed sheet, roles and missing evidence among them, fits the 300 px panel (screenshot saved)", async () => {
  const { page, close } = await openSidebar(
    browser(),
    {
      getSidebarData: ok(
        sidebarData({
          buktiBelumAda: {
            tahun: 2026,
            daftar: [
              {
                jabatan: "KABID PPPA",
                periode: "TW III",
                indikator: ["Persentase anak korban kekerasan yang ditangani"],
                url: "#gid=12&range=A40",
              },
            ],
          },
        }),
      ),
      scaffoldYear: (request: ScaffoldRequest) =>
        ok({
          tahun: request.tahun,
          periode: "tahunan",
          // One jabatan per call, the REKAP with the last (as the server answers the sidebar's sequence).
          lembar: [...(request.jabatan ?? []), ...(request.rekap === false ? [] : ["REKAP"])].map((kode) => ({
            name: `${request.tahun} ${kode}`,
            url: `#gid=${kode.length}`,
            status: kode === "KADIS" || kode === "SEKRETARIS" ? "diperbarui" : "dibuat",
          })),
          nilaiDipertahankan: 2,
          nilaiDipindahkan: 0,
          lembarLama:
            request.jabatan?.[0] === "KADIS"
              ? [{ semula: `${request.tahun} KADIS`, menjadi: `${request.tahun} KADIS (lama)`, url: "#gid=99" }]
              : [],
          targetDariKatalog: 3,
          perlindungan: "peran",
          belumPunyaAkses: ["verifikator.inspektorat@sampangkab.go.id"],
          ...(request.rekap === false
            ? {}
            : {
                buktiBelumAda: [
                  { jabatan: "KADIS", periode: "TW III", indikator: ["Indeks Pemberdayaan Gender (IDG)"], url: "#gid=9&range=A12" },
                ],
              }),
          message: "",
        }),
      exportPdf: (request) => {
        const kode = request.jabatan?.[0] ?? "";
        if (kode === "KABID PPPA") return refuse("Ekspor KABID PPPA gagal: Google menjawab HTTP 403 (akses ditolak).");
        return ok({
          tahun: request.tahun,
          folderName: `IKI ${request.tahun}`,
          folderUrl: "https://drive.google.com/drive/folders/abc",
          files: [{ name: `IKI ${request.tahun} - ${kode}.pdf`, url: `https://drive.google.com/file/d/${i(kode)}/view`, label: kode }],
          message: "",
        });
      },
    },
    2300,
  );
  try {
    await page.locator("#siapkan-tombol").click();
    await page.locator("#siapkan-hasil a").first().waitFor();
    await expect(page.locator("#siapkan-hasil .renamed").first().innerText()).resolves.toContain("2026 KADIS → 2026 KADIS (lama)");
    await expect(page.locator("#siapkan-hasil .bukti-belum").innerText()).resolves.toContain("KADIS: 1 indikator");
    await page.locator("#ekspor-tombol").click();
    await page.locator("#ekspor-galat").waitFor({ state: "visible" });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Nothing wider than the panel: no horizontal scrolling in a 300 px sidebar.
    const widths = await page.evaluate(() => {
      const main = document.getElementById("app")!;
      return { client: main.clientWidth, scroll: main.scrollWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    // The scaffold result alone, readable at full size next to the long page.
    await page.locator("#siapkan-hasil").screenshot({ path: SCREENSHOT.replace(/(\.png)?$/, "-hasil.png") });
  } finally {
    await close();
  }
});

function i(kode: string): string {
  return encodeURIComponent(kode);
}
