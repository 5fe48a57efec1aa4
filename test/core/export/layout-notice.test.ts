import { bothFailedMessage, layoutNotice, OFFICIAL_LAYOUT_SCOPE } from "../../../src/core/export/layout-notice";

describe("layoutNotice: what the sidebar tells the user when Google's default layout was used", () => {
  const notice = layoutNotice("HTTP 403: akses ditolak");

  it("says why, in Indonesian, with the status", () => {
    expect(notice).toMatch(/^PDF dibuat dengan tata letak bawaan Google/);
    expect(notice).toContain("HTTP 403: akses ditolak");
  });

  it("says what differs from the official layout: orientation, fit to width, repeated header", () => {
    expect(notice).toMatch(/A4 mendatar/);
    expect(notice).toMatch(/tegak/);
    expect(notice).toMatch(/selebar halaman/);
    expect(notice).toMatch(/judul tabel/);
  });

  it("names the one scope that gives the official layout, and says the address is tried again daily", () => {
    expect(OFFICIAL_LAYOUT_SCOPE).toBe("https://www.googleapis.com/auth/drive.readonly");
    expect(notice).toContain("drive.readonly");
    expect(notice).toMatch(/sekali sehari/);
  });

  it("some files of a call only: says how many", () => {
    expect(layoutNotice("HTTP 401: izin add-on tidak berlaku", { bawaan: 5, total: 7 })).toMatch(
      /^5 dari 7 PDF dibuat dengan tata letak bawaan Google/,
    );
    expect(layoutNotice("x", { bawaan: 7, total: 7 })).toMatch(/^PDF dibuat/);
  });
});

describe("bothFailedMessage", () => {
  it("names the file, both attempts and their reasons; says nothing was saved", () => {
    const message = bothFailedMessage("jabatan KADIS", "HTTP 403: akses ditolak", { thrown: "Exception: Service Spreadsheets failed" });
    expect(message).toMatch(/^PDF jabatan KADIS tidak dapat dibuat dengan kedua cara: /);
    expect(message).toContain("(1) alamat ekspor Google: HTTP 403: akses ditolak");
    expect(message).toContain('(2) ekspor bawaan Google (Spreadsheet.getAs): "Exception: Service Spreadsheets failed"');
    expect(message).toContain("Tidak ada file yang disimpan");
  });

  it("quotes at most 80 characters of the conversion's error", () => {
    const message = bothFailedMessage("bundel tahun 2027", "HTTP 401", { thrown: "y".repeat(5000) });
    expect(message).toContain(`"${"y".repeat(80)}…"`);
    expect(message.length).toBeLessThan(600);
  });

  it("getAs that gave no PDF: says so with the type it gave", () => {
    expect(bothFailedMessage("jabatan KADIS", "HTTP 403", { notPdf: "text/html" })).toContain(
      '(2) ekspor bawaan Google (Spreadsheet.getAs): bukan PDF ("text/html")',
    );
  });
});
