import { clip, messageOf, ServerError } from "../../src/sidebar/ui/errors";

describe("clip", () => {
  it("keeps a short text and cuts a long one to 80 characters ending in an ellipsis", () => {
    expect(clip("Gagal.")).toBe("Gagal.");
    expect(clip("x".repeat(80))).toBe("x".repeat(80));
    const cut = clip("x".repeat(1_000_000));
    expect(cut).toHaveLength(80);
    expect(cut.endsWith("x…")).toBe(true);
    expect(clip("abcdef", 4)).toBe("abc…");
  });
});

describe("messageOf", () => {
  let logged: unknown[][];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => spy.mockRestore());

  it("shows a ServerError's Indonesian message as is", () => {
    expect(messageOf(new ServerError("Tahun tidak valid."))).toBe("Tahun tidak valid.");
    expect(logged).toEqual([]);
  });

  it.each([
    new TypeError("Cannot read properties of null (reading 'sheets')"),
    new Error("Failed to execute 'appendChild' on 'Node'"),
    "plain text",
    {},
    null,
    new ServerError(""),
  ])("anything else (%p) is a sidebar fault: Indonesian for the user, the original to the console", (error) => {
    expect(messageOf(error)).toBe("Terjadi kesalahan tak terduga di sidebar. Muat ulang sidebar lalu coba lagi.");
    expect(logged).toEqual([[error]]);
  });
});
