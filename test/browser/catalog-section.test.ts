import type { Page } from "playwright-core";
import type { CatalogProblemLink, SidebarData } from "../../src/shared/api";
import { expectNoInjection, KATALOG_URL, katalogInfo, katalogMissing, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { deferred, ok, type Reply, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

const browser = useBrowser();

const PAYLOAD = `<img src=x onerror=alert(1)>`;
const SHEET = "https://docs.google.com/spreadsheets/d/abc/edit";

/** `n` problems of column I, one per row from row 5, each linking to its cell. */
function problems(n: number): CatalogProblemLink[] {
  return Array.from({ length: n }, (_, i) => ({
    cell: `KATALOG!I${i + 5}`,
    message: `Jenis "x${i}" tidak dikenal. Yang boleh: rasio, nilai, status.`,
    url: `${SHEET}#gid=11&range=I${i + 5}`,
  }));
}

/** What getSidebarData answers before the first use: no catalog sheet, so no jabatan to offer. */
const FIRST_USE: SidebarData = sidebarData({ jabatan: [], katalog: katalogMissing() });

/** The PK section's gated buttons: Buat, Kunci, the two PDF buttons (all off or all on, one reason line under them). */
const PK_BUTTONS = ["#pk-tombol", "#pk-kunci", "#pk-pdf", "#pk-pdf-gabungan"];

/** The gate's state of the year section's, the export's and the PK section's buttons: [disabled, reason] each. */
async function gated(page: Page): Promise<[boolean, string][]> {
  const out: [boolean, string][] = [];
  for (const prefix of ["siapkan", "ekspor", "pk"]) {
    const reason = page.locator(`#${prefix}-alasan`);
    out.push([await page.locator(`#${prefix}-tombol`).isDisabled(), (await reason.isVisible()) ? await reason.innerText() : ""]);
  }
  const pk = await Promise.all(PK_BUTTONS.map((b) => page.locator(b).isDisabled()));
  // Reported as one entry when they disagree, so the comparison below fails and shows them.
  if (pk.some((d) => d !== pk[0])) out.push([false, `PK buttons disagree: ${JSON.stringify(pk)}`]);
  return out;
}

const OPEN: [boolean, string][] = [
  [false, ""],
  [false, ""],
  [false, ""],
];
const closedBy = (reason: string): [boolean, string][] => [
  [true, reason],
  [true, reason],
  [true, reason],
];

describe("sidebar: Katalog, a catalog without problems", () => {
  it("says where the catalog is, with a link to KATALOG in the spreadsheet's window", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()) });
    try {
      const section = page.locator("#katalog");
      await expect(section.locator("h2").innerText()).resolves.toBe("Katalog");
      await expect(section.locator(".katalog-line").innerText()).resolves.toBe("Katalog: 7 jabatan, 22 indikator — buka");
      const buka = section.getByRole("link", { name: "buka" });
      await expect(buka.getAttribute("href")).resolves.toBe(KATALOG_URL);
      await expect(buka.getAttribute("target")).resolves.toBe("_top");
      await expect(section.getByRole("button", { name: "Periksa katalog" }).isEnabled()).resolves.toBe(true);
      await expect(section.getByRole("button").count()).resolves.toBe(1);
      // It comes first in the panel.
      await expect(page.locator("#app > section").evaluateAll((s) => s.map((e) => e.id))).resolves.toEqual([
        "katalog",
        "siapkan",
        "ekspor",
        "pk",
      ]);
      expect(await gated(page)).toEqual(OPEN);
    } finally {
      await close();
    }
  });

  it("Periksa katalog with no problem says so, without reloading the panel", async () => {
    const { page, stub, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), checkCatalog: ok(katalogInfo()) });
    try {
      await page.getByRole("button", { name: "Periksa katalog" }).click();
      await expect(page.locator("#katalog-hasil").innerText()).resolves.toBe("Katalog siap dipakai: tidak ada masalah.");
      expect(stub.callsOf("checkCatalog")).toEqual([[]]);
      expect(stub.callsOf("getSidebarData")).toHaveLength(1);
      expect(await gated(page)).toEqual(OPEN);
    } finally {
      await close();
    }
  });

  it("a check finding another number of jabatan (one added to JABATAN) reloads the checklists", async () => {
    const eight = [...sidebarData().jabatan, { kode: "KABID BARU", nama: "Kepala Bidang Baru" }];
    let loads = 0;
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: () => (++loads === 1 ? ok(sidebarData()) : ok(sidebarData({ jabatan: eight, katalog: katalogInfo({ jabatan: 8 }) }))),
      checkCatalog: ok(katalogInfo({ jabatan: 8 })),
    });
    try {
      await page.getByRole("button", { name: "Periksa katalog" }).click();
      await page.locator("#siapkan").getByText("KABID BARU", { exact: true }).waitFor();
      await expect(page.locator("#ekspor").getByText("KABID BARU", { exact: true }).count()).resolves.toBe(1);
      await expect(page.locator("#katalog .katalog-line").innerText()).resolves.toBe("Katalog: 8 jabatan, 22 indikator — buka");
      await expect(page.locator("#katalog-hasil").innerText()).resolves.toBe("Katalog siap dipakai: tidak ada masalah.");
    } finally {
      await close();
    }
  });

  it("an older server without katalog: the built-in catalog, nothing to check, nothing gated", async () => {
    const { katalog: _omitted, ...older } = sidebarData();
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(older) });
    try {
      await expect(page.locator("#katalog .katalog-line").innerText()).resolves.toBe("Katalog bawaan server: 7 jabatan.");
      await expect(page.locator("#katalog").innerText()).resolves.toContain("belum membaca katalog dari spreadsheet");
      await expect(page.locator("#katalog button").count()).resolves.toBe(0);
      expect(await gated(page)).toEqual(OPEN);
    } finally {
      await close();
    }
  });
});

