import { fetchPdf } from "../../../src/adapters/export/fetch-pdf";
import { ExportProblem, ExportUrlFailure } from "../../../src/core/export/problem";
import { FakeBlob, FakeHttpResponse, type FetchReply, fakeExportServices, signInPage } from "../../support/fakes/export-services";

const URL_PDF = "https://docs.google.com/spreadsheets/d/x/export?format=pdf&gid=1";

function run(fakes: ReturnType<typeof fakeExportServices>, deadline = 240_000) {
  return fetchPdf(fakes.services, { url: URL_PDF, subject: "jabatan KADIS", token: "t0k", deadline });
}

function failure(fakes: ReturnType<typeof fakeExportServices>): string {
  try {
    run(fakes);
  } catch (e) {
    expect(e).toBeInstanceOf(ExportProblem);
    return (e as Error).message;
  }
  throw new Error("expected an ExportProblem");
}

describe("fetchPdf", () => {
  it("returns the PDF blob of a 200", () => {
    const fakes = fakeExportServices();
    const blob = run(fakes) as FakeBlob;
    expect(blob.content).toContain(URL_PDF);
    expect(fakes.urlFetch.calls).toEqual([
      { url: URL_PDF, params: { headers: { Authorization: "Bearer t0k" }, muteHttpExceptions: true } },
    ]);
  });

  it.each([
    [401, /HTTP 401.*izin add-on tidak berlaku.*setujui izin/],
    [403, /HTTP 403: akses ditolak.*otorisasi ulang/],
    [404, /HTTP 404/],
    [400, /gagal \(HTTP 400\)/],
  ])("%i is not retried: Indonesian error naming the jabatan and status", (status, text) => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(status);
    const message = failure(fakes);
    expect(message).toContain("Ekspor PDF jabatan KADIS");
    expect(message).toMatch(text);
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });

  it("503 five times: gives up after 5 tries with 4 recorded waits", () => {
    const fakes = fakeExportServices({ random: () => 1 });
    fakes.urlFetch.reply(503, 503, 503, 503, 503, 200);
    const message = failure(fakes);
    expect(message).toMatch(/jabatan KADIS gagal: gangguan di server Google \(HTTP 503\) masih terjadi setelah 5 percobaan/);
    expect(fakes.urlFetch.calls).toHaveLength(5);
    expect(fakes.clock.sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it("429 past the budget: says so", () => {
    const fakes = fakeExportServices({ latencyMs: 20_000 });
    fakes.urlFetch.reply(429, 429, 429, 429, 429);
    const message = failure(fakes);
    expect(message).toMatch(/terlalu banyak permintaan \(HTTP 429\).*dan batas waktu percobaan ulang tercapai/);
    expect(fakes.clock.t).toBeLessThanOrEqual(60_000 + 20_000);
  });

  it("never waits past the caller's deadline", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(500, 500);
    expect(() => run(fakes, 1000)).toThrow(/HTTP 500/);
    expect(fakes.clock.sleeps).toEqual([750]);
  });

  it("honours Retry-After on a 429", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(new FakeHttpResponse(429, new FakeBlob("slow down", "text/plain"), { "Retry-After": "4" }), 200);
    run(fakes);
    expect(fakes.clock.sleeps).toEqual([4000]);
  });

  it("a 200 that is not a PDF (the sign-in page): error about permissions, not retried", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(new FakeHttpResponse(200, new FakeBlob("<html>Sign in</html>", "text/html; charset=utf-8")));
    const message = failure(fakes);
    expect(message).toMatch(/jabatan KADIS tidak menghasilkan PDF \(Google mengirim "text\/html; charset=utf-8"/);
    expect(message).toMatch(/setujui izin/);
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });

  it("a network failure is retried", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(new Error("Address unavailable: https://docs.google.com"), 200);
    run(fakes);
    expect(fakes.urlFetch.calls).toHaveLength(2);
    expect(fakes.clock.sleeps).toEqual([750]);
  });

  it("a network failure that lasts: names it", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(...Array.from({ length: 5 }, () => new Error("Timeout: https://docs.google.com")));
    expect(failure(fakes)).toMatch(/Google tidak dapat dihubungi \(Timeout: https:\/\/docs.google.com\) setelah 5 percobaan/);
  });

  it("a missing permission thrown by UrlFetchApp is not retried", () => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(
      new Error(
        "You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request",
      ),
    );
    expect(failure(fakes)).toMatch(/jabatan KADIS tidak diizinkan: You do not have permission/);
    expect(fakes.urlFetch.calls).toHaveLength(1);
  });
});

describe("fetchPdf: a refused token is told apart from other failures", () => {
  const permission = () =>
    new Error(
      "You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request",
    );
  it.each<[string, () => FetchReply[], boolean, string]>([
    ["401", () => [401], true, "HTTP 401: izin add-on tidak berlaku"],
    ["403", () => [403], true, "HTTP 403: akses ditolak"],
    ["the sign-in page", () => [signInPage()], true, 'HTTP 200: halaman masuk akun, bukan PDF ("text/html; charset=utf-8")'],
    [
      "a missing permission",
      () => [permission()],
      true,
      'UrlFetchApp tidak diizinkan ("You do not have permission to call UrlFetchApp.fetch. Required permissions: http…")',
    ],
    ["404", () => [404], false, "HTTP 404"],
    ["503 five times", () => [503, 503, 503, 503, 503], false, "HTTP 503 setelah 5 percobaan"],
    [
      "no network",
      () => Array.from({ length: 5 }, () => new Error("Timeout: https://docs.google.com")),
      false,
      'Google tidak dapat dihubungi ("Timeout: https://docs.google.com")',
    ],
  ])("%s: ditolak or not, and why in a few words", (_, replies, ditolak, sebab) => {
    const fakes = fakeExportServices();
    fakes.urlFetch.reply(...replies());
    let caught: unknown;
    try {
      run(fakes);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExportUrlFailure);
    expect((caught as ExportUrlFailure).ditolak).toBe(ditolak);
    expect((caught as ExportUrlFailure).sebab).toBe(sebab);
  });
});
