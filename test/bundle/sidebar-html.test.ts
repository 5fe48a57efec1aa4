import { sidebarHtml } from "../browser/sidebar-page";

/** dist/Sidebar.html as scripts/build-sidebar.mjs writes it: one self-contained page. */
describe("Sidebar.html", () => {
  let html = "";
  beforeAll(() => {
    html = sidebarHtml();
  }, 30_000);

  it("inlines its one script and one style; the only outside file is Google's add-on CSS", () => {
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">');
    expect(html.match(/https?:\/\/[^"'\s)]+/g) ?? []).toEqual(["https://ssl.gstatic.com/docs/script/css/add-ons1.css"]);
    expect(html).not.toContain("/*INLINE:");
  });

  it("is Indonesian, small, and carries no zod", () => {
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("Siapkan lembar tahun");
    expect(html).toContain("Buat / perbarui lembar");
    expect(html.length).toBeLessThan(40_000);
    expect(html).not.toMatch(/\$ZodType|zod/i);
  });

  it("never writes data with innerHTML", () => {
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
