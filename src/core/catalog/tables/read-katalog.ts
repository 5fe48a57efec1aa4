/**
 * KATALOG → the sasaran and indicators of each jabatan (columns in layout.ts): one row per
 * indicator in print order; consecutive rows of one jabatan with the same sasaran text
 * are one sasaran; a row with an empty Indikator Kinerja is a sasaran without indicator.
 */
import {
  type Berlaku,
  type Indikator,
  type Jabatan,
  JENIS,
  type Jenis,
  POLARITAS,
  type Sasaran,
  SIFAT_TRIWULAN,
  TARGET_STATUS,
} from "../model";
import { isBlank, readChoice, readNumber, readText, readYear } from "./cells";
import { cellOf, findHeader, type Header, isBlankRow } from "./header";
import { ID_MAX, ID_PATTERN, newId } from "./ids";
import { KATALOG_COLUMNS, type KatalogKey, targetLabel } from "./layout";
import { either, type Problems, shown } from "./problems";

const SHEET = "KATALOG";
type Values = readonly (readonly unknown[])[];

/** A blank ID the add-on fills: 0-based row and column of the KATALOG values. */
export interface NewId {
  row: number;
  col: number;
  id: string;
}

interface Row {
  row: number;
  jabatan: Jabatan | null;
  sasaran: string;
  /** Indikator Kinerja's text: "" for a sasaran without indicator. */
  nama: string;
  /** Null for a sasaran without indicator, or when the row has problems. */
  indikator: Indikator | null;
  sumberData: string;
  berlaku: Berlaku;
}

/** Columns only an indicator row uses. */
const INDIKATOR_ONLY: readonly KatalogKey[] = ["formulasi", "pembilang", "penyebut", "satuan", "jenis", "polaritas", "sifatTriwulan", "id"];
const label = (key: KatalogKey) => KATALOG_COLUMNS.find((c) => c.key === key)?.label ?? key;
const MERGED =
  "Jangan menggabungkan (merge) sel: sel gabungan hanya berisi nilai di baris teratasnya, baris di bawahnya terbaca kosong. Pisahkan gabungannya dan isi setiap baris.";
const KODE_LIST_MAX = 12;

/**
 * Adds the sasaran of KATALOG to the jabatan of `byKode` (null when JABATAN could not be read:
 * kode are then not checked). Returns the ids to write into blank ID cells.
 */
export function readKatalog(values: Values, byKode: Map<string, Jabatan> | null, problems: Problems): NewId[] | null {
  const header = findHeader(SHEET, values, KATALOG_COLUMNS, problems, { targets: true });
  if (!header) return null;
  const reader = new RowReader(values, header, byKode, problems);
  const rows: Row[] = [];
  for (let r = header.row + 1; r < values.length; r++) {
    if (!isBlankRow(values, header, r, isBlank)) rows.push(reader.read(r));
  }
  const newIds = reader.fillIds(rows);
  group(rows, header, problems);
  return newIds;
}

