/**
 * The sidebar ↔ server contract (ServerApi, src/shared/api.ts) is checked at compile
 * time on both sides. Each `@ts-expect-error` below is a drift that must NOT compile:
 * `npm run typecheck` (tsc over test/) fails if one of them compiles, i.e. if the
 * check it shows is lost. The functions are never called; jest only checks that
 * the registry and the sidebar really use the contract.
 */
import { ENTRY_POINTS, INDONESIAN_NAMES, OLD_NAMES, SERVER_API } from "../../src/entries/registry";
import type {
  ExportResult,
  OldNames,
  ScaffoldResult,
  ScaffoldResultOldNames,
  ServerApi,
  ServerResponse,
  SidebarData,
} from "../../src/shared/api";
import { callServer } from "../../src/sidebar/ui/server";

const result: ScaffoldResult = {
  tahun: 2027,
  periode: "tahunan",
  lembar: [],
  nilaiDipertahankan: 0,
  nilaiDipindahkan: 0,
  lembarLama: [],
  message: "",
};
/** What the server sends: the result, and `lembar` under its old name too. */
const scaffolded: ScaffoldResult & ScaffoldResultOldNames = { ...result, sheets: result.lembar };

/** Server side: what the registry may register as the sidebar's calls. */
export function serverDrift(): ServerApi[] {
  return [
    {
      ...SERVER_API,
      // @ts-expect-error an answer of another shape (a field missing)
      scaffoldYear: () => ({ ok: true, data: { tahun: 2027, periode: "tahunan" } }),
    },
    {
      ...SERVER_API,
      // @ts-expect-error a periode the contract does not know
      scaffoldYear: () => ({ ok: true, data: { ...scaffolded, periode: "bulanan" } }),
    },
    {
      ...SERVER_API,
      // @ts-expect-error a sheet status other than "dibuat" | "diperbarui"
      scaffoldYear: () => ({ ok: true, data: { ...scaffolded, lembar: [{ name: "2027 KADIS", url: "#gid=1", status: "baru" }] } }),
    },
    {
      ...SERVER_API,
      // @ts-expect-error a server function that wants another request than the sidebar sends
      exportPdf: (request: { tahun: number; format: "pdf" }): ServerResponse<ExportResult> => ({ ok: false, error: request.format }),
    },
    {
      ...SERVER_API,
      // @ts-expect-error a request field typed otherwise (tahun as text)
      scaffoldYear: (request: { tahun: string }): ServerResponse<ScaffoldResult> => ({ ok: false, error: request.tahun }),
    },
    // @ts-expect-error an endpoint of the contract left out of the registry
    { getSidebarData: SERVER_API.getSidebarData, scaffoldYear: SERVER_API.scaffoldYear },
    {
      ...SERVER_API,
      // @ts-expect-error a CatalogInfo without its problems
      checkCatalog: () => ({ ok: true, data: { ada: true, url: "", jabatan: 0, indikator: 0 } }),
    },
    {
      ...SERVER_API,
      // @ts-expect-error an answer without `sheets`, the old name of `lembar` that a sidebar opened before the rename reads
      scaffoldYear: () => ({ ok: true, data: result }),
    },
  ];
}

/** Server side, the old names an older sidebar still calls: each forwards to the endpoint it was renamed to. */
export function oldNamesDrift(): OldNames[] {
  return [
    OLD_NAMES,
    // @ts-expect-error an old name left out
    { periksaKatalog: "checkCatalog" },
    // @ts-expect-error an old name forwarding to an endpoint the contract does not have
    { ...OLD_NAMES, buatKatalog: "buatKatalog" },
    // @ts-expect-error an old name forwarding to another endpoint than the one it was renamed to
    { ...OLD_NAMES, periksaKatalog: "createCatalog" },
  ];
}

