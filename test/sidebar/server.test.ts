import { callServer, ServerError } from "../../src/sidebar/ui/server";

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
    const data = { tahun: 2027, folderName: "IKI 2027", folderUrl: "https://drive.google.com/x", files: [], message: "" };
    const calls = installRun({ success: { ok: true, data } });
    await expect(callServer("exportPdf", { tahun: 2027 })).resolves.toEqual(data);
    expect(calls).toEqual([{ name: "exportPdf", args: [{ tahun: 2027 }] }]);
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
    [{ message: "Exception: dari objek" }, "Kesalahan di server: Exception: dari objek"],
    [`Exception: ${"x".repeat(100_000)}`, `Kesalahan di server: Exception: ${"x".repeat(68)}…`],
    [undefined, "Server tidak dapat dihubungi. Coba lagi."],
    [null, "Server tidak dapat dihubungi. Coba lagi."],
    [42, "Server mengalami kesalahan yang tidak dikenal. Coba lagi."],
    [{}, "Server mengalami kesalahan yang tidak dikenal. Coba lagi."],
    [{ message: 5 }, "Server mengalami kesalahan yang tidak dikenal. Coba lagi."],
    [new Error(""), "Server mengalami kesalahan yang tidak dikenal. Coba lagi."],
    ["   ", "Server mengalami kesalahan yang tidak dikenal. Coba lagi."],
  ])("a thrown failure (%p) becomes %j", async (failure, message) => {
    installRun({ failure });
    const error = await callServer("exportPdf", { tahun: 2027 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toBe(message);
  });

  it.each([
    [null, "jawaban harus berupa objek { ok, data }, diterima null"],
    ["ok", 'jawaban harus berupa objek { ok, data }, diterima teks "ok"'],
    [[], "jawaban harus berupa objek { ok, data }, diterima daftar"],
    [{ ok: true }, "data harus berupa objek, diterima tidak ada"],
    [{ ok: true, data: null }, "data harus berupa objek, diterima null"],
    [{ ok: "yes", data: 1 }, 'ok harus berupa true atau false, diterima teks "yes"'],
  ])("an answer that is not a ServerResponse (%j) is refused in Indonesian", async (success, detail) => {
    installRun({ success });
    await expect(callServer("getSidebarData")).rejects.toThrow(
      `Jawaban server tidak sesuai format: ${detail}. Muat ulang sidebar lalu coba lagi.`,
    );
  });

  it("{ ok: false } without a message, and a runaway message, stay readable", async () => {
    installRun({ success: { ok: false } });
    await expect(callServer("getSidebarData")).rejects.toThrow("Server menolak permintaan tanpa keterangan.");
    installRun({ success: { ok: false, error: "Ditolak. ".repeat(100_000) } });
    const error = (await callServer("getSidebarData").catch((e: unknown) => e)) as Error;
    expect(error.message).toHaveLength(500);
  });

  it("outside Apps Script there is no google.script.run", async () => {
    await expect(callServer("getSidebarData")).rejects.toThrow("Sidebar ini hanya dapat dipakai dari dalam Google Sheets.");
  });
});
