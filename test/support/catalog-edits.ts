/**
 * Random edits a secretariat makes to a catalog between two presses of the button: an indicator's
 * text or formulasi corrected, a new signatory or a Plt., a target set or revised, an indicator
 * added, retired or moved, jenis (rasio ↔ nilai), polaritas or sifat triwulan changed, a jabatan
 * renamed. Pure: each edit returns a new catalog; ids never change (the catalog keeps them).
 */
import fc from "fast-check";
import type { Catalog, Indikator } from "../../src/core/catalog/model";

export type CatalogEdit =
  | { kind: "teks"; pick: number; field: "nama" | "formulasi" | "satuan" | "sumberData" }
  | { kind: "penandatangan"; nama: string; status: "" | "Plt." | "Plh." }
  | { kind: "target"; pick: number; value: number }
  | { kind: "tambah"; pick: number }
  | { kind: "pensiun"; pick: number }
  | { kind: "urutan"; pick: number }
  | { kind: "aturan"; pick: number; what: "jenis" | "polaritas" | "sifat" }
  | { kind: "jabatan"; pick: number };

export const catalogEdit: fc.Arbitrary<CatalogEdit> = fc.oneof(
  fc.record({
    kind: fc.constant("teks" as const),
    pick: fc.nat(),
    field: fc.constantFrom("nama" as const, "formulasi" as const, "satuan" as const, "sumberData" as const),
  }),
  fc.record({
    kind: fc.constant("penandatangan" as const),
    nama: fc.constantFrom("Dra. SITI AMINAH, M.Si.", "H. AHMAD FAUZI, S.Sos.", "Ir. BUDI"),
    status: fc.constantFrom("" as const, "Plt." as const, "Plh." as const),
  }),
  fc.record({ kind: fc.constant("target" as const), pick: fc.nat(), value: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant("tambah" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("pensiun" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("urutan" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("aturan" as const),
    pick: fc.nat(),
    what: fc.constantFrom("jenis" as const, "polaritas" as const, "sifat" as const),
  }),
  fc.record({ kind: fc.constant("jabatan" as const), pick: fc.nat() }),
);

let added = 0;

export function applyCatalogEdit(catalog: Catalog, e: CatalogEdit, tahun = 2027): Catalog {
  const next = structuredClone(catalog);
  const all = next.jabatan.flatMap((j) => j.sasaran.flatMap((s) => s.indikator.map((i) => ({ j, s, i }))));
  const one = all[("pick" in e ? e.pick : 0) % Math.max(1, all.length)];
  switch (e.kind) {
    case "teks":
      if (one) one.i[e.field] = `${one.i[e.field]} (revisi)`;
      break;
    case "penandatangan":
      next.instansi.kepala = { ...next.instansi.kepala, nama: e.nama, status: e.status };
      break;
    case "target":
      // A status (KLA) target is a status name; the others a number.
      if (one) one.i.target = { ...one.i.target, [String(tahun)]: one.i.jenis === "status" ? "Nindya" : e.value };
      break;
    case "tambah":
      if (one) one.s.indikator.push(newIndikator(one.i));
      break;
    case "pensiun":
      if (one) one.i.berlakuSampai = tahun - 1;
      break;
    case "urutan":
      if (one) one.s.indikator.reverse();
      break;
    case "aturan":
      if (!one) break;
      if (e.what === "polaritas") one.i.polaritas = one.i.polaritas === "positif" ? "negatif" : "positif";
      else if (e.what === "sifat") one.i.sifatTriwulan = one.i.sifatTriwulan === "akhir" ? "kumulatif" : "akhir";
      else if (one.i.jenis === "nilai") {
        // A rasio needs what it divides (the catalog refuses one without).
        Object.assign(one.i, {
          jenis: "rasio",
          pembilang: one.i.pembilang || "Jumlah yang ditangani",
          penyebut: one.i.penyebut || "Jumlah seluruhnya",
        });
      } else if (one.i.jenis === "rasio") one.i.jenis = "nilai";
      break;
    case "jabatan": {
      const j = next.jabatan[e.pick % next.jabatan.length];
      if (j) j.nama = `${j.nama} (baru)`;
      break;
    }
  }
  return next;
}

function newIndikator(like: Indikator): Indikator {
  added++;
  return {
    ...structuredClone(like),
    id: `baru-${added}`,
    nama: `Indikator tambahan ${added}`,
    target: {},
    berlakuDari: undefined,
    berlakuSampai: undefined,
  };
}
