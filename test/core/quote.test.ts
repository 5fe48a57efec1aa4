import { clip, quote } from "../../src/core/quote";

describe("quote: what a user sent, for a message", () => {
  it("text in double quotes; other values as JSON", () => {
    expect(quote("2027")).toBe('"2027"');
    expect(quote(2027.5)).toBe("2027.5");
    expect(quote(null)).toBe("null");
    expect(quote(true)).toBe("true");
    expect(quote(["KADIS", 1])).toBe('["KADIS",1]');
    expect(quote({ tahun: "x", a: [null] })).toBe('{"tahun":"x","a":[null]}');
    expect(quote(undefined)).toBe("undefined");
    expect(quote(Number.NaN)).toBe("NaN");
  });

  it("at most `max` characters of it, then an ellipsis", () => {
    expect(quote("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
    expect(quote("x".repeat(1_000_000))).toBe(`"${"x".repeat(80)}…"`);
    expect(quote("abcdef", 3)).toBe('"abc…"');
    expect(quote(["x".repeat(100)], 10)).toBe('["xxxxxxxx…');
    expect(quote({ k: "v".repeat(50) }, 10)).toBe('{"k":"vvvv…');
  });

  it("never builds more than a little of a huge nested value (a cycle ends too)", () => {
    const huge = Array.from({ length: 50 }, () => ({ a: "x".repeat(1_000_000) }));
    expect(quote(huge).length).toBeLessThanOrEqual(81);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(quote(cycle)).toMatch(/^\{"a":1,"self":\{"a":1,.*…$/);
    expect(quote(cycle).length).toBe(81);
  });

  it("does not cut a character made of two UTF-16 units in half", () => {
    expect(quote("a😀b", 2)).toBe('"a…"');
    expect(quote("😀😀", 2)).toBe('"😀…"');
  });
});

describe("clip: a text cut to at most `max` characters", () => {
  it("adds an ellipsis only when cut", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("abc…");
    expect(clip("y".repeat(1_000_000)).length).toBe(201);
  });
});
