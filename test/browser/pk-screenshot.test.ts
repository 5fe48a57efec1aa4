import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { choosePk, lockAnswer, missing, pkAnswer, SHEET } from "./pk-stubs";
import { openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import type { Handlers } from "./stub-endpoints";
import { ok, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Screenshots of the PK section in each state, for a person to look at: <dir>/sidebar-pk-<state>.png. */
const DIR = process.env.SIDEBAR_SCREENSHOT_DIR ?? tmpdir();

const browser = useBrowser();

/** The draft of the built-in example: the officials below the Kepala Dinas are not named yet. */
const handlers: Handlers = {
  getSidebarData: ok(sidebarData()),
  createPerjanjianKinerja: (request) => {
    const kode = request.jabatan?.[0] ?? "";
    if (kode === "KABID PPPA") return refuse("Atasan KABID PPPA belum diisi di lembar JABATAN (kolom Atasan).");
    const row = { KADIS: 2, SEKRETARIS: 3, "KASUBAG UMUM": 4 }[kode] ?? 5;
    return ok(
      pkAnswer(request, {
        lembar: [
          { name: `PK ${request.tahun} ${kode}`, kode, url: `${SHEET}#gid=${row}`, status: kode === "KADIS" ? "terkunci" : "dibuat" },
        ],
        belumDiisi:
          kode === "KADIS"
            ? [missing("PENGATURAN!B13", "Nama kepala daerah")]
            : [missing(`JABATAN!E${row}`, `Nama Pejabat ${kode}`), missing(`JABATAN!G${row}`, `NIP Pejabat ${kode}`)],
      }),
    );
  },
  lockPerjanjianKinerja: (request) =>
    ok(
      lockAnswer(request, {
        dikunci: [{ name: "PK 2026 SEKRETARIS", url: `${SHEET}#gid=3` }],
        sudahTerkunci: [{ name: "PK 2026 KADIS", url: `${SHEET}#gid=2` }],
        belumDiisi: [missing("JABATAN!E4", "Nama Pejabat KASUBAG UMUM")],
        belumDibuat: ["KABID PPPA"],
        message: "1 PK dikunci, 1 sudah terkunci; 1 menunggu isian, 1 belum dibuat.",
      }),
    ),
};

const KODES = ["KADIS", "SEKRETARIS", "KASUBAG UMUM", "KABID PPPA"];

const STATES: [string, (page: Page) => Promise<void>][] = [
  ["form", async () => {}],
  [
    "hasil",
    async (page) => {
      await page.locator("#pk-tombol").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });
    },
  ],
  [
    "konfirmasi",
    async (page) => {
      await page.locator("#pk-kunci").click();
      await page.locator("#pk-konfirmasi").waitFor();
    },
  ],
  [
    "kunci",
    async (page) => {
      await page.locator("#pk-kunci").click();
      await page.locator("#pk-kunci-ya").click();
      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
    },
  ],
];

it.each(STATES)("the PK section (%s) fits the 300 px panel (screenshot saved)", async (state, reach) => {
  const { page, close } = await openSidebar(browser(), handlers, 2600);
  try {
    await choosePk(page, KODES);
    await reach(page);
    if (state !== "konfirmasi") await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const widths = await page.evaluate(() => {
      const main = document.getElementById("app")!;
      return { client: main.clientWidth, scroll: main.scrollWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The section alone: the panel above it is the other screenshots'.
    await page.locator("#pk").screenshot({ path: join(DIR, `sidebar-pk-${state}.png`) });
  } finally {
    await close();
  }
});
