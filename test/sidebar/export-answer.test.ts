/** readAnswer("exportPdf") and the layout fields: tolerated when absent or unknown, refused when of the wrong type. */
import { readAnswer } from "../../src/sidebar/ui/answers";
import { ServerError } from "../../src/sidebar/ui/errors";

const BASE = { tahun: 2027, folderName: "IKI 2027", folderUrl: "https://x.y", files: [], message: "" };

describe("readAnswer exportPdf: tataLetak and catatanTataLetak", () => {
  it("passes both through", () => {
    const data = { ...BASE, tataLetak: "bawaan-google", catatanTataLetak: "PDF dibuat dengan tata letak bawaan Google…" };
    expect(readAnswer("exportPdf", { ok: true, data })).toEqual(data);
  });

  it("an older server's answer without them reads as undefined", () => {
    const read = readAnswer("exportPdf", { ok: true, data: BASE });
    expect(read.tataLetak).toBeUndefined();
    expect(read.catatanTataLetak).toBeUndefined();
  });

  it("a layout this sidebar does not know is dropped, the notice kept", () => {
    const read = readAnswer("exportPdf", { ok: true, data: { ...BASE, tataLetak: "lain", catatanTataLetak: "x" } });
    expect(read.tataLetak).toBeUndefined();
    expect(read.catatanTataLetak).toBe("x");
  });

  it.each([
    [{ tataLetak: 1 }, "data.tataLetak harus berupa teks, diterima angka 1"],
    [{ catatanTataLetak: ["x"] }, "data.catatanTataLetak harus berupa teks, diterima daftar"],
  ])("%j is a format error naming the field", (extra, detail) => {
    let caught: unknown;
    try {
      readAnswer("exportPdf", { ok: true, data: { ...BASE, ...extra } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ServerError);
    expect((caught as Error).message).toContain(detail);
  });
});
