/**
 * The user's store of which way to a PDF works (core/export/route-memory), through
 * PropertiesService.getUserProperties(). It is only a shortcut: a store that cannot
 * be read or written never stops an export; it is logged and the export goes on as
 * if nothing were remembered.
 */
import { errorText } from "../../core/export/problem";
import { parseRouteRecord, ROUTE_KEY, type RouteRecord, serializeRouteRecord } from "../../core/export/route-memory";
import { clip } from "../../core/quote";
import type { ExportProperties } from "./services";

export function readRouteRecord(properties: ExportProperties): RouteRecord | null {
  try {
    return parseRouteRecord(properties.getProperty(ROUTE_KEY));
  } catch (e) {
    console.warn(`Ingatan jalur ekspor PDF tidak dapat dibaca (alamat ekspor dicoba seperti biasa): ${clip(errorText(e))}`);
    return null;
  }
}

export function writeRouteRecord(properties: ExportProperties, record: RouteRecord): void {
  try {
    properties.setProperty(ROUTE_KEY, serializeRouteRecord(record));
  } catch (e) {
    console.warn(`Ingatan jalur ekspor PDF tidak dapat disimpan: ${clip(errorText(e))}`);
  }
}
