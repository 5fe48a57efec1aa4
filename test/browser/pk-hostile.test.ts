import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { PkResult } from "../../src/shared/api";
import { choosePk, lockAnswer, missing, pkAnswer, SHEET } from "./pk-stubs";
import { expectNoInjection, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import type { Handlers } from "./stub-endpoints";
import { ok, refuse } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * The PK section renders everything from the catalog and the server as text: kodes, sheet names,
 * labels, cells, messages with markup and quotes never become elements, long ones neither run
 * off the 300 px panel nor flood it.
 */

const browser = useBrowser();

const PAYLOAD = `<img src=x onerror=alert(1)>`;
const HOSTILE = `SEKRETARIS "${PAYLOAD}" 'q'`;
/** A sheet name with no place to break, as long as Sheets allows (100) and more. */
const LONG_NAME = `PK 2026 ${"PANJANG".repeat(40)}`;
const LONG_LABEL = `Nama ${PAYLOAD} ${"panjang ".repeat(600)}`;

function hostileData() {
  const data = sidebarData();
  data.jabatan[1] = { kode: HOSTILE, nama: `<b>Sekretaris</b> & "kutip" 'tunggal'` };
  return data;
}

/** Nothing of the panel is wider than the panel. */
async function fits(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const main = document.getElementById("app")!;
    return { client: main.clientWidth, scroll: main.scrollWidth };
  });
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

const created = (request: Parameters<typeof pkAnswer>[0]): PkResult =>
  pkAnswer(request, {
    lembar: [
      { name: `PK 2026 ${request.jabatan?.[0]}`, kode: request.jabatan?.[0] ?? "", url: `${SHEET}#gid=3`, status: PAYLOAD as "dibuat" },
    ],
    lembarLama: [{ semula: `PK 2026 ${HOSTILE}`, menjadi: LONG_NAME, url: `${SHEET}#gid=4` }],
    belumDiisi: [
      { label: LONG_LABEL, cell: `JABATAN!E3${PAYLOAD}`, url: `"><img src=x onerror=alert(3)>` },
      { label: `NIP "${PAYLOAD}"`, cell: "JABATAN!G3", url: `${SHEET}#gid=5&range=G3` },
    ],
    message: PAYLOAD,
  });

describe("sidebar: the PK section with hostile strings", () => {
  it("Buat: kodes, sheet names, statuses, labels, cells and errors with markup are shown as text, none injected", async () => {
    const opened = await openSidebar(browser(), {
      getSidebarData: ok(hostileData()),
      createPerjanjianKinerja: (request) => (request.jabatan?.[0] === "KADIS" ? refuse(`Gagal: ${PAYLOAD} "kutip"`) : ok(created(request))),
    });
    const { page, close } = opened;
    try {
      const section = page.locator("#pk");
      await section.getByLabel("Pilih semua").uncheck();
      await section.locator("input[type=checkbox]").nth(1).check(); // KADIS
      await section.locator("input[type=checkbox]").nth(2).check(); // the hostile kode
      await page.locator("#pk-tombol").click();
      await page.locator("#pk-galat").waitFor({ state: "visible" });

      // The checklist itself shows the kode and nama as text.
      await expect(section.locator(".check .kode").nth(1).textContent()).resolves.toBe(HOSTILE);
      await expect(page.locator("#pk-galat").innerText()).resolves.toContain(`KADIS: Gagal: ${PAYLOAD} "kutip"`);
      const links = page.locator("#pk-hasil ul.links a");
      await expect(links.allTextContents()).resolves.toEqual([`PK 2026 ${HOSTILE}`]);
      // An unknown status is a neutral badge with its text.
      await expect(page.locator("#pk-hasil ul.links .badge.other").textContent()).resolves.toBe(PAYLOAD);
      const renamed = page.locator("#pk-hasil .renamed:not(.belum-diisi)");
      await expect(renamed.innerText()).resolves.toContain(`PK 2026 ${HOSTILE} → ${LONG_NAME}`);
      const blanks = page.locator("#pk-hasil .belum-diisi li");
      // The unsafe link is text; the long label cut at 200 characters.
      await expect(blanks.nth(0).textContent()).resolves.toBe(`JABATAN!E3${PAYLOAD}: ${LONG_LABEL.slice(0, 199)}…`);
      await expect(blanks.nth(0).locator("a").count()).resolves.toBe(0);
      await expect(blanks.nth(1).textContent()).resolves.toBe(`JABATAN!G3: NIP "${PAYLOAD}"`);
      await expect(page.locator("#pk-hasil .result-message").textContent()).resolves.toBe("PK 2026: 0 dibuat, 0 diperbarui.");
      await fits(page);
      await expectNoInjection(opened, "img, b");
    } finally {
      await close();
    }
  });

  it("Kunci: the question names the hostile kode as text; the answer's names, kodes and message too", async () => {
    const opened = await openSidebar(browser(), {
      getSidebarData: ok(hostileData()),
      lockPerjanjianKinerja: (request) =>
        ok(
          lockAnswer(request, {
            dikunci: [{ name: `PK 2026 ${HOSTILE}`, url: `javascript:alert(4)` }],
            sudahTerkunci: [{ name: LONG_NAME, url: `${SHEET}#gid=6` }],
            belumDibuat: [HOSTILE, "Z".repeat(500)],
            message: `Dikunci: ${PAYLOAD}`,
          }),
        ),
    });
    const { page, stub, close } = opened;
    try {
      const section = page.locator("#pk");
      await section.getByLabel("Pilih semua").uncheck();
      await section.locator("input[type=checkbox]").nth(2).check();
      await page.locator("#pk-kunci").click();
      await expect(page.locator("#pk-konfirmasi-teks").innerText()).resolves.toContain(`Kunci 1 PK 2026 (${HOSTILE})?`);
      await fits(page);
      await page.locator("#pk-kunci-ya").click();
      await page.locator("#pk-progres", { hasText: "Selesai" }).waitFor();
      expect(stub.callsOf("lockPerjanjianKinerja")).toEqual([[{ tahun: 2026, jabatan: [HOSTILE], perubahan: false }]]);
      await expect(page.locator("#pk-hasil .result-message").textContent()).resolves.toBe(`Dikunci: ${PAYLOAD}`);
      // The javascript: address is no link; the long name is whole.
      await expect(page.locator("#pk-hasil ul.links li").allTextContents()).resolves.toEqual([
        `PK 2026 ${HOSTILE} dikunci`,
        `${LONG_NAME} sudah terkunci`,
      ]);
      await expect(page.locator("#pk-hasil ul.links a").count()).resolves.toBe(1);
      await expect(page.locator("#pk-hasil .belum-dibuat li").allTextContents()).resolves.toEqual([HOSTILE, `${"Z".repeat(79)}…`]);
      await fits(page);
      await expectNoInjection(opened, "img, b");
    } finally {
      await close();
    }
  });
});

/** Screenshots of the PK section in each state, for a person to look at: <dir>/sidebar-pk-<state>.png. */
const DIR = process.env.SIDEBAR_SCREENSHOT_DIR ?? tmpdir();

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
