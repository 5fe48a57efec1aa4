/**
 * The sentences the server's answer (src/server/scaffold-year.ts) and the sidebar's summary
 * (src/sidebar/scaffold-steps.ts) both say, written once in src/shared/messages.ts: a list in a
 * sentence quotes at most five items and counts the rest, which the panel lists with their links.
 */
import { LISTED_MAX, listed } from "../../src/shared/messages";

describe("listed", () => {
  it("quotes up to five items as they are", () => {
    expect(listed([])).toBe("");
    expect(listed(["2027 KADIS"])).toBe("2027 KADIS");
    expect(listed(["a", "b", "c", "d", "e"])).toBe("a, b, c, d, e");
  });

  it("counts the rest", () => {
    expect(LISTED_MAX).toBe(5);
    expect(listed(["a", "b", "c", "d", "e", "f", "g"])).toBe("a, b, c, d, e dan 2 lainnya");
    expect(listed(["a", "b", "c"], 2)).toBe("a, b dan 1 lainnya");
  });
});