describe("sidebar: Katalog with problems", () => {
  it("Periksa katalog lists every problem with a link to its cell; creating and exporting are off", async () => {
    const masalah = [
      ...problems(10),
      { cell: `KATALOG!B7 ${PAYLOAD}`, message: `Kode Jabatan "${PAYLOAD}" tidak ada di JABATAN.`, url: `javascript:alert(2)` },
      { cell: "", message: "Lembar PENGATURAN tidak ada.", url: "" },
      { cell: "JABATAN!A3", message: "Kode wajib diisi.", url: "" },
    ];
    const { page, dialogs, stray, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      checkCatalog: ok(katalogInfo({ masalah })),
    });
    try {
      await page.getByRole("button", { name: "Periksa katalog" }).click();
      const list = page.locator("#katalog-masalah");
      await list.waitFor();
      await expect(page.locator("#katalog-jumlah").innerText()).resolves.toBe("13 masalah di katalog");
      await expect(list.locator("li").allInnerTexts()).resolves.toEqual([
        ...problems(10).map((p) => `${p.cell} ${p.message}`),
        `KATALOG!B7 ${PAYLOAD} Kode Jabatan "${PAYLOAD}" tidak ada di JABATAN.`,
        "Lembar PENGATURAN tidak ada.",
        "JABATAN!A3 Kode wajib diisi.",
      ]);
      // A cell without a link is just named, not said to have a bad link.
      await expect(list.locator("li").last().locator("strong").innerText()).resolves.toBe("JABATAN!A3");
      const links = list.locator("a");
      await expect(links.count()).resolves.toBe(10);
      await expect(links.first().getAttribute("href")).resolves.toBe(`${SHEET}#gid=11&range=I5`);
      await expect(links.first().getAttribute("target")).resolves.toBe("_top");
      await expect(links.first().innerText()).resolves.toBe("KATALOG!I5");
      expect(await gated(page)).toEqual(closedBy("Perbaiki katalog dulu (13 masalah)"));
      // The list has the accessible name of its count, and the hostile texts stayed text.
      await expect(page.getByRole("list", { name: "13 masalah di katalog" }).count()).resolves.toBe(1);
      await page.locator("#katalog-masalah .no-link").click();
      await expectNoInjection({ page, dialogs, stray });
    } finally {
      await close();
    }
  });

  it("a long list scrolls inside the panel, the count above it", async () => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData({ katalog: katalogInfo({ masalah: problems(150) }) })),
    });
    try {
      const list = page.locator("#katalog-masalah");
      await expect(list.locator("li").count()).resolves.toBe(150);
      const box = await list.evaluate((ul) => ({
        client: ul.clientHeight,
        scroll: ul.scrollHeight,
        overflow: getComputedStyle(ul).overflowY,
      }));
      expect(box.overflow).toBe("auto");
      expect(box.client).toBeLessThanOrEqual(240);
      expect(box.scroll).toBeGreaterThan(box.client * 5);
      await expect(page.locator("#katalog-jumlah").isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  // The contract sends no jabatan while there are problems; were some sent, they could still be the faulty ones.
  it.each([
    ["no jabatan", []],
    ["the same number of jabatan", sidebarData().jabatan],
  ])(
    "problems found on loading (with %s) are listed at once; a clean check then reloads the jabatan and turns the buttons on",
    async (_what, jabatan) => {
      let loads = 0;
      const { page, stub, close } = await openSidebar(browser(), {
        getSidebarData: () =>
          ++loads === 1 ? ok(sidebarData({ jabatan, katalog: katalogInfo({ masalah: problems(3) }) })) : ok(sidebarData()),
        checkCatalog: ok(katalogInfo()),
      });
      try {
        await expect(page.locator("#katalog-masalah li").count()).resolves.toBe(3);
        expect(await gated(page)).toEqual(closedBy("Perbaiki katalog dulu (3 masalah)"));
        await expect(page.locator("#siapkan-tombol").getAttribute("aria-describedby")).resolves.toBe("siapkan-alasan");
        await page.getByRole("button", { name: "Periksa katalog" }).click();
        await stub.waitForCalls("getSidebarData", 2);
        await expect(page.locator("#katalog-hasil").innerText()).resolves.toBe("Katalog siap dipakai: tidak ada masalah.");
        expect(await gated(page)).toEqual(OPEN);
        await expect(page.locator("#siapkan input[type=checkbox]").count()).resolves.toBe(8);
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("katalog-periksa");
      } finally {
        await close();
      }
    },
  );
});

