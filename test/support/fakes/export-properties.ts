/**
 * In-memory fake of `PropertiesService.getUserProperties()` (the members the export
 * calls: getProperty, setProperty, with the real signatures), recording every call.
 * One instance is one user's store: share it between services objects to play
 * several server calls of the same user (the sidebar's one call per jabatan).
 */
import type { ExportProperties } from "../../../src/adapters/export/services";

type PropertiesMethod = "getProperty" | "setProperty";

export class FakeProperties implements ExportProperties, Pick<GoogleAppsScript.Properties.Properties, "getProperty"> {
  readonly store = new Map<string, string>();
  readonly calls: { method: PropertiesMethod; key: string; value?: string }[] = [];
  /** Errors thrown by the next call of a method (the store unavailable, a quota). */
  readonly failNext: Partial<Record<PropertiesMethod, Error>> = {};

  getProperty(key: string): string | null {
    this.record("getProperty", key);
    return this.store.get(key) ?? null;
  }
  /** Properties.setProperty(key, value): returns the store, as Apps Script does. */
  setProperty(key: string, value: string): FakeProperties {
    this.record("setProperty", key, value);
    this.store.set(key, value);
    return this;
  }
  count(method: PropertiesMethod): number {
    return this.calls.filter((c) => c.method === method).length;
  }
  private record(method: PropertiesMethod, key: string, value?: string): void {
    this.calls.push({ method, key, ...(value === undefined ? {} : { value }) });
    const error = this.failNext[method];
    if (error) {
      delete this.failNext[method];
      throw error;
    }
  }
}