class RowReader {
  /** Lower-case id → first row holding it. */
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly values: Values,
    private readonly header: Header<KatalogKey>,
    private readonly byKode: Map<string, Jabatan> | null,
    private readonly problems: Problems,
  ) {}

  private at(row: number, key: KatalogKey, message: string): void {
    this.problems.at(SHEET, row, this.header.col[key] ?? 0, message);
  }

  private cell(row: number, key: KatalogKey): unknown {
    return cellOf(this.values, this.header, row, key);
  }

  private text(row: number, key: KatalogKey): string {
    const v = this.cell(row, key);
    const read = readText(v);
    if (read.ok) return read.value;
    this.at(row, key, `${label(key)}: ${shown(v)} ${read.why}.`);
    return "";
  }

  read(r: number): Row {
    const jabatan = this.jabatan(r);
    const sasaran = this.text(r, "sasaran");
    if (sasaran === "")
      this.at(r, "sasaran", `Sasaran / Kinerja Utama kosong; isi di setiap baris, juga bila sama dengan baris di atasnya. ${MERGED}`);
    const nama = this.text(r, "indikator");
    const sumberData = this.text(r, "sumberData");
    const berlaku = this.berlaku(r);
    if (nama === "") {
      this.noIndicatorRow(r);
      return { row: r, jabatan, sasaran, nama, indikator: null, sumberData, berlaku };
    }
    return { row: r, jabatan, sasaran, nama, indikator: this.indikator(r, nama, sumberData, berlaku), sumberData, berlaku };
  }

  private jabatan(r: number): Jabatan | null {
    const kode = this.text(r, "kode").replace(/\s+/g, " ");
    if (kode === "") {
      this.at(r, "kode", `Kode Jabatan kosong; isi di setiap baris, juga bila sama dengan baris di atasnya. ${MERGED}`);
      return null;
    }
    if (!this.byKode) return null;
    const jabatan = this.byKode.get(kode.toLowerCase());
    if (jabatan) return jabatan;
    const known = [...this.byKode.values()].map((j) => j.kode);
    const list = known.length > KODE_LIST_MAX ? `${known.slice(0, KODE_LIST_MAX).join(", ")}, …` : known.join(", ");
    this.at(
      r,
      "kode",
      `Kode Jabatan ${shown(kode)} tidak ada di kolom Kode lembar JABATAN. ${known.length ? `Kode yang ada: ${list}.` : "Lembar JABATAN belum berisi jabatan."}`,
    );
    return null;
  }

  private year(r: number, key: "berlakuDari" | "berlakuSampai"): number | undefined {
    const v = this.cell(r, key);
    if (isBlank(v)) return undefined;
    const read = readYear(v);
    if (read.ok) return read.value;
    this.at(r, key, `${label(key)} ${shown(v)} ${read.why}; kosongkan bila tidak dibatasi.`);
    return undefined;
  }

  private berlaku(r: number): Berlaku {
    const berlakuDari = this.year(r, "berlakuDari");
    const berlakuSampai = this.year(r, "berlakuSampai");
    if (berlakuDari !== undefined && berlakuSampai !== undefined && berlakuDari > berlakuSampai) {
      this.at(
        r,
        "berlakuSampai",
        `Berlaku Sampai ${berlakuSampai} lebih awal dari Berlaku Dari ${berlakuDari}; Berlaku Sampai harus sama dengan atau sesudah Berlaku Dari.`,
      );
    }
    return { ...(berlakuDari !== undefined && { berlakuDari }), ...(berlakuSampai !== undefined && { berlakuSampai }) };
  }

  /** A sasaran without indicator: only kode, sasaran, sumber data and berlaku mean anything on it. */
  private noIndicatorRow(r: number): void {
    const filled = [
      ...INDIKATOR_ONLY.filter((key) => !isBlank(this.cell(r, key))).map(label),
      ...this.header.targets.filter((t) => !isBlank(this.values[r]?.[t.col])).map((t) => targetLabel(t.tahun)),
    ];
    if (filled.length === 0) return;
    this.at(
      r,
      "indikator",
      `Indikator Kinerja kosong, tetapi ${filled.join(", ")} terisi. Baris tanpa indikator adalah sasaran tanpa indikator dan hanya memakai Kode Jabatan, Sasaran, Sumber Data dan Berlaku: isi Indikator Kinerja, atau kosongkan kolom itu.`,
    );
  }

  private indikator(r: number, nama: string, sumberData: string, berlaku: Berlaku): Indikator | null {
    const jenis = this.choice(r, "jenis", JENIS);
    const polaritas = this.choice(r, "polaritas", POLARITAS, "positif");
    const sifatTriwulan = this.choice(r, "sifatTriwulan", SIFAT_TRIWULAN, "akhir");
    const formulasi = this.text(r, "formulasi");
    const satuan = this.text(r, "satuan");
    const pembilang = this.text(r, "pembilang");
    const penyebut = this.text(r, "penyebut");
    if (jenis === "rasio") {
      if (pembilang === "")
        this.at(r, "pembilang", "Jenis rasio memerlukan label Pembilang (isian yang dibagi), mis. Σ PMKS yg ditangani.");
      if (penyebut === "") this.at(r, "penyebut", "Jenis rasio memerlukan label Penyebut (isian pembagi), mis. Σ PMKS seluruhnya.");
    }
    const target = jenis ? this.targets(r, jenis) : {};
    const id = this.id(r);
    if (!jenis || !polaritas || !sifatTriwulan || id === null) return null;
    return {
      id,
      nama,
      formulasi,
      ...(pembilang !== "" && { pembilang }),
      ...(penyebut !== "" && { penyebut }),
      sumberData,
      satuan,
      jenis,
      polaritas,
      sifatTriwulan,
      target,
      ...berlaku,
    };
  }

  private choice<T extends string>(r: number, key: KatalogKey, allowed: readonly T[], fallback?: T): T | null {
    const v = this.cell(r, key);
    const read = readChoice(v, allowed, fallback);
    if (read?.ok) return read.value;
    if (read === null) this.at(r, key, `${label(key)} wajib diisi untuk indikator: ${either(allowed)}.`);
    else this.at(r, key, `${label(key)} ${shown(v)} ${read.why}. Yang boleh: ${either(allowed)}.`);
    return null;
  }

  private targets(r: number, jenis: Jenis): Record<string, number | string> {
    const target: Record<string, number | string> = {};
    for (const { tahun, col } of this.header.targets) {
      const v = this.values[r]?.[col];
      if (isBlank(v)) continue;
      const where = (message: string) => this.problems.at(SHEET, r, col, `${targetLabel(tahun)} ${shown(v)} ${message}`);
      if (jenis === "status") {
        const read = v instanceof Date || typeof v === "number" ? null : readChoice(v, TARGET_STATUS);
        if (read?.ok) target[String(tahun)] = read.value;
        else where(`bukan status KLA. Untuk jenis status isi salah satu: ${either(TARGET_STATUS)}; kosongkan bila belum ada.`);
      } else {
        const read = readNumber(v);
        if (read.ok) target[String(tahun)] = read.value;
        else where(`${read.why}. Isi angka, mis. 75 atau 75,5; kosongkan bila belum ada.`);
      }
    }
    return target;
  }

  /** The typed id, "" for a blank one (filled later), null when it is not usable. */
  private id(r: number): string | null {
    const v = this.cell(r, "id");
    const id = readText(v);
    if (!id.ok) {
      this.at(r, "id", `ID ${shown(v)} ${id.why}.`);
      return null;
    }
    if (id.value === "") return "";
    if (!ID_PATTERN.test(id.value) || id.value.length > ID_MAX) {
      this.at(
        r,
        "id",
        `ID ${shown(v)} tidak sah: hanya huruf, angka, titik, tanda hubung dan garis bawah, paling banyak ${ID_MAX} karakter. Kosongkan agar diisi ulang oleh add-on (nilai yang sudah diketik untuk ID lama tidak lagi cocok).`,
      );
      return null;
    }
    const twin = this.ids.get(id.value.toLowerCase());
    if (twin !== undefined) {
      this.at(
        r,
        "id",
        `ID ${shown(v)} sudah dipakai di baris ${twin + 1}. Setiap indikator perlu ID sendiri: bila baris ini salinan, kosongkan ID-nya agar diisi oleh add-on.`,
      );
      return null;
    }
    this.ids.set(id.value.toLowerCase(), r);
    return id.value;
  }

  /** Fresh ids for blank ID cells, in row order, after every typed id is known (so none is taken twice). */
  fillIds(rows: Row[]): NewId[] {
    const taken = new Set(this.ids.keys());
    const col = this.header.col.id;
    const out: NewId[] = [];
    for (const row of rows) {
      if (row.indikator?.id !== "" || col === undefined) continue;
      row.indikator.id = newId(row.jabatan?.kode ?? "", row.indikator.nama, taken);
      out.push({ row: row.row, col, id: row.indikator.id });
    }
    return out;
  }
}

