import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { KATALOG_URL, katalogInfo, katalogMissing, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import type { Handlers } from "./stub-endpoints";
import { ok } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Screenshots of the Katalog section in each state, for a person to look at: <dir>/sidebar-katalog-<state>.png. */
const DIR = process.env.SIDEBAR_SCREENSHOT_DIR ?? tmpdir();
const SHEET = "https://docs.google.com/spreadsheets/d/abc/edit";

const browser = useBrowser();

const MASALAH = [
  { cell: "KATALOG!I5", message: 'Jenis "indeks" tidak dikenal. Yang boleh: rasio, nilai, status.', url: `${SHEET}#gid=11&range=I5` },
  { cell: "KATALOG!A9", message: 'Kode Jabatan "KABID PPA" tidak ada di lembar JABATAN.', url: `${SHEET}#gid=11&range=A9` },
  { cell: "KATALOG!E12", message: "Jenis rasio memerlukan label Pembilang.", url: `${SHEET}#gid=11&range=E12` },
  { cell: "KATALOG!O14", message: 'Target 2027 "<img src=x onerror=alert(1)>" bukan angka.', url: `${SHEET}#gid=11&range=O14` },
  { cell: "JABATAN!A8", message: 'Kode "KADIS" dipakai dua kali (juga di JABATAN!A2).', url: `${SHEET}#gid=12&range=A8` },
  {
    cell: "PENGATURAN!B8",
    message: "NIP penandatangan harus 18 angka; tanggal lahir (angka 1–8) 19681323 tidak ada.",
    url: `${SHEET}#gid=13&range=B8`,
  },
  ...Array.from({ length: 6 }, (_, i) => ({
    cell: `KATALOG!M${20 + i}`,
    message: `Berlaku Dari 2029 lebih besar dari Berlaku Sampai 2027.`,
    url: `${SHEET}#gid=11&range=M${20 + i}`,
  })),
];

const STATES: [string, Handlers, (page: Page) => Promise<void>][] = [
  [
    "siap",
    { getSidebarData: ok(sidebarData()), checkCatalog: ok(katalogInfo()) },
    async (page) => {
      await page.getByRole("button", { name: "Periksa katalog" }).click();
      await page.locator("#katalog-hasil p").waitFor();
    },
  ],
  [
    "masalah",
    { getSidebarData: ok(sidebarData()), checkCatalog: ok(katalogInfo({ masalah: MASALAH })) },
    async (page) => {
      await page.getByRole("button", { name: "Periksa katalog" }).click();
      await page.locator("#katalog-masalah").waitFor();
    },
  ],
  [
    "pertama",
    { getSidebarData: ok(sidebarData({ jabatan: [], katalog: katalogMissing() })) },
    async (page) => {
      await page.locator("#katalog-contoh").waitFor();
    },
  ],
  [
    "dibuat",
    {
      getSidebarData: (() => {
        let loads = 0;
        return () => (++loads === 1 ? ok(sidebarData({ jabatan: [], katalog: katalogMissing() })) : ok(sidebarData()));
      })(),
      createCatalog: ok(katalogInfo()),
    },
    async (page) => {
      await page.getByRole("button", { name: "Pakai contoh (Dinas Sosial PPPA Sampang)" }).click();
      await page.locator("#katalog-periksa").waitFor();
    },
  ],
  [
    "belum-lengkap",
    { getSidebarData: ok(sidebarData({ jabatan: [], katalog: katalogMissing(["JABATAN"], KATALOG_URL) })) },
    async (page) => {
      await page.locator("#katalog-masalah").waitFor();
    },
  ],
  [
    "server-lama",
    { getSidebarData: ok((({ katalog: _k, ...older }) => older)(sidebarData())) },
    async (page) => {
      await page.locator("#siapkan-tombol").waitFor();
    },
  ],
];

it.each(STATES)("the Katalog section (%s) fits the 300 px panel (screenshot saved)", async (state, handlers, reach) => {
  const { page, close } = await openSidebar(browser(), handlers, 1400);
  try {
    await reach(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const widths = await page.evaluate(() => {
      const main = document.getElementById("app")!;
      return { client: main.clientWidth, scroll: main.scrollWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: join(DIR, `sidebar-katalog-${state}.png`), fullPage: true });
  } finally {
    await close();
  }
});