describe("sidebar: Katalog with a sheet deleted or renamed mid-year", () => {
  it.each([
    [
      "JABATAN (KATALOG is there: never written over, so no new catalog offered)",
      katalogMissing(["JABATAN"], KATALOG_URL),
      ["Periksa katalog"],
      ".",
    ],
    [
      "KATALOG",
      katalogMissing(["KATALOG"]),
      ["Periksa katalog", "Pakai contoh (Dinas Sosial PPPA Sampang)", "Mulai katalog kosong"],
      ", atau buat katalog baru.",
    ],
  ])("%s: says the catalog is incomplete and lists the missing sheet", async (_what, katalog, buttons, end) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData({ jabatan: [], katalog })) });
    try {
      const section = page.locator("#katalog");
      await expect(section.locator(".katalog-line").innerText()).resolves.toBe(
        "Katalog belum lengkap: ada lembar katalog yang tidak ditemukan (terhapus atau diganti namanya).",
      );
      await expect(section.locator(".hint").first().innerText()).resolves.toBe(
        `Kembalikan nama lembarnya lalu tekan Periksa katalog${end}`,
      );
      await expect(section.getByRole("button").allInnerTexts()).resolves.toEqual(buttons);
      await expect(section.locator("#katalog-masalah li").allInnerTexts()).resolves.toEqual([katalog.masalah[0]!.message]);
      expect(await gated(page)).toEqual(closedBy("Perbaiki katalog dulu (1 masalah)"));
    } finally {
      await close();
    }
  });
});