/** Sidebar side: what the google.script.run wrapper lets the sidebar send and read. */
export async function sidebarDrift(): Promise<unknown[]> {
  const result = await callServer("scaffoldYear", { tahun: 2027, jabatan: ["KADIS"], periode: "triwulan" });
  const data: SidebarData = await callServer("getSidebarData");
  return [
    result,
    data,
    // @ts-expect-error a periode the schema refuses
    await callServer("scaffoldYear", { tahun: 2027, periode: "bulanan" }),
    // @ts-expect-error tahun as text
    await callServer("scaffoldYear", { tahun: "2027" }),
    // A call of the one-jabatan sequence before its last: the REKAP is left to the last call.
    await callServer("scaffoldYear", { tahun: 2027, jabatan: ["KADIS"], rekap: false }),
    // @ts-expect-error rekap as text
    await callServer("scaffoldYear", { tahun: 2027, rekap: "tidak" }),
    // @ts-expect-error a request without its tahun
    await callServer("exportPdf", { bundel: true }),
    // @ts-expect-error a field the request does not have
    await callServer("exportPdf", { tahun: 2027, format: "pdf" }),
    // @ts-expect-error getSidebarData takes no request
    await callServer("getSidebarData", { tahun: 2027 }),
    // @ts-expect-error a server function the contract does not have
    await callServer("deleteYear", { tahun: 2027 }),
    // @ts-expect-error a catalog other than "contoh" or "kosong"
    await callServer("createCatalog", { isi: "sampang" }),
    // @ts-expect-error checkCatalog takes no request
    await callServer("checkCatalog", { isi: "contoh" }),
    // @ts-expect-error a problem's cell is text ("" for a missing sheet), never absent
    (await callServer("checkCatalog")).masalah[0]?.cell satisfies undefined,
    // @ts-expect-error an old name: this sidebar calls checkCatalog (the old one answers only an older sidebar)
    await callServer("periksaKatalog"),
    // @ts-expect-error an old answer field: this sidebar reads `lembar`
    (await callServer("scaffoldYear", { tahun: 2027 })).sheets,
    // @ts-expect-error the answer's periode is a Periode, not a number
    (await callServer("scaffoldYear", { tahun: 2027 })).periode satisfies number,
    // @ts-expect-error the answer's status is "dibuat" | "diperbarui", never another word
    (await callServer("scaffoldYear", { tahun: 2027 })).lembar[0]?.status === "baru",
  ];
}

describe("the contract", () => {
  it("the registry registers every sidebar call of ServerApi, as typed there", () => {
    for (const name of Object.keys(SERVER_API) as (keyof ServerApi)[]) {
      expect(ENTRY_POINTS.find((e) => e.name === name)?.run).toBe(SERVER_API[name]);
    }
    expect(Object.keys(SERVER_API).sort()).toEqual([
      "checkCatalog",
      "createCatalog",
      "createPerjanjianKinerja",
      "exportPdf",
      "getSidebarData",
      "lockPerjanjianKinerja",
      "scaffoldYear",
    ]);
  });

  it("the Perjanjian Kinerja's Indonesian names (as the specification spells them) run the same endpoints", () => {
    expect(INDONESIAN_NAMES).toEqual({ buatPerjanjianKinerja: "createPerjanjianKinerja", kunciPerjanjianKinerja: "lockPerjanjianKinerja" });
    for (const [name, current] of Object.entries(INDONESIAN_NAMES)) {
      expect(ENTRY_POINTS.find((e) => e.name === name)?.run).toBe(SERVER_API[current]);
    }
  });

  it("every old name is registered too, running the endpoint it was renamed to (src/shared/api.ts, OldNames)", () => {
    expect(OLD_NAMES).toEqual({ periksaKatalog: "checkCatalog", buatKatalog: "createCatalog" });
    for (const [old, current] of Object.entries(OLD_NAMES) as [keyof OldNames, OldNames[keyof OldNames]][]) {
      expect(ENTRY_POINTS.find((e) => e.name === old)?.run).toBe(SERVER_API[current]);
    }
  });

  it("the drifts above are functions only, never run", () => {
    expect([typeof serverDrift, typeof oldNamesDrift, typeof sidebarDrift]).toEqual(["function", "function", "function"]);
  });
});
