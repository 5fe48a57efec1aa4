import type { Page } from "playwright-core";
import { katalogInfo, katalogMissing, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { ok, type Reply, refuse, throws } from "./stub-endpoints";

jest.setTimeout(30_000);

/** Catalog answers the sidebar must survive: not of the contract's shape, refused, or thrown. */

const browser = useBrowser();

const FORMAT = "Jawaban server tidak sesuai format";
/** Text a broken sidebar shows: raw English exceptions. */
const ENGLISH = /Cannot read|Failed to execute|undefined|null is not|TypeError|is not a function|is not iterable/;

const FINE_LINE = "Katalog: 7 jabatan, 22 indikator — buka";

/** `katalogInfo()` with some fields replaced by values of the wrong kind. */
function broken(fields: Record<string, unknown>): Reply {
  return ok({ ...katalogInfo(), ...fields });
}

async function errorAfterClick(page: Page, button: string): Promise<string> {
  await page.getByRole("button", { name: button }).click();
  const box = page.locator("#katalog-galat");
  await box.waitFor({ state: "visible" });
  return box.innerText();
}

const MALFORMED: [string, Reply, string][] = [
  ["{ ok: true, data: null }", ok(null), "data harus berupa objek, diterima null"],
  ["a string", { value: "ok" }, 'jawaban harus berupa objek { ok, data }, diterima teks "ok"'],
  ["ada as text", broken({ ada: "true" }), 'data.ada harus berupa true atau false, diterima teks "true"'],
  ["a negative count", broken({ indikator: -1 }), "data.indikator harus berupa bilangan bulat ≥ 0, diterima angka -1"],
  ["masalah as text", broken({ masalah: "3 masalah" }), 'data.masalah harus berupa daftar, diterima teks "3 masalah"'],
  ["a problem that is null", broken({ masalah: [null] }), "data.masalah[0] harus berupa objek, diterima null"],
  ["a numeric cell", broken({ masalah: [{ cell: 5, message: "x", url: "" }] }), "data.masalah[0].cell harus berupa teks, diterima angka 5"],
  [
    "a problem without message",
    broken({ masalah: [{ cell: "KATALOG!I5", url: "" }] }),
    "data.masalah[0].message harus berupa teks, diterima tidak ada",
  ],
];

describe("sidebar: Katalog, a malformed answer shows an Indonesian error and changes nothing", () => {
  it.each(MALFORMED)("checkCatalog answering %s", async (_what, reply, detail) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), checkCatalog: reply });
    try {
      const text = await errorAfterClick(page, "Periksa katalog");
      expect(text).toBe(`${FORMAT}: ${detail}. Muat ulang sidebar lalu coba lagi.`);
      expect(text).not.toMatch(ENGLISH);
      await expect(page.locator("#katalog .katalog-line").innerText()).resolves.toBe(FINE_LINE);
      await expect(page.locator("#katalog-masalah").count()).resolves.toBe(0);
      await expect(page.locator("#katalog-progres").innerText()).resolves.toBe("");
      for (const id of ["katalog-periksa", "siapkan-tombol", "ekspor-tombol"])
        await expect(page.locator(`#${id}`).isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it.each([MALFORMED[0]!, MALFORMED[2]!, MALFORMED[6]!])(
    "createCatalog answering %s: still the first use, nothing reloaded",
    async (_what, reply, detail) => {
      const { page, stub, close } = await openSidebar(browser(), {
        getSidebarData: ok(sidebarData({ jabatan: [], katalog: katalogMissing() })),
        createCatalog: reply,
      });
      try {
        const text = await errorAfterClick(page, "Mulai katalog kosong");
        expect(text).toBe(`${FORMAT}: ${detail}. Muat ulang sidebar lalu coba lagi.`);
        expect(stub.callsOf("getSidebarData")).toHaveLength(1);
        await expect(page.getByRole("button", { name: "Mulai katalog kosong" }).isEnabled()).resolves.toBe(true);
        await expect(page.locator("#siapkan-tombol").isDisabled()).resolves.toBe(true);
        await expect(page.locator("#siapkan-alasan").innerText()).resolves.toBe("Buat katalog dulu");
      } finally {
        await close();
      }
    },
  );

  it.each<[string, unknown, string]>([
    ["null", null, "data.katalog harus berupa objek, diterima null"],
    ["without masalah", { ada: true, url: "", jabatan: 7, indikator: 22 }, "data.katalog.masalah harus berupa daftar, diterima tidak ada"],
  ])("getSidebarData with a katalog that is %s: the load error, with a retry", async (_what, katalog, detail) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok({ ...sidebarData(), katalog }) });
    try {
      const alert = page.getByRole("alert");
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toBe(
        `Data sidebar tidak dapat dimuat. ${FORMAT}: ${detail}. Muat ulang sidebar lalu coba lagi.`,
      );
      await expect(page.getByRole("button", { name: "Coba lagi" }).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});

describe("sidebar: Katalog, the server refusing or failing", () => {
  it.each([
    [
      "{ ok: false, error }",
      refuse("Katalog tidak dapat dibaca: lembar KATALOG dikunci."),
      "Katalog tidak dapat dibaca: lembar KATALOG dikunci.",
    ],
    [
      "a thrown exception",
      throws("Exception: Service Spreadsheets timed out"),
      "Kesalahan di server: Exception: Service Spreadsheets timed out",
    ],
    ["an older server without the function", undefined, "Kesalahan di server: Script function not found: checkCatalog"],
  ])("checkCatalog: %s is shown in the error box", async (_what, reply, message) => {
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      ...(reply ? { checkCatalog: reply } : {}),
    });
    try {
      await expect(errorAfterClick(page, "Periksa katalog")).resolves.toBe(message);
      await expect(page.locator("#katalog .katalog-line").innerText()).resolves.toBe(FINE_LINE);
      await expect(page.locator("#siapkan-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("problem texts named like Object.prototype properties are plain text", async () => {
    const names = ["constructor", "__proto__", "toString", "hasOwnProperty"];
    const masalah = names.map((name) => ({ cell: name, message: name, url: name }));
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData({ katalog: katalogInfo({ masalah }) })) });
    try {
      await expect(page.locator("#katalog-masalah li").allInnerTexts()).resolves.toEqual(names.map((n) => `${n} ${n}`));
      await expect(page.locator("#katalog-masalah a").count()).resolves.toBe(0);
      await expect(page.locator("#siapkan-alasan").innerText()).resolves.toBe("Perbaiki katalog dulu (4 masalah)");
    } finally {
      await close();
    }
  });
});
