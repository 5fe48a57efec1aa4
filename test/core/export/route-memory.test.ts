import {
  parseRouteRecord,
  RETRY_EXPORT_URL_AFTER_MS,
  type RouteRecord,
  refusalInForce,
  serializeRouteRecord,
} from "../../../src/core/export/route-memory";

const DAY = 24 * 60 * 60 * 1000;
const REFUSED: RouteRecord = { jalur: "bawaan-google", sebab: "HTTP 403: akses ditolak", ditolakPada: 1_000 };

describe("route memory: the stored record", () => {
  it("is retried once a day", () => {
    expect(RETRY_EXPORT_URL_AFTER_MS).toBe(DAY);
  });

  it.each<RouteRecord>([REFUSED, { jalur: "resmi" }])("round-trips %j", (record) => {
    expect(parseRouteRecord(serializeRouteRecord(record))).toEqual(record);
  });

  it.each([
    null,
    "",
    "{",
    "[]",
    "null",
    '"bawaan-google"',
    '{"jalur":"lain"}',
    '{"jalur":"bawaan-google","ditolakPada":"kemarin","sebab":"x"}',
    '{"jalur":"bawaan-google","ditolakPada":5}',
  ])("anything else stored (%j) is no memory at all", (text) => {
    expect(parseRouteRecord(text)).toBeNull();
  });

  it("keeps the reason short: at most 80 characters of what Google sent", () => {
    const long = `HTTP 200: halaman masuk akun ("${"x".repeat(500)}")`;
    const stored = serializeRouteRecord({ jalur: "bawaan-google", sebab: long, ditolakPada: 0 });
    const back = parseRouteRecord(stored);
    expect(back?.jalur === "bawaan-google" && back.sebab.length).toBeLessThanOrEqual(81);
    expect(stored.length).toBeLessThan(200);
  });
});

describe("refusalInForce: the export address is skipped for a day after a refusal", () => {
  it("in force from the refusal to just under a day later", () => {
    expect(refusalInForce(REFUSED, 1_000)).toEqual(REFUSED);
    expect(refusalInForce(REFUSED, 1_000 + DAY - 1)).toEqual(REFUSED);
  });

  it("a day later the address is tried again", () => {
    expect(refusalInForce(REFUSED, 1_000 + DAY)).toBeNull();
  });

  it("a refusal dated in the future (the clock moved back) is not trusted", () => {
    expect(refusalInForce(REFUSED, 999)).toBeNull();
  });

  it("nothing remembered, or the address remembered as working: tried", () => {
    expect(refusalInForce(null, 0)).toBeNull();
    expect(refusalInForce({ jalur: "resmi" }, 0)).toBeNull();
  });
});
