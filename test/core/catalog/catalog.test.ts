import * as fs from "node:fs";
import * as path from "node:path";
import { allIndikator, EXAMPLE_CATALOG as CATALOG, type Catalog, findJabatan } from "../../../src/core/catalog";
import { catalogTables, readCatalog, sheetValues } from "../../../src/core/catalog/tables";
import { formatNip } from "../../../src/core/rules/nip";

/** The customer's IKI document, kept in the repo so a clone alone runs the tests. */
const SEED = fs.readFileSync(path.resolve(__dirname, "../../support/fixtures/seed-sampang.txt"), "utf8");

// ---- An independent reading of the seed --------------------------------------------

/** The seed's LaTeX / HTML formula cell as plain text. */
function renderFormula(cell: string): string {
  return cell
    .replace(/<\/p>\s*<hr\s*\/?>\s*<p>/g, " / ") // stacked HTML fraction
    .replace(/<[^>]+>/g, "")
    .replace(/\\text\{([^{}]*)\}/g, "$1")
    .replace(/\\sum\s/g, "Σ ")
    .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, "$1 / $2")
    .replace(/\s*\\times\s*100\\%/g, " × 100%")
    .replace(/\$/g, "")
    .replace(/\s*_{3,}/g, "") // a blank fill-in line ("- _____") is not text
    .trim();
}

const stripTags = (cell: string) => cell.replace(/<[^>]+>/g, "").trim();

interface Row {
  sasaran: string;
  indikator: string;
  formula: string;
  sumber: string;
}

interface SeedJabatan {
  nama: string;
  tugas: string | string[];
  fungsi: string[];
  rows: Row[];
}

const LETTERED = /^ - [a-z]\. (.*)$/;

function parseSeed(text: string): SeedJabatan[] {
  const blocks = text.split("INDIKATOR KINERJA INDIVIDU (IKI)").slice(1);
  return blocks.map((block) => {
    const lines = block.split("\n");
    const field = (name: string) => lines.findIndex((l) => new RegExp(`^(- )?\\d\\. (\\*\\*)?${name}(\\*\\*)? :`).test(l));
    const after = (i: number) => (lines[i] ?? "").replace(/^.*? : ?/, "");
    const iJab = field("JABATAN");
    const iTug = field("TUGAS");
    const iFun = field("FUNGSI");
    const iHead = lines.indexOf("1\t2\t3\t4");
    const lettered = (from: number, to: number) =>
      lines.slice(from, to).flatMap((l) => {
        const m = LETTERED.exec(l);
        return m ? [m[1] as string] : [];
      });
    const tugasInline = after(iTug);
    const rows: Row[] = [];
    let sasaran = "";
    // The table runs to the end of the block: blank lines inside it are ignored.
    const end = lines.findIndex((l, i) => i > iHead && /^[A-Z ]+$/.test(l) && l.startsWith("KEPALA"));
    for (const line of lines.slice(iHead + 1, end < 0 ? undefined : end)) {
      if (!line.includes("\t")) continue;
      const cells = line.split("\t");
      expect(cells).toHaveLength(4);
      const [s, ind, f, src] = cells.map((c) => c ?? "") as [string, string, string, string];
      if (stripTags(s) !== "") sasaran = stripTags(s);
      rows.push({ sasaran, indikator: stripTags(ind), formula: renderFormula(f), sumber: stripTags(src) });
    }
    return {
      nama: after(iJab),
      tugas: tugasInline === "" ? lettered(iTug + 1, iFun) : tugasInline,
      fungsi: lettered(iFun + 1, iHead),
      rows,
    };
  });
}

/** The catalog's table rows; a sasaran without indicator is one row with empty cells. */
function catalogRows(catalog: Catalog): Row[][] {
  return catalog.jabatan.map((j) =>
    j.sasaran.flatMap((s) =>
      s.indikator.length === 0
        ? [{ sasaran: s.nama, indikator: "", formula: "", sumber: s.sumberData ?? "" }]
        : s.indikator.map((i) => ({ sasaran: s.nama, indikator: i.nama, formula: i.formulasi, sumber: i.sumberData })),
    ),
  );
}

