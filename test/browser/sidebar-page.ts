import { readFileSync } from "node:fs";
import type * as Playwright from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { EXAMPLE_CATALOG as CATALOG } from "../../src/core/catalog";
import type { CatalogInfo, SidebarData } from "../../src/shared/api";
import { loadOnce } from "../support/load-once";
import { buildSidebarHtml, launchOptions, SHARED_CHROMIUM_ENV, SHARED_SIDEBAR_ENV } from "./chromium-server";
import { createStub, type Handlers, installStub, type Stub } from "./stub-endpoints";

/** playwright-core loaded once per Jest worker, not for every browser test file (about 1 s of CPU each). */
const { chromium } = loadOnce<typeof Playwright>("playwright-core");

/** Shared setup of the browser tests: Debian's Chromium, the built Sidebar.html, no network. */

export const SIDEBAR_URL = "https://sidebar.test/Sidebar.html";
const ADDON_CSS = "https://ssl.gstatic.com/docs/script/css/add-ons1.css";

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * The Chromium of a test file: the run's shared one (chromium-server.ts) when there is one,
 * else launched for this file; ready before its tests (with the sidebar built), let go after
 * them (closing a connection closes the file's contexts). Call at the top of the file; the
 * getter gives the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    sidebarHtml();
    const shared = process.env[SHARED_CHROMIUM_ENV];
    browser = shared ? await chromium.connect(shared) : await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium belum dijalankan");
    return browser;
  };
}

let html: string | undefined;
/** dist/Sidebar.html as `npm run build` writes it: the run's (chromium-server.ts), else built fresh for this file. */
export function sidebarHtml(): string {
  if (html === undefined) {
    const shared = process.env[SHARED_SIDEBAR_ENV];
    html = shared ? readFileSync(shared, "utf8") : buildSidebarHtml();
  }
  return html;
}

/** The link to the KATALOG sheet in the stubbed answers. */
export const KATALOG_URL = "https://docs.google.com/spreadsheets/d/abc/edit#gid=11";

/** The built-in example's catalog, read with no problem. */
export function katalogInfo(overrides: Partial<CatalogInfo> = {}): CatalogInfo {
  return { ada: true, url: KATALOG_URL, jabatan: 7, indikator: 22, masalah: [], ...overrides };
}

/**
 * What the server says of missing catalog sheets: a problem without a cell for each;
 * all three missing is the first use. `url`: the KATALOG sheet's link, when it is there.
 */
export function katalogMissing(sheets: readonly string[] = ["KATALOG", "JABATAN", "PENGATURAN"], url = ""): CatalogInfo {
  return {
    ada: false,
    url,
    jabatan: 0,
    indikator: 0,
    masalah: sheets.map((s) => ({ cell: "", message: `Lembar ${s} tidak ada.`, url: "" })),
  };
}

/** The year list as getSidebarData() builds it, with the real catalog's jabatan, read with no problem. */
export function sidebarData(overrides: Partial<SidebarData> = {}): SidebarData {
  return {
    jabatan: CATALOG.jabatan.map((j) => ({ kode: j.kode, nama: j.nama })),
    tahunPilihan: [2025, 2026, 2027, 2028],
    tahunDefault: 2026,
    tahunAda: [2025],
    periode: ["tahunan", "triwulan"],
    katalog: katalogInfo(),
    ...overrides,
  };
}

export interface Opened {
  page: Page;
  stub: Stub;
  /** Messages of alert/confirm dialogs; an XSS payload would land here. */
  dialogs: string[];
  /** Requests that were neither the page nor the add-on CSS (an injected <img src> would land here). */
  stray: string[];
  close(): Promise<void>;
}

/**
 * Nothing a hostile text carried ran: after a moment for a failed image load to fire
 * onerror, no element of `selector` was made, no dialog opened, no request left the page.
 */
export async function expectNoInjection(opened: Pick<Opened, "page" | "dialogs" | "stray">, selector = "img"): Promise<void> {
  await opened.page.waitForTimeout(200);
  await expect(opened.page.locator(selector).count()).resolves.toBe(0);
  expect(opened.dialogs).toEqual([]);
  expect(opened.stray).toEqual([]);
}

/**
 * Ticks only `kodes` in "Siapkan lembar tahun" (one call per jabatan: a test of one answer's
 * rendering chooses one). Ticked last to first: the calls still follow the catalog's order.
 */
export async function chooseOnly(page: Page, kodes: readonly string[]): Promise<void> {
  const section = page.locator("#siapkan");
  await section.getByLabel("Pilih semua").uncheck();
  for (const kode of [...kodes].reverse()) await section.locator(`input[type=checkbox][value=${JSON.stringify(kode)}]`).check();
}

/** The test now using a page: where its stubbed calls, dialogs and stray requests go. */
interface Session {
  stub: ReturnType<typeof createStub>;
  dialogs: string[];
  stray: string[];
}
interface Tab {
  page: Page;
  session: Session;
}

/**
 * A closed sidebar's page, per browser, for the next test to load its own sidebar into: a new
 * page costs Chromium a renderer process (about half a second of CPU), a navigation does not.
 * The next test still gets a fresh document; only the page, its routes and its stub bridge stay.
 */
const idle = new WeakMap<Browser, Tab>();

async function newTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  // A sidebar that crashed never shows what a test waits for: fail well inside Jest's 30 s.
  page.setDefaultTimeout(10_000);
  const tab: Tab = { page, session: { stub: createStub(), dialogs: [], stray: [] } };
  page.on("dialog", (dialog) => {
    tab.session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) return route.fulfill({ contentType: "text/html; charset=utf-8", body: sidebarHtml() });
    if (url === ADDON_CSS) return route.fulfill({ contentType: "text/css", body: "" });
    tab.session.stray.push(url);
    return route.abort();
  });
  await installStub(page, (name, args) => tab.session.stub.answer(name, args));
  return tab;
}

/** Opens the sidebar in a 300 px wide page, with google.script.run stubbed by `handlers`. */
export async function openSidebar(browser: Browser, handlers: Handlers, height = 800): Promise<Opened> {
  const tab = idle.get(browser) ?? (await newTab(browser));
  idle.delete(browser);
  const session: Session = { stub: createStub(handlers), dialogs: [], stray: [] };
  tab.session = session;
  const { page } = tab;
  await page.setViewportSize({ width: 300, height });
  await page.goto(SIDEBAR_URL);
  const close = async () => {
    // Unloading the sidebar ends its timers and pending calls; then the page waits for the next test.
    try {
      await page.goto("about:blank");
    } catch {
      await page.context().close(); // a crashed page is not reused
      return;
    }
    if (!idle.has(browser)) idle.set(browser, tab);
    else await page.context().close();
  };
  return { page, stub: session.stub, dialogs: session.dialogs, stray: session.stray, close };
}
