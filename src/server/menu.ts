/** The add-on menu's one item, and the global it runs (registered in src/entries/registry.ts). */
export const MENU_ITEM = "Buka IKI Sheets";
export const MENU_FUNCTION = "showSidebar";

type MenuUi = Pick<GoogleAppsScript.Base.Ui, "createAddonMenu">;
type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Adds the add-on menu. Safe in AuthMode.NONE (an add-on not yet used in this
 * file): it only touches the UI, never the spreadsheet's data, properties or Drive.
 */
export function onOpen(_e?: OpenEvent, ui: MenuUi = SpreadsheetApp.getUi()): void {
  ui.createAddonMenu().addItem(MENU_ITEM, MENU_FUNCTION).addToUi();
}

/** Right after installation Sheets does not run onOpen, so the menu is added here. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall, ui?: MenuUi): void {
  onOpen(e, ui);
}
