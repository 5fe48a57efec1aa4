import { MENU_FUNCTION, MENU_ITEM, onInstall, onOpen } from "../../src/server/menu";

type Ui = GoogleAppsScript.Base.Ui;

/** A fake Ui whose add-on menu records what was added. */
function fakeUi() {
  const log: string[] = [];
  const menu = {
    addItem(caption: string, functionName: string) {
      log.push(`addItem(${caption}, ${functionName})`);
      return menu;
    },
    addToUi() {
      log.push("addToUi()");
    },
  };
  const ui = {
    createAddonMenu() {
      log.push("createAddonMenu()");
      return menu;
    },
  } as unknown as Ui;
  return { ui, log };
}

/** A global whose every member throws except the ones listed: what AuthMode.NONE allows. */
function onlyAllows(name: string, allowed: Record<string, unknown>): unknown {
  return new Proxy(allowed, {
    get(target, prop) {
      if (typeof prop !== "string") return undefined; // jest's own probes
      if (prop in target) return target[prop];
      throw new Error(`${name}.${String(prop)} is not allowed in AuthMode.NONE`);
    },
  });
}

const EXPECTED = ["createAddonMenu()", `addItem(${MENU_ITEM}, ${MENU_FUNCTION})`, "addToUi()"];
const NONE = { authMode: "NONE" } as unknown as GoogleAppsScript.Events.SheetsOnOpen;

describe("add-on menu", () => {
  it("onOpen adds one add-on menu item that opens the sidebar", () => {
    const { ui, log } = fakeUi();
    onOpen(NONE, ui);
    expect(log).toEqual(EXPECTED);
    expect(MENU_ITEM).toBe("Buka IKI Sheets");
    expect(MENU_FUNCTION).toBe("showSidebar");
  });

  it("onInstall adds the same menu", () => {
    const { ui, log } = fakeUi();
    onInstall({ authMode: "FULL" } as unknown as GoogleAppsScript.Events.AddonOnInstall, ui);
    expect(log).toEqual(EXPECTED);
  });

  describe("with the real globals (defaults)", () => {
    const g = globalThis as Record<string, unknown>;
    const saved = ["SpreadsheetApp", "PropertiesService", "DriveApp", "HtmlService"].map((k) => [k, g[k]] as const);
    let log: string[];

    beforeEach(() => {
      const fake = fakeUi();
      log = fake.log;
      // Only SpreadsheetApp.getUi() is reachable: reading data, properties or Drive throws.
      g.SpreadsheetApp = onlyAllows("SpreadsheetApp", { getUi: () => fake.ui });
      g.PropertiesService = onlyAllows("PropertiesService", {});
      g.DriveApp = onlyAllows("DriveApp", {});
      g.HtmlService = onlyAllows("HtmlService", {});
    });
    afterEach(() => {
      for (const [k, v] of saved) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
    });

    it("onOpen in AuthMode.NONE touches nothing but the UI", () => {
      expect(() => onOpen(NONE)).not.toThrow();
      expect(log).toEqual(EXPECTED);
    });

    it("onInstall with only the event (as Apps Script calls it)", () => {
      onInstall({ authMode: "NONE" } as unknown as GoogleAppsScript.Events.AddonOnInstall);
      expect(log).toEqual(EXPECTED);
    });
  });
});
