/**
 * Who signs a jabatan's Perjanjian Kinerja with whom (README "Perjanjian Kinerja"): pihak pertama is the
 * jabatan's official (for the head of office, the PENGATURAN signatory); pihak kedua the atasan
 * langsung's official, and for the head of office the kepala daerah (no NIP). A blank name, pangkat or
 * NIP is not a refusal: the PK is a draft with a placeholder there, and the field is listed. Pure.
 */
import type { Catalog, Jabatan, StatusPenandatangan } from "../catalog/model";

/** A field of the catalog a PK needs and finds blank: where it is typed (see locate.ts for its cell). */
export type MissingField =
  | { sheet: "JABATAN"; kode: string; field: "namaPejabat" | "pangkatPejabat" | "nipPejabat" }
  | { sheet: "PENGATURAN"; field: "namaPenandatangan" | "pangkat" | "nip" | "jabatanKepalaDaerah" | "namaKepalaDaerah" };

export interface Pihak {
  /** The jabatan as printed ("KEPALA DINAS SOSIAL PPPA KABUPATEN SAMPANG", "BUPATI SAMPANG"). */
  jabatan: string;
  status: StatusPenandatangan;
  /** "" when blank in the catalog: printed as a placeholder, listed in `missing`. */
  nama: string;
  pangkat: string;
  nip: string;
  /** The kepala daerah signs without pangkat and NIP. */
  kepalaDaerah: boolean;
  /** Which of its fields are blank, each once. */
  missing: MissingField[];
}

export interface Parties {
  pertama: Pihak;
  kedua: Pihak;
}

/** Why no PK can be made for a jabatan: the catalog does not say who its atasan is. */
export class AtasanUnknown extends Error {
  constructor(readonly kode: string) {
    super(
      `Atasan ${kode} belum diisi di lembar JABATAN (kolom Atasan): isi kode jabatan atasan langsung setiap jabatan, ` +
        "kosong hanya untuk kepala instansi, lalu buat Perjanjian Kinerja lagi.",
    );
  }
}

/** The two parties of `jabatan`'s PK; throws AtasanUnknown while the catalog's Atasan column is not filled in. */
export function partiesOf(catalog: Catalog, jabatan: Jabatan): Parties {
  if (jabatan.atasan === undefined) throw new AtasanUnknown(jabatan.kode);
  const pertama = officialOf(catalog, jabatan);
  if (jabatan.atasan === "") return { pertama, kedua: kepalaDaerahOf(catalog) };
  const atasan = catalog.jabatan.find((j) => j.kode === jabatan.atasan);
  // The reader guarantees an Atasan names a kode; a hand-built catalog that does not is a bug, said plainly.
  if (!atasan) throw new Error(`Atasan ${jabatan.atasan} dari ${jabatan.kode} tidak ada di katalog.`);
  return { pertama, kedua: officialOf(catalog, atasan) };
}

/** A jabatan's official: the PENGATURAN signatory for the head of office, else JABATAN's Pejabat columns. */
function officialOf(catalog: Catalog, jabatan: Jabatan): Pihak {
  if (jabatan.atasan === "") {
    const { kepala } = catalog.instansi;
    const missing: MissingField[] = [];
    if (!kepala.nama) missing.push({ sheet: "PENGATURAN", field: "namaPenandatangan" });
    if (!kepala.pangkat) missing.push({ sheet: "PENGATURAN", field: "pangkat" });
    if (!kepala.nip) missing.push({ sheet: "PENGATURAN", field: "nip" });
    return {
      jabatan: jabatan.nama,
      status: kepala.status,
      nama: kepala.nama,
      pangkat: kepala.pangkat,
      nip: kepala.nip,
      kepalaDaerah: false,
      missing,
    };
  }
  const p = jabatan.pejabat;
  const missing: MissingField[] = [];
  const field = (name: "namaPejabat" | "pangkatPejabat" | "nipPejabat") =>
    missing.push({ sheet: "JABATAN", kode: jabatan.kode, field: name });
  if (!p?.nama) field("namaPejabat");
  if (!p?.pangkat) field("pangkatPejabat");
  if (!p?.nip) field("nipPejabat");
  return {
    jabatan: jabatan.nama,
    status: jabatan.statusPejabat ?? "",
    nama: p?.nama ?? "",
    pangkat: p?.pangkat ?? "",
    nip: p?.nip ?? "",
    kepalaDaerah: false,
    missing,
  };
}

function kepalaDaerahOf(catalog: Catalog): Pihak {
  const kd = catalog.instansi.kepalaDaerah;
  const missing: MissingField[] = [];
  if (!kd?.jabatan) missing.push({ sheet: "PENGATURAN", field: "jabatanKepalaDaerah" });
  if (!kd?.nama) missing.push({ sheet: "PENGATURAN", field: "namaKepalaDaerah" });
  return { jabatan: kd?.jabatan ?? "", status: "", nama: kd?.nama ?? "", pangkat: "", nip: "", kepalaDaerah: true, missing };
}
