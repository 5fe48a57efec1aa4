/**
 * The built dist/Code.js, loaded as Apps Script loads it (a plain script in a
 * fresh context, no require/module), with fakes as the Apps Script globals:
 * the sidebar's server calls work end to end through the generated stubs.
 */
import { loadCodeJs, useCodeJs } from "../support/code-js";
import { FakeClock, FakeDriveFiles, FakeScriptApp, FakeUrlFetchApp, yearSpreadsheet } from "../support/fakes/export-services";
import { createFakeSpreadsheetApp } from "../support/fakes/spreadsheet-app";
import { SHEETS_2027 } from "../support/spec";

useCodeJs();

describe("scaffoldYear and getSidebarData from dist/Code.js", () => {
  test("creates the 8 sheets of 2027; typed values survive a second run", () => {
    const fake = createFakeSpreadsheetApp();
    const g = loadCodeJs(fake.globals());
    // The jabatan list of getSidebarData comes from the catalog sheets.
    expect(g.createCatalog!({ isi: "contoh" })).toMatchObject({ ok: true });
    const first = g.scaffoldYear!({ tahun: 2027 }) as { ok: boolean; data: { lembar: { name: string; status: string }[] } };
    expect(first.ok).toBe(true);
    expect(first.data.lembar.map((s) => s.name)).toEqual([...SHEETS_2027]);
    expect(first.data.lembar.every((s) => s.status === "dibuat")).toBe(true);

    // A user fills the PMKS row of KADIS and the IDG row of PPPA… wherever the rows are.
    const pmks = fake.user.find("2027 KADIS", "kadis.pmks-terpulihkan");
    const headerRow = fake.user.find("2027 KADIS", "Target");
    expect(pmks && headerRow).toBeTruthy();
    const colOf = (label: string) => fake.user.find("2027 KADIS", label)!.column;
    const cell = (label: string) => `${String.fromCharCode(64 + colOf(label))}${pmks!.row}`;
    fake.user.type("2027 KADIS", cell("Target"), 80);
    fake.user.type("2027 KADIS", cell("Pembilang"), 45);
    fake.user.type("2027 KADIS", cell("Penyebut"), 60);
    fake.user.type("2027 KADIS", cell("Keterangan"), "Data semester I");

    const second = g.scaffoldYear!({ tahun: 2027 }) as { ok: boolean; data: { nilaiDipertahankan: number; lembar: { status: string }[] } };
    expect(second.ok).toBe(true);
    expect(second.data.lembar.every((s) => s.status === "diperbarui")).toBe(true);
    expect(second.data.nilaiDipertahankan).toBe(4);
    const row = fake.user.find("2027 KADIS", "kadis.pmks-terpulihkan")!.row;
    const at = (label: string) => fake.user.cell("2027 KADIS", `${String.fromCharCode(64 + colOf(label))}${row}`).value;
    expect([at("Target"), at("Pembilang"), at("Penyebut"), at("Keterangan")]).toEqual([80, 45, 60, "Data semester I"]);

    const data = g.getSidebarData!() as { ok: boolean; data: { tahunAda: number[]; jabatan: unknown[] } };
    expect(data.ok).toBe(true);
    expect(data.data.tahunAda).toEqual([2027]);
    expect(data.data.jabatan).toHaveLength(7);
  });

  test("a bad request is answered in Indonesian, naming the field, and writes nothing", () => {
    const fake = createFakeSpreadsheetApp();
    const g = loadCodeJs(fake.globals());
    const answer = g.scaffoldYear!({ tahun: "dua ribu" }) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/tahun/);
    expect(fake.log.count("write")).toBe(0);
  });
});

describe("exportPdf from dist/Code.js", () => {
  test("saves 7 files in IKI 2027 and retries a simulated 429", () => {
    const clock = new FakeClock();
    const urlFetch = new FakeUrlFetchApp(clock);
    const drive = new FakeDriveFiles();
    urlFetch.reply(429);
    const g = loadCodeJs({
      ...yearSpreadsheet(2027).globals(),
      UrlFetchApp: urlFetch,
      ScriptApp: new FakeScriptApp(),
      Utilities: { sleep: (ms: number) => clock.sleep(ms) },
      Drive: { Files: drive },
    });
    const answer = g.exportPdf!({ tahun: 2027 }) as { ok: boolean; data: { files: unknown[]; folderName: string } };
    expect(answer.ok).toBe(true);
    expect(answer.data.folderName).toBe("IKI 2027");
    const folders = drive.folders();
    expect(folders.map((f) => f.name)).toEqual(["IKI 2027"]);
    expect(drive.pdfsIn(folders[0]!.id)).toHaveLength(7);
    expect(urlFetch.calls).toHaveLength(8);
    expect(clock.sleeps).toHaveLength(1);
  });
});

describe("onOpen from dist/Code.js", () => {
  test("adds the add-on menu item that opens the sidebar", () => {
    const items: [string, string][] = [];
    const menu = {
      addItem: (label: string, fn: string) => {
        items.push([label, fn]);
        return menu;
      },
      addToUi: () => undefined,
    };
    const g = loadCodeJs({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    g.onOpen!({ authMode: "NONE" });
    expect(items).toEqual([["Buka IKI Sheets", "showSidebar"]]);
    expect(typeof g.showSidebar).toBe("function");
  });
});
