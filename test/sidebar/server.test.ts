import { callServer, ServerError } from "../../src/sidebar/server";

/** A fake google.script.run answering every call with `answer`, recording the calls. */
function installRun(answer: { success?: unknown; failure?: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (onSuccess?: (v: unknown) => void, onFailure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => make(fn, onFailure);
          if (prop === "withFailureHandler") return (fn: (e: unknown) => void) => make(onSuccess, fn);
          if (prop === "exportPdf" || prop === "scaffoldYear" || prop === "getSidebarData")
            return (...args: unknown[]) => {
              calls.push({ name: prop, args });
              setTimeout(() => ("failure" in answer ? onFailure?.(answer.failure) : onSuccess?.(answer.success)), 0);
            };
          return undefined;
        },
      },
    );
  (globalThis as Record<string, unknown>).google = { script: { run: make() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
});

describe("callServer", () => {
  it("resolves with data of { ok: true } and passes the request through", async () => {
    const calls = installRun({ success: { ok: true, data: { tahun: 2027 } } });
    await expect(callServer("scaffoldYear", { tahun: 2027, periode: "tahunan" })).resolves.toEqual({ tahun: 2027 });
    expect(calls).toEqual([{ name: "scaffoldYear", args: [{ tahun: 2027, periode: "tahunan" }] }]);
  });

  it("rejects with the server's own message for { ok: false }", async () => {
    installRun({ success: { ok: false, error: "Tahun tidak valid." } });
    const error = await callServer("getSidebarData").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toBe("Tahun tidak valid.");
  });

  it.each([
    [new Error("Exception: boom"), "Kesalahan di server: Exception: boom"],
    ["plain text", "Kesalahan di server: plain text"],
    [undefined, "Server tidak dapat dihubungi. Coba lagi."],
  ])("a thrown failure (%p) becomes %j", async (failure, message) => {
    installRun({ failure });
    await expect(callServer("exportPdf", { tahun: 2027 })).rejects.toThrow(message);
  });

  it.each([null, "ok", { ok: true }, { ok: "yes", data: 1 }])("an answer that is not a ServerResponse (%j) is refused", async (success) => {
    installRun({ success });
    await expect(callServer("getSidebarData")).rejects.toThrow("Jawaban server tidak dikenali.");
  });

  it("outside Apps Script there is no google.script.run", async () => {
    await expect(callServer("getSidebarData")).rejects.toThrow("Sidebar ini hanya dapat dipakai dari dalam Google Sheets.");
  });
});
