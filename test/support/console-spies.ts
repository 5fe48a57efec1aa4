/**
 * console.error and console.warn silenced for every test of the calling file, with their spies kept
 * to read what was logged (the server logs one line per answer that is not ok: src/server/endpoint.ts).
 */
export function consoleSpies(): { error: jest.SpyInstance; warn: jest.SpyInstance } {
  const spies = {} as { error: jest.SpyInstance; warn: jest.SpyInstance };
  beforeEach(() => {
    spies.error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    spies.warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => {
    spies.error.mockRestore();
    spies.warn.mockRestore();
  });
  return spies;
}
