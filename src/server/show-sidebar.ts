/** The sidebar's title in the Sheets side panel. */
export const SIDEBAR_TITLE = "IKI Sheets";
/** dist/Sidebar.html, as Apps Script names the HTML file (no extension). */
export const SIDEBAR_FILE = "Sidebar";

type SidebarUi = Pick<GoogleAppsScript.Base.Ui, "showSidebar">;
type HtmlFiles = Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutputFromFile">;

/**
 * Opens the sidebar (the add-on menu's "Buka IKI Sheets"). The services are
 * parameters so tests pass fakes; the defaults read Apps Script's globals only
 * when called, never at load time.
 */
export function showSidebar(ui: SidebarUi = SpreadsheetApp.getUi(), html: HtmlFiles = HtmlService): void {
  const output = html.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  ui.showSidebar(output);
}