/** Every difference between the catalog and the seed, as messages; [] when they agree. */
function compareWithSeed(catalog: Catalog, seed: SeedJabatan[]): string[] {
  const out: string[] = [];
  if (catalog.jabatan.length !== seed.length) out.push(`jabatan: ${catalog.jabatan.length} vs seed ${seed.length}`);
  const rows = catalogRows(catalog);
  seed.forEach((sj, k) => {
    const cj = catalog.jabatan[k];
    if (!cj) return;
    const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (cj.nama !== sj.nama) out.push(`${cj.kode}: nama`);
    if (!eq(cj.tugas, sj.tugas)) out.push(`${cj.kode}: tugas`);
    if (!eq(cj.fungsi, sj.fungsi)) out.push(`${cj.kode}: fungsi`);
    const cr = rows[k] ?? [];
    if (cr.length !== sj.rows.length) out.push(`${cj.kode}: ${cr.length} rows vs seed ${sj.rows.length}`);
    sj.rows.forEach((r, i) => {
      if (!eq(cr[i], r)) out.push(`${cj.kode} row ${i + 1}: ${JSON.stringify(cr[i])} vs seed ${JSON.stringify(r)}`);
    });
  });
  return out;
}

const seedJabatan = parseSeed(SEED);
const clone = (): Catalog => JSON.parse(JSON.stringify(CATALOG)) as Catalog;

// ---- Tests ------------------------------------------------------------------------

describe("seed reader (the test's own parser)", () => {
  it("finds 7 jabatan blocks with 24 table rows", () => {
    expect(seedJabatan).toHaveLength(7);
    expect(seedJabatan.map((j) => j.rows.length)).toEqual([3, 3, 3, 5, 2, 3, 5]);
  });

  it("renders LaTeX and HTML formulas as plain text", () => {
    expect(renderFormula("$\\frac{\\sum \\text{A b}}{\\sum \\text{C}} \\times 100\\%$")).toBe("Σ A b / Σ C × 100%");
    expect(renderFormula("$\\frac{\\text{A}}{\\text{B}}$")).toBe("A / B");
    expect(renderFormula("<p>A</p> <hr/> <p>B</p>")).toBe("A / B");
    expect(renderFormula("IDG: $1/3 (x)$ y")).toBe("IDG: 1/3 (x) y");
    expect(renderFormula("- _____")).toBe("-");
  });
});

describe("catalog against the seed", () => {
  it("matches the seed jabatan by jabatan: nama, tugas, fungsi and every table row", () => {
    expect(compareWithSeed(CATALOG, seedJabatan)).toEqual([]);
  });

  it("every text appears verbatim in the seed", () => {
    const texts: string[] = [CATALOG.instansi.kepala.nama, CATALOG.instansi.kepala.pangkat];
    texts.push(...CATALOG.instansi.kepala.jabatan);
    for (const j of CATALOG.jabatan) {
      texts.push(j.nama, ...(Array.isArray(j.tugas) ? j.tugas : [j.tugas]), ...j.fungsi);
      for (const s of j.sasaran) {
        texts.push(s.nama, ...(s.sumberData ? [s.sumberData] : []));
        for (const i of s.indikator) texts.push(i.nama, i.sumberData);
      }
    }
    const missing = texts.filter((t) => !SEED.includes(t));
    expect(missing).toEqual([]);
    // Signature title lines are whole lines of the seed.
    const lines = SEED.split("\n");
    for (const l of CATALOG.instansi.kepala.jabatan) expect(lines).toContain(l);
  });

  it("pembilang / penyebut of rasio indicators are the two sides of the formulasi", () => {
    for (const { indikator: i } of allIndikator(CATALOG)) {
      if (i.jenis !== "rasio") continue;
      expect(i.satuan).toBe("%");
      expect(i.formulasi.replace(/ × 100%$/, "")).toBe(`${i.pembilang} / ${i.penyebut}`);
    }
  });

  it("the comparison fails when an indicator is dropped, added or reworded", () => {
    const dropped = clone();
    dropped.jabatan[3]?.sasaran[0]?.indikator.splice(2, 1);
    expect(compareWithSeed(dropped, seedJabatan).length).toBeGreaterThan(0);

    const added = clone();
    const extra = added.jabatan[4]?.sasaran[0]?.indikator[0];
    if (extra) added.jabatan[4]?.sasaran[0]?.indikator.push({ ...extra, id: "dayasos.extra" });
    expect(compareWithSeed(added, seedJabatan).length).toBeGreaterThan(0);

    const reworded = clone();
    const ind = reworded.jabatan[6]?.sasaran[1]?.indikator[3];
    if (ind) ind.nama = ind.nama.replace("Anak", "Remaja");
    expect(compareWithSeed(reworded, seedJabatan).length).toBeGreaterThan(0);

    const formula = clone();
    const f = formula.jabatan[0]?.sasaran[0]?.indikator[0];
    if (f) f.formulasi = f.formulasi.replace(" × 100%", "");
    expect(compareWithSeed(formula, seedJabatan).length).toBeGreaterThan(0);
  });
});

