import { safeUrl } from "../../src/sidebar/ui/escape";

describe("safeUrl", () => {
  it.each([
    "https://docs.google.com/spreadsheets/d/abc/edit#gid=12",
    "https://drive.google.com/file/d/x/view",
    "#gid=0",
    "#gid=123456&range=A1",
  ])("keeps %s", (url) => expect(safeUrl(url)).toBe(url));

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "https://x\n.example",
    "data:text/html,<script>alert(1)</script>",
    "http://example.com",
    "//evil.example",
    "https:///path",
    "#gid=",
    "#gidx=1",
    "/relative",
    "",
  ])("refuses %j", (url) => expect(safeUrl(url)).toBeNull());

  it.each([undefined, null, 42, {}, ["https://x.y"]])("refuses the non-string %j", (url) => expect(safeUrl(url)).toBeNull());
});
