import { SIDEBAR_FILE, SIDEBAR_TITLE, showSidebar } from "../../src/server/show-sidebar";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

function fakes() {
  const log: string[] = [];
  const output = {
    title: "",
    setTitle(title: string) {
      log.push(`setTitle(${title})`);
      output.title = title;
      return output as unknown as HtmlOutput;
    },
  };
  const html = {
    createHtmlOutputFromFile(filename: string) {
      log.push(`createHtmlOutputFromFile(${filename})`);
      return output as unknown as HtmlOutput;
    },
  } as GoogleAppsScript.HTML.HtmlService;
  const shown: unknown[] = [];
  const ui = {
    showSidebar(userInterface: HtmlOutput) {
      log.push("showSidebar()");
      shown.push(userInterface);
    },
  } as GoogleAppsScript.Base.Ui;
  return { log, output, html, ui, shown };
}

describe("showSidebar", () => {
  it("shows dist/Sidebar.html titled IKI Sheets", () => {
    const f = fakes();
    showSidebar(f.ui, f.html);
    expect(f.log).toEqual(["createHtmlOutputFromFile(Sidebar)", "setTitle(IKI Sheets)", "showSidebar()"]);
    expect(f.shown).toEqual([f.output]);
    expect([SIDEBAR_FILE, SIDEBAR_TITLE]).toEqual(["Sidebar", "IKI Sheets"]);
  });

  it("reads the Apps Script globals only when called", () => {
    const g = globalThis as Record<string, unknown>;
    const f = fakes();
    g.SpreadsheetApp = { getUi: () => f.ui };
    g.HtmlService = f.html;
    try {
      showSidebar();
      expect(f.shown).toEqual([f.output]);
    } finally {
      delete g.SpreadsheetApp;
      delete g.HtmlService;
    }
  });
});