describe("seed particulars", () => {
  it("has the 7 jabatan with their kode, in order", () => {
    expect(CATALOG.jabatan.map((j) => j.kode)).toEqual([
      "KADIS",
      "SEKRETARIS",
      "KASUBAG UMUM",
      "KABID REHSOS",
      "KABID DAYASOS",
      "KABID LINJAMSOS",
      "KABID PPPA",
    ]);
    expect(findJabatan("KABID PPPA", CATALOG)?.nama).toBe(seedJabatan[6]?.nama);
    expect(findJabatan("NOPE", CATALOG)).toBeUndefined();
  });

  it("Kasubag Umum: 9 lettered tugas, no fungsi, two sasaran without indicator", () => {
    const umum = findJabatan("KASUBAG UMUM", CATALOG);
    expect(Array.isArray(umum?.tugas)).toBe(true);
    expect(umum?.tugas).toHaveLength(9);
    expect(umum?.fungsi).toEqual([]);
    const empty = umum?.sasaran.filter((s) => s.indikator.length === 0) ?? [];
    expect(empty).toHaveLength(2);
    for (const s of empty) expect(s.sumberData).toBe("Dinsos PPPA");
  });

  it("Kepala Dinas and Sekretaris share the same three indicators, with distinct ids", () => {
    const view = (kode: string) =>
      allIndikator(CATALOG)
        .filter((r) => r.jabatan.kode === kode)
        .map(({ sasaran, indikator: i }) => [sasaran.nama, i.nama, i.formulasi, i.jenis, i.satuan]);
    expect(view("KADIS")).toHaveLength(3);
    expect(view("SEKRETARIS")).toEqual(view("KADIS"));
  });

  it("KLA status formula is '-', IDG is a typed value (jenis nilai) in satuan indeks", () => {
    const kla = allIndikator(CATALOG).filter((r) => r.indikator.nama.includes("Kabupaten Layak Anak"));
    expect(kla).toHaveLength(2);
    for (const { indikator } of kla) {
      expect(indikator.formulasi).toBe("-");
      expect([indikator.jenis, indikator.satuan]).toEqual(["status", "status"]);
    }
    const idg = allIndikator(CATALOG).filter((r) => r.indikator.nama.includes("(IDG)"));
    expect(idg.map((r) => [r.indikator.jenis, r.indikator.satuan])).toEqual([
      ["nilai", "indeks"],
      ["nilai", "indeks"],
    ]);
  });

  it("NIP of the head of office: 18 digits, printed in the seed with spaces", () => {
    expect(CATALOG.instansi.kepala.nip).toMatch(/^\d{18}$/);
    expect(SEED).toContain("NIP. 19680223 198803 1 001");
    expect(SEED).toContain(`NIP. ${formatNip(CATALOG.instansi.kepala.nip)}`);
  });

  it("indicator ids are unique and well-formed; all polaritas positif", () => {
    const all = allIndikator(CATALOG);
    expect(all).toHaveLength(22);
    const ids = all.map((r) => r.indikator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
    for (const r of all) expect(r.indikator.polaritas).toBe("positif");
  });
});

/** The catalog through its three sheets and back: the problems the reader finds. */
function problemsOf(catalog: Catalog): string[] {
  const tables = catalogTables(catalog);
  const values = Object.fromEntries(Object.entries(tables).map(([name, sheet]) => [name, sheetValues(sheet)]));
  return readCatalog(values).problems.map((p) => `${p.cell ?? p.sheet}: ${p.message}`);
}

describe("the catalog's rules, through its sheets", () => {
  it("accepts the catalog", () => {
    expect(problemsOf(clone())).toEqual([]);
  });

  it("rejects a duplicated indicator id", () => {
    const bad = clone();
    const [a, b] = allIndikator(bad);
    if (a && b) b.indikator.id = a.indikator.id;
    expect(problemsOf(bad).join("\n")).toMatch(/ID/);
  });

  it("rejects an indicator without name that still has an id", () => {
    const bad = clone();
    const first = allIndikator(bad)[0];
    if (first) first.indikator.nama = "";
    expect(problemsOf(bad).length).toBeGreaterThan(0);
  });

  it("rejects an invalid NIP", () => {
    const bad = clone();
    bad.instansi.kepala.nip = "196802301988031001";
    expect(problemsOf(bad).join("\n")).toMatch(/NIP/);
  });
});