describe("sidebar: Katalog on first use", () => {
  it.each([
    ["Pakai contoh (Dinas Sosial PPPA Sampang)", "contoh", katalogInfo(), "Katalog contoh dibuat: 7 jabatan, 22 indikator.", OPEN],
    [
      "Mulai katalog kosong",
      "kosong",
      katalogInfo({
        jabatan: 0,
        indikator: 0,
        masalah: [{ cell: "PENGATURAN!B2", message: "Nama instansi wajib diisi.", url: `${SHEET}#gid=12&range=B2` }],
      }),
      "Katalog kosong dibuat. Isi lembar PENGATURAN, JABATAN dan KATALOG, lalu tekan Periksa katalog.",
      closedBy("Perbaiki katalog dulu (1 masalah)"),
    ],
  ] as const)(
    "%s calls createCatalog({ isi: %j }), then shows the new catalog and its jabatan",
    async (label, isi, made, notice, gates) => {
      const hold = deferred<Reply>();
      let created = false;
      const { page, stub, close } = await openSidebar(browser(), {
        getSidebarData: () =>
          created ? ok(sidebarData({ jabatan: made.jabatan ? sidebarData().jabatan : [], katalog: made })) : ok(FIRST_USE),
        createCatalog: () => hold.promise,
      });
      try {
        const section = page.locator("#katalog");
        await expect(section.locator(".katalog-line").innerText()).resolves.toBe(
          "Spreadsheet ini belum punya katalog (lembar KATALOG, JABATAN dan PENGATURAN).",
        );
        await expect(section.getByRole("button").allInnerTexts()).resolves.toEqual([
          "Pakai contoh (Dinas Sosial PPPA Sampang)",
          "Mulai katalog kosong",
        ]);
        // The three "Lembar … tidak ada" would only repeat the line above.
        await expect(section.locator("#katalog-masalah").count()).resolves.toBe(0);
        expect(await gated(page)).toEqual(closedBy("Buat katalog dulu"));

        await section.getByRole("button", { name: label }).click();
        expect(await stub.waitForCalls("createCatalog", 1)).toEqual([[{ isi }]]);
        await expect(page.locator("#katalog-progres").innerText()).resolves.toContain(`Membuat katalog ${isi}`);
        await expect(section.getByRole("button", { name: label }).isDisabled()).resolves.toBe(true);
        created = true;
        hold.resolve(ok(made));

        await section.getByRole("button", { name: "Periksa katalog" }).waitFor();
        expect(stub.callsOf("getSidebarData")).toHaveLength(2);
        await expect(section.locator(".katalog-line").innerText()).resolves.toBe(
          `Katalog: ${made.jabatan} jabatan, ${made.indikator} indikator — buka`,
        );
        await expect(section.locator(".result-message").innerText()).resolves.toBe(notice);
        await expect(section.locator("#katalog-masalah li").count()).resolves.toBe(made.masalah.length);
        await expect(page.locator("#siapkan input[type=checkbox]").count()).resolves.toBe(made.jabatan ? 8 : 1);
        expect(await gated(page)).toEqual(gates);
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("katalog-periksa");
      } finally {
        await close();
      }
    },
  );

  it("the catalog was made but the panel cannot reload: says so, and creating stays off", async () => {
    let loads = 0;
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: () => (++loads === 1 ? ok(FIRST_USE) : throws("Exception: Service Spreadsheets timed out")),
      createCatalog: ok(katalogInfo()),
    });
    try {
      await page.getByRole("button", { name: "Pakai contoh (Dinas Sosial PPPA Sampang)" }).click();
      const box = page.locator("#katalog-galat");
      await box.waitFor({ state: "visible" });
      await expect(box.innerText()).resolves.toBe(
        "Daftar jabatan belum dapat dimuat ulang. Kesalahan di server: Exception: Service Spreadsheets timed out Tutup lalu buka lagi sidebar.",
      );
      await expect(page.locator("#katalog .katalog-line").innerText()).resolves.toBe("Katalog: 7 jabatan, 22 indikator — buka");
      await expect(page.locator("#katalog-hasil").innerText()).resolves.toBe("Katalog contoh dibuat: 7 jabatan, 22 indikator.");
      expect(await gated(page)).toEqual(closedBy("Muat ulang sidebar dulu (daftar jabatan belum diperbarui)"));
    } finally {
      await close();
    }
  });
});
