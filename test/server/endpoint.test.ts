/**
 * The one wrapper of every sidebar call (src/server/endpoint.ts): a refusal or a failure
 * is one Indonesian answer and one log line, a thrown text is cut, a request at fault names
 * its field, and the document lock is taken only by the calls that ask for it and always
 * released. README, How it is built: "src/server/ the globals the sidebar and menu call
 * (zod-validated requests)".
 */
import * as z from "zod/mini";
import { ExportProblem } from "../../src/core/export/problem";
import { LOCK_WAIT_MS, serve } from "../../src/server/endpoint";
import { ScaffoldRequestSchema } from "../../src/shared/requests";
import { consoleSpies } from "../support/console-spies";

const logged = consoleSpies();

const FAILED = (detail: string) => `Uji gagal: ${detail}. Coba lagi.`;

/** A lock that records what was asked of it. */
function fakeLock(free = true) {
  const calls: string[] = [];
  return {
    calls,
    tryLock(ms: number) {
      calls.push(`tryLock ${ms}`);
      return free;
    },
    releaseLock() {
      calls.push("releaseLock");
    },
  };
}

describe("serve: the answer", () => {
  it("a body's value is the data of { ok: true }", () => {
    expect(serve({ failed: FAILED }, () => 42)).toEqual({ ok: true, data: 42 });
  });

  it("an unexpected throw: the endpoint's Indonesian sentence around the thrown text", () => {
    const answer = serve({ failed: FAILED }, () => {
      throw new Error("Service Spreadsheets timed out");
    });
    expect(answer).toEqual({ ok: false, error: "Uji gagal: Service Spreadsheets timed out. Coba lagi." });
  });

  it("the thrown text is cut to 200 characters, whatever its length", () => {
    const answer = serve({ failed: FAILED }, () => {
      throw new Error("x".repeat(50_000));
    });
    expect(answer).toEqual({ ok: false, error: `Uji gagal: ${"x".repeat(200)}…. Coba lagi.` });
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an object", { kode: 7 }],
    ["a number", 42],
    ["an Error without a message", new Error("")],
    ["a blank string", "  "],
  ])("a throw of %s: an Indonesian fallback, never 'undefined' or '[object Object]'", (_what, thrown) => {
    const answer = serve({ failed: FAILED }, () => {
      throw thrown;
    });
    expect(answer).toEqual({ ok: false, error: "Uji gagal: kesalahan yang tidak dikenal. Coba lagi." });
  });

  it("a thrown string is the text (Apps Script's own services throw Errors; a library may throw text)", () => {
    const answer = serve({ failed: FAILED }, () => {
      throw "kuota habis";
    });
    expect(answer).toEqual({ ok: false, error: "Uji gagal: kuota habis. Coba lagi." });
  });

  it("a throw whose message is for the user (an ExportProblem) is answered as it is, uncut", () => {
    const told = (e: unknown) => (e instanceof ExportProblem ? e.message : undefined);
    const message = `Ekspor PDF jabatan KADIS gagal (HTTP 404) ${"y".repeat(300)}`;
    const answer = serve({ failed: FAILED, told }, () => {
      throw new ExportProblem(message);
    });
    expect(answer).toEqual({ ok: false, error: message });
    // Any other throw still takes the endpoint's sentence.
    expect(
      serve({ failed: FAILED, told }, () => {
        throw new Error("boom");
      }),
    ).toEqual({ ok: false, error: "Uji gagal: boom. Coba lagi." });
  });

  it("refuse(): the refusal as it is, and the body stops there", () => {
    let after = false;
    const answer = serve({ failed: FAILED }, (call) => {
      call.refuse("Katalog belum ada di spreadsheet ini.");
      after = true;
    });
    expect(answer).toEqual({ ok: false, error: "Katalog belum ada di spreadsheet ini." });
    expect(after).toBe(false);
  });
});

describe("serve: the request", () => {
  it("parse(): the checked request", () => {
    const answer = serve({ failed: FAILED }, (call) => call.parse(ScaffoldRequestSchema, { tahun: 2027 }, "Permintaan", "{ tahun }"));
    expect(answer).toEqual({ ok: true, data: { tahun: 2027 } });
  });

  it("a request at fault: refused in Indonesian, naming the field and what was sent; the body stops there", () => {
    let after = false;
    const answer = serve({ failed: FAILED }, (call) => {
      call.parse(ScaffoldRequestSchema, { tahun: "dua ribu", periode: "bulanan" }, "Permintaan", "{ tahun, jabatan?, periode?, rekap? }");
      after = true;
    });
    expect(answer).toEqual({
      ok: false,
      error:
        'Permintaan tidak sah: tahun harus bilangan bulat dari 2000 sampai 2100, misalnya 2027 (yang dikirim: "dua ribu"); periode harus "tahunan" atau "triwulan" (yang dikirim: "bulanan").',
    });
    expect(after).toBe(false);
  });

  it("a jabatan the catalog does not have is a fault of the field too", () => {
    const schema = z.object({ jabatan: z.array(z.string()) });
    const answer = serve({ failed: FAILED }, (call) => call.parse(schema, { jabatan: ["BUPATI"] }, "Permintaan", "{ jabatan }", ["KADIS"]));
    expect(answer).toEqual({
      ok: false,
      error: 'Permintaan tidak sah: jabatan ke-1 tidak dikenal (yang dikirim: "BUPATI"); pilih dari: KADIS.',
    });
  });
});

