/**
 * The document lock is taken only by the calls that write the spreadsheet's structure
 * (scaffoldYear, createCatalog: src/server/endpoint.ts `call.lock`), and released on every
 * path; the calls that read (getSidebarData) or fill blank IDs (checkCatalog) never ask for it.
 */
import { checkCatalog, createCatalog } from "../../src/server/catalog";
import { scaffoldYear } from "../../src/server/scaffold-year";
import { getSidebarData } from "../../src/server/sidebar-data";
import { fakeWithCatalog } from "../support/catalog-fake";

const JUNE_2027 = new Date("2027-06-01T00:00:00Z");
const lockCalls = (fake: ReturnType<typeof fakeWithCatalog>) => fake.log.calls.filter((c) => c.kind === "lock").map((c) => c.method);

let quiet: jest.SpyInstance[];
beforeEach(() => {
  quiet = [
    jest.spyOn(console, "warn").mockImplementation(() => undefined),
    jest.spyOn(console, "error").mockImplementation(() => undefined),
  ];
});
afterEach(() => {
  for (const spy of quiet) spy.mockRestore();
});

it("getSidebarData and checkCatalog (filling a blank ID) never touch the lock", () => {
  const fake = fakeWithCatalog();
  const idg = fake.user.find("KATALOG", "kadis.idg")!;
  fake.user.type("KATALOG", idg.a1, "");
  fake.log.clear();
  expect(getSidebarData(fake.services(), JUNE_2027).ok).toBe(true);
  expect(checkCatalog(fake.services()).ok).toBe(true);
  expect(fake.user.cell("KATALOG", idg.a1).value).not.toBe("");
  expect(lockCalls(fake)).toEqual([]);
});

it.each([
  [
    "scaffoldYear, ok",
    (f: ReturnType<typeof fakeWithCatalog>) => scaffoldYear({ tahun: 2027, jabatan: ["KADIS"] }, f.services(), JUNE_2027),
  ],
  [
    "createCatalog, refused under the lock (KATALOG there)",
    (f: ReturnType<typeof fakeWithCatalog>) => createCatalog({ isi: "contoh" }, f.services(), JUNE_2027),
  ],
  [
    "scaffoldYear, failing under the lock",
    (f: ReturnType<typeof fakeWithCatalog>) => {
      const services = f.services();
      services.spreadsheet.insertSheet = () => {
        throw new Error("Service Spreadsheets timed out");
      };
      return scaffoldYear({ tahun: 2027 }, services, JUNE_2027);
    },
  ],
])("%s: taken once, released once", (_what, run) => {
  const fake = fakeWithCatalog();
  fake.log.clear();
  run(fake);
  expect(lockCalls(fake)).toEqual(["tryLock", "releaseLock"]);
  expect(fake.lock.held).toBe(false);
});
