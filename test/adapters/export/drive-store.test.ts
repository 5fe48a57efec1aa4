import { existingPdfs, findOrCreateFolder, savePdf } from "../../../src/adapters/export/drive-store";
import { MIME_FOLDER, MIME_PDF } from "../../../src/core/export/drive-query";
import { ExportProblem } from "../../../src/core/export/problem";
import { FakeBlob, FakeDriveFiles } from "../../support/fakes/export-services";

describe("findOrCreateFolder", () => {
  it("looks the folder up by name, folder type, not trashed", () => {
    const drive = new FakeDriveFiles();
    findOrCreateFolder(drive, "IKI 2027");
    expect(drive.calls[0]).toEqual({
      method: "list",
      args: [
        {
          q: "name = 'IKI 2027' and mimeType = 'application/vnd.google-apps.folder' and trashed = false",
          fields: "files(id,name)",
          orderBy: "createdTime",
          pageSize: 10,
        },
      ],
    });
  });

  it("creates it in My Drive when missing, through Drive.Files.create", () => {
    const drive = new FakeDriveFiles();
    const folder = findOrCreateFolder(drive, "IKI 2027");
    expect(folder).toEqual({ id: expect.any(String), name: "IKI 2027", created: true });
    expect(drive.calls[1]).toEqual({ method: "create", args: [{ name: "IKI 2027", mimeType: MIME_FOLDER }, undefined, undefined] });
  });

  it("reuses an existing one and ignores trashed folders and other years", () => {
    const drive = new FakeDriveFiles();
    drive.seed({ name: "IKI 2027", mimeType: MIME_FOLDER, trashed: true });
    drive.seed({ name: "IKI 2026", mimeType: MIME_FOLDER });
    const kept = drive.seed({ name: "IKI 2027", mimeType: MIME_FOLDER });
    expect(findOrCreateFolder(drive, "IKI 2027")).toEqual({ id: kept.id, name: "IKI 2027", created: false });
    expect(drive.calls.map((c) => c.method)).toEqual(["list"]);
  });

  it("a Drive error becomes an Indonesian error saying what failed", () => {
    const drive = new FakeDriveFiles();
    drive.failNext.list = new Error("Daily Limit Exceeded");
    expect(() => findOrCreateFolder(drive, "IKI 2027")).toThrow(
      new ExportProblem('Mencari folder "IKI 2027" di Google Drive gagal: Daily Limit Exceeded'),
    );
  });
});

describe("existingPdfs", () => {
  it("skips the listing for a folder it has just made", () => {
    const drive = new FakeDriveFiles();
    expect(existingPdfs(drive, { id: "f", name: "IKI 2027", created: true }).size).toBe(0);
    expect(drive.calls).toEqual([]);
  });

  it("lists the folder's PDFs page by page, first of a name wins", () => {
    const drive = new FakeDriveFiles();
    const folder = drive.seed({ name: "IKI 2027", mimeType: MIME_FOLDER });
    const ids: string[] = [];
    for (let i = 0; i < 230; i++) ids.push(drive.seed({ name: `f${i}.pdf`, mimeType: MIME_PDF, parents: [folder.id] }).id);
    drive.seed({ name: "f0.pdf", mimeType: MIME_PDF, parents: [folder.id] });
    drive.seed({ name: "other.pdf", mimeType: MIME_PDF, parents: ["elsewhere"] });
    const found = existingPdfs(drive, { id: folder.id, name: "IKI 2027", created: false });
    expect(found.size).toBe(230);
    expect(found.get("f0.pdf")).toBe(ids[0]);
    expect(drive.calls).toHaveLength(3);
    expect(drive.calls[1]!.args[0]).toMatchObject({
      q: `'${folder.id}' in parents and mimeType = 'application/pdf' and trashed = false`,
      pageToken: "100",
    });
  });
});

describe("savePdf", () => {
  const folder = { id: "folder-1", name: "IKI 2027", created: false };

  it("creates a new PDF in the folder with the blob", () => {
    const drive = new FakeDriveFiles();
    const blob = new FakeBlob("%PDF new");
    const saved = savePdf(drive, folder, new Map(), "IKI 2027 - KADIS.pdf", blob);
    expect(saved).toEqual({ id: expect.any(String), name: "IKI 2027 - KADIS.pdf", replaced: false });
    expect(drive.calls).toEqual([
      { method: "create", args: [{ name: "IKI 2027 - KADIS.pdf", mimeType: MIME_PDF, parents: ["folder-1"] }, blob, undefined] },
    ]);
  });

  it("replaces the content of a file of the same name, keeping its id", () => {
    const drive = new FakeDriveFiles();
    const old = drive.seed({ name: "IKI 2027 - KADIS.pdf", mimeType: MIME_PDF, parents: ["folder-1"], content: "%PDF old" });
    const blob = new FakeBlob("%PDF new");
    const saved = savePdf(drive, folder, new Map([[old.name, old.id]]), old.name, blob);
    expect(saved).toEqual({ id: old.id, name: old.name, replaced: true });
    expect(drive.calls).toEqual([{ method: "update", args: [{ mimeType: MIME_PDF }, old.id, blob, undefined] }]);
    expect(old).toMatchObject({ content: "%PDF new", version: 2 });
  });

  it("a failed upload names the file and the folder", () => {
    const drive = new FakeDriveFiles();
    drive.failNext.create = new Error("Storage quota exceeded");
    expect(() => savePdf(drive, folder, new Map(), "IKI 2027 - KADIS.pdf", new FakeBlob("x"))).toThrow(
      'Menyimpan "IKI 2027 - KADIS.pdf" ke folder "IKI 2027" di Google Drive gagal: Storage quota exceeded',
    );
  });
});