describe("serve: one log line per call that does not answer ok", () => {
  it("an ok answer logs nothing (Apps Script's executions list already shows every call)", () => {
    serve({ failed: FAILED }, () => "ya");
    expect(logged.error).not.toHaveBeenCalled();
    expect(logged.warn).not.toHaveBeenCalled();
  });

  it("a failure: one line, the answer's text and the thrown value (its stack goes to the log, not to the user)", () => {
    const thrown = new Error("x".repeat(500));
    const answer = serve({ failed: FAILED }, () => {
      throw thrown;
    });
    expect(logged.error).toHaveBeenCalledTimes(1);
    expect(logged.error).toHaveBeenCalledWith(!answer.ok && answer.error, thrown);
    expect(logged.warn).not.toHaveBeenCalled();
  });

  it("a refusal, a request at fault, a busy lock: one warning each (the user's to act on, not the server's fault), the answer's text", () => {
    for (const body of [
      (call: Parameters<Parameters<typeof serve>[1]>[0]) => call.refuse("Tidak."),
      (call: Parameters<Parameters<typeof serve>[1]>[0]) => call.parse(ScaffoldRequestSchema, null, "Permintaan", "{ tahun }"),
      (call: Parameters<Parameters<typeof serve>[1]>[0]) => call.lock(fakeLock(false), "Sedang dipakai editor lain."),
    ]) {
      logged.warn.mockClear();
      const answer = serve({ failed: FAILED }, body);
      expect(answer.ok).toBe(false);
      expect(logged.warn).toHaveBeenCalledTimes(1);
      expect(logged.warn).toHaveBeenCalledWith(!answer.ok && answer.error);
      expect(logged.error).not.toHaveBeenCalled();
    }
  });

  it("a throw whose message is for the user: one line too, with the thrown value", () => {
    const thrown = new ExportProblem("Ekspor PDF jabatan KADIS gagal.");
    serve({ failed: FAILED, told: (e) => (e instanceof ExportProblem ? e.message : undefined) }, () => {
      throw thrown;
    });
    expect(logged.error).toHaveBeenCalledTimes(1);
    expect(logged.error).toHaveBeenCalledWith("Ekspor PDF jabatan KADIS gagal.", thrown);
  });
});

describe("serve: the document lock, only where asked for and always released", () => {
  it(`waits ${LOCK_WAIT_MS} ms for it and releases it after an ok answer`, () => {
    const lock = fakeLock();
    const answer = serve({ failed: FAILED }, (call) => {
      call.lock(lock, "Sibuk.");
      lock.calls.push("write");
      return 1;
    });
    expect(answer).toEqual({ ok: true, data: 1 });
    expect(lock.calls).toEqual([`tryLock ${LOCK_WAIT_MS}`, "write", "releaseLock"]);
  });

  it.each([
    ["a throw", () => new Error("boom")],
    ["a refusal", null],
  ])("released after %s under it", (_what, thrown) => {
    const lock = fakeLock();
    const answer = serve({ failed: FAILED }, (call) => {
      call.lock(lock, "Sibuk.");
      if (thrown) throw thrown();
      call.refuse("Katalog berubah saat lembar disiapkan; tekan tombol lagi.");
    });
    expect(answer.ok).toBe(false);
    expect(lock.calls).toEqual([`tryLock ${LOCK_WAIT_MS}`, "releaseLock"]);
  });

  it("another editor holds it: the endpoint's busy sentence, nothing run after, nothing released", () => {
    const lock = fakeLock(false);
    let after = false;
    const answer = serve({ failed: FAILED }, (call) => {
      call.lock(lock, "Spreadsheet ini sedang diubah oleh editor lain.");
      after = true;
    });
    expect(answer).toEqual({ ok: false, error: "Spreadsheet ini sedang diubah oleh editor lain." });
    expect(after).toBe(false);
    expect(lock.calls).toEqual([`tryLock ${LOCK_WAIT_MS}`]);
  });

  it("a request refused before the lock is asked for: the lock untouched", () => {
    const lock = fakeLock();
    serve({ failed: FAILED }, (call) => {
      call.parse(ScaffoldRequestSchema, { tahun: "x" }, "Permintaan", "{ tahun }");
      call.lock(lock, "Sibuk.");
    });
    expect(lock.calls).toEqual([]);
  });
});
