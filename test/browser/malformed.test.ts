import type { Page } from "playwright-core";
import type { Periode } from "../../src/shared/api";
import { chooseOnly, openSidebar, sidebarData, useBrowser } from "./sidebar-page";
import { failsWith, ok, type Reply } from "./stub-endpoints";

jest.setTimeout(30_000);

/**
 * Answers the sidebar must survive: server strings named like Object.prototype
 * properties, and answers that are not of the contract's shape.
 */

const browser = useBrowser();

const PROTO_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"];
const FORMAT = "Jawaban server tidak sesuai format";

/** Text a broken sidebar shows: raw English exceptions. */
const ENGLISH = /Cannot read|Failed to execute|undefined|null is not|TypeError|is not a function|is not iterable/;

function scaffold(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tahun: 2026,
    periode: "tahunan",
    lembar: [{ name: "2026 KADIS", url: "#gid=1", status: "dibuat" }],
    nilaiDipertahankan: 0,
    nilaiDipindahkan: 0,
    lembarLama: [],
    message: "Selesai.",
    ...overrides,
  };
}

/** Texts of the visible alerts: what a crash shows, so a failing test says what the user saw. */
async function alerts(page: Page): Promise<string[]> {
  return page.locator("[role=alert]:visible").allInnerTexts();
}

async function scaffoldError(page: Page): Promise<string> {
  await page.locator("#siapkan-tombol").click();
  const box = page.locator("#siapkan-galat");
  await box.waitFor({ state: "visible" });
  return box.innerText();
}

describe("sidebar: server strings named like built-in object properties", () => {
  it("periode values like constructor / __proto__ / toString become plain radio labels", async () => {
    const { page, close } = await openSidebar(browser(), {
      // Periode this sidebar does not know (a newer server's): the contract's type does not allow them, the wire does.
      getSidebarData: ok(sidebarData({ periode: ["tahunan", ...PROTO_NAMES] as Periode[] })),
    });
    try {
      await page.locator("#siapkan-tombol, [role=alert]:visible").first().waitFor();
      expect(await alerts(page)).toEqual([]);
      const labels = await page.locator("#siapkan fieldset").nth(1).locator("label").allTextContents();
      expect(labels).toEqual(["Tahunan", ...PROTO_NAMES]);
    } finally {
      await close();
    }
  });

  it("sheet statuses like constructor / __proto__ / toString are shown as text badges; every row renders", async () => {
    const sheets = ["dibuat", ...PROTO_NAMES].map((status, i) => ({ name: `2026 S${i}`, url: `#gid=${i}`, status }));
    const { page, close } = await openSidebar(browser(), {
      getSidebarData: ok(sidebarData()),
      scaffoldYear: ok(scaffold({ lembar: sheets })),
    });
    try {
      await chooseOnly(page, ["KADIS"]);
      await page.locator("#siapkan-tombol").click();
      await page.locator("#siapkan-hasil li, #siapkan-galat:visible").first().waitFor();
      expect(await alerts(page)).toEqual([]);
      await expect(page.locator("#siapkan-hasil li").count()).resolves.toBe(sheets.length);
      await expect(page.locator("#siapkan-hasil .badge").allTextContents()).resolves.toEqual(["dibuat", ...PROTO_NAMES]);
    } finally {
      await close();
    }
  });
});

describe("sidebar: a malformed answer shows an Indonesian error", () => {
  it("{ ok: true, data: null } from getSidebarData: the load error, with a retry", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(null) });
    try {
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain("Data sidebar tidak dapat dimuat.");
      expect(text).toContain(FORMAT);
      expect(text).not.toMatch(ENGLISH);
      await expect(page.getByRole("button", { name: "Coba lagi" }).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it.each<[string, Reply]>([
    ["{ ok: true, data: null }", ok(null)],
    ["null", { value: null }],
    ["a string", { value: "ok" }],
    ["{ ok: true } without data", { value: { ok: true } }],
    ["data without lembar", ok(scaffold({ lembar: undefined }))],
    ["lembar that is not a list", ok(scaffold({ lembar: "2026 KADIS" }))],
    ["a sheet that is null", ok(scaffold({ lembar: [null] }))],
    ["a sheet name that is a number", ok(scaffold({ lembar: [{ name: 5, url: "#gid=1", status: "dibuat" }] }))],
    ["tahun as text", ok(scaffold({ tahun: "2026" }))],
    ["counts as text", ok(scaffold({ nilaiDipertahankan: "12" }))],
    ["lembarLama that is not a list", ok(scaffold({ lembarLama: {} }))],
    ["a lembarLama entry without menjadi", ok(scaffold({ lembarLama: [{ semula: "2026 KADIS", url: "#gid=2" }] }))],
  ])("scaffoldYear answering %s", async (_what, reply) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: reply });
    try {
      const text = await scaffoldError(page);
      expect(text).toContain(FORMAT);
      expect(text).not.toMatch(ENGLISH);
      await expect(page.locator("#siapkan-hasil li").count()).resolves.toBe(0);
      await expect(page.locator("#siapkan-tombol").isEnabled()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it("exportPdf answering { ok: true, data: null } fails that jabatan with an Indonesian message", async () => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), exportPdf: ok(null) });
    try {
      await page.locator("#ekspor").getByLabel("Satu file gabungan (bundel)").check();
      await page.locator("#ekspor-tombol").click();
      const box = page.locator("#ekspor-galat");
      await box.waitFor({ state: "visible" });
      const text = await box.innerText();
      expect(text).toContain(FORMAT);
      expect(text).not.toMatch(ENGLISH);
    } finally {
      await close();
    }
  });

  it.each<[string, unknown, string]>([
    ["a number", 42, "Server mengalami kesalahan"],
    ["null", null, "Server tidak dapat dihubungi"],
    ["an empty object", {}, "Server mengalami kesalahan"],
    ["an object whose message is not text", { message: 5 }, "Server mengalami kesalahan"],
    ["a list", ["x"], "Server mengalami kesalahan"],
  ])("a failure handler receiving %s shows an Indonesian message", async (_what, value, expected) => {
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: failsWith(value) });
    try {
      const text = await scaffoldError(page);
      expect(text).toContain(expected);
      expect(text).not.toMatch(ENGLISH);
    } finally {
      await close();
    }
  });

  it("a long server exception is quoted in at most 80 characters", async () => {
    const long = `Exception: ${"x".repeat(5000)}`;
    const { page, close } = await openSidebar(browser(), { getSidebarData: ok(sidebarData()), scaffoldYear: failsWith(long) });
    try {
      const text = await scaffoldError(page);
      const [before, after] = text.split("Kesalahan di server: ");
      expect(before).toMatch(/^Lembar 1 \/ 7 gagal disiapkan:\s+KADIS: $/);
      expect(after!.startsWith("Exception: xxx")).toBe(true);
      const quoted = after!.split("…")[0]!;
      expect(quoted.length).toBeLessThanOrEqual(80);
      expect(text.length).toBeLessThan(300);
    } finally {
      await close();
    }
  });
});