/** Rows into sasaran of their jabatan: a row continues the sasaran of the row above when kode and sasaran text are the same. */
function group(rows: readonly Row[], header: Header<KatalogKey>, problems: Problems): void {
  let prev: { row: Row; sasaran: Sasaran } | null = null;
  for (const row of rows) {
    if (!row.jabatan) {
      prev = null;
      continue;
    }
    if (prev && prev.row.jabatan === row.jabatan && prev.row.sasaran === row.sasaran) {
      // A sasaran is one row without indicator, or rows that all have one.
      const blank = row.nama === "" ? row : prev.row.nama === "" ? prev.row : null;
      if (blank) {
        problems.at(
          SHEET,
          blank.row,
          header.col.indikator ?? 0,
          "Indikator Kinerja kosong, padahal sasaran ini punya baris lain tepat di atas atau di bawahnya (Kode Jabatan dan Sasaran sama). Sasaran tanpa indikator cukup satu baris: isi indikatornya atau hapus baris ini.",
        );
      } else if (row.indikator) prev.sasaran.indikator.push(row.indikator);
      prev = { row, sasaran: prev.sasaran };
      continue;
    }
    const sasaran: Sasaran = { nama: row.sasaran, indikator: row.indikator ? [row.indikator] : [] };
    if (row.nama === "") {
      if (row.sumberData !== "") sasaran.sumberData = row.sumberData;
      Object.assign(sasaran, row.berlaku);
    }
    row.jabatan.sasaran.push(sasaran);
    prev = { row, sasaran };
  }
}
