import type {
  BuktiBelumAda,
  CatalogChange,
  CatalogInfo,
  CatalogProblemLink,
  Endpoint,
  ExportedFile,
  ExportResult,
  JabatanOption,
  Periode,
  Perlindungan,
  PkLockResult,
  PkMissing,
  PkResult,
  PkSheetLink,
  PkStatus,
  RenamedSheet,
  ScaffoldResult,
  ServerData,
  SheetLink,
  SheetRef,
  SheetStatus,
  SidebarData,
  TargetMismatch,
} from "../../shared/api";
import { clip, ServerError } from "./errors";
import {
  boolean,
  count,
  fail,
  field,
  type Guard,
  hasOwn,
  integer,
  isObject,
  list,
  optional,
  record,
  renamed,
  ShapeError,
  text,
  whatArrived,
} from "./shape";

/**
 * What each server function must answer, checked before anything is rendered:
 * a malformed answer becomes one Indonesian error instead of a crash halfway
 * through building the panel.
 */

const jabatanOption = record<JabatanOption>({ kode: text, nama: text });

/**
 * Any text is accepted where the contract has a few words (a periode, a status): a
 * newer server may send one this sidebar does not know, and the view shows it as
 * plain text (Map lookups, so even "constructor" is just text).
 */
function word<T extends string>(value: unknown, path: string): T {
  return text(value, path) as T;
}

const catalogProblem = record<CatalogProblemLink>({ cell: text, message: text, url: text });

const catalogInfo = record<CatalogInfo>({ ada: boolean, url: text, jabatan: count, indikator: count, masalah: list(catalogProblem) });

/**
 * SidebarData as the sidebar reads it. `katalogLama`: an older server sent no
 * `katalog`; it has no catalog sheets and builds from its built-in catalog, so
 * there is nothing to check or create: `katalog` then says "there, no problems"
 * with the jabatan count of the list and 0 indikator (unknown; not to be shown).
 */
export type SidebarAnswer = SidebarData & { katalogLama: boolean };

const buktiBelumAda = record<BuktiBelumAda>({ jabatan: text, periode: text, indikator: list(text), url: text });

const sidebarFields = record<Omit<SidebarData, "katalog">>({
  jabatan: list(jabatanOption),
  tahunPilihan: list(integer),
  tahunDefault: integer,
  tahunAda: list(integer),
  periode: list(word<Periode>),
  // Servers before the BUKTI sheet do not send it.
  buktiBelumAda: optional<SidebarData["buktiBelumAda"]>(record({ tahun: integer, daftar: list(buktiBelumAda) }), () => undefined),
});

const sidebarData: Guard<SidebarAnswer> = (value, path) => {
  const data = sidebarFields(value, path);
  const katalog = field(value as object, "katalog");
  if (katalog === undefined) {
    return { ...data, katalog: { ada: true, url: "", jabatan: data.jabatan.length, indikator: 0, masalah: [] }, katalogLama: true };
  }
  return { ...data, katalog: catalogInfo(katalog, `${path}.katalog`), katalogLama: false };
};

const sheetLink = record<SheetLink>({ name: text, url: text, status: word<SheetStatus> });

const renamedSheet = record<RenamedSheet>({ semula: text, menjadi: text, url: text });

/** A target: a number, or text (a KLA status, a formula typed in the cell). */
const targetValue: Guard<string | number> = (value, path) =>
  typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) ? value : fail(path, "angka atau teks", value);

const targetMismatch = record<TargetMismatch>({ lembar: text, indikator: text, target: targetValue, katalog: targetValue, url: text });

const sheetRef = record<SheetRef>({ name: text, url: text });

/** A guard this sidebar does not know reads as "peringatan": it claims nothing it cannot show. */
const perlindungan: Guard<Perlindungan> = (value, path) => (text(value, path) === "peran" ? "peran" : "peringatan");

const catalogChange = record<CatalogChange>({ lembar: text, url: text, perubahan: list(text) });

const scaffoldFields = record<ScaffoldResult>({
  tahun: integer,
  periode: word<Periode>,
  lembar: list(sheetLink),
  nilaiDipertahankan: count,
  nilaiDipindahkan: count,
  // Servers before lembarLama existed do not send it.
  lembarLama: optional(list(renamedSheet), () => []),
  // Servers before the catalog's targets and renamed kodes do not send these.
  targetDariKatalog: optional(count, () => 0),
  targetBerbeda: optional(list(targetMismatch), () => []),
  lembarTakDikenal: optional(list(sheetRef), () => []),
  katalogContohDibuat: optional(boolean, () => false),
  perubahanKatalog: optional(list(catalogChange), () => []),
  lembarTakTerbaca: optional(list(sheetRef), () => []),
  // Servers before the roles (README "Peran dan bukti dukung") do not send these.
  perlindungan: optional(perlindungan, () => "peringatan"),
  belumPunyaAkses: optional(list(text), () => []),
  buktiBelumAda: optional(list(buktiBelumAda), () => []),
  message: text,
});

/** `lembar` was `sheets` before the naming rule (src/shared/api.ts). */
const scaffoldResult = renamed(scaffoldFields, "lembar", "sheets");

const exportedFile = record<ExportedFile>({ name: text, url: text, label: text });

/** Absent (an older server) or a value this sidebar does not know: undefined; the notice text is what is shown. */
const tataLetak: Guard<ExportResult["tataLetak"]> = (value, path) => {
  if (value === undefined) return undefined;
  const known = text(value, path);
  return known === "resmi" || known === "bawaan-google" ? known : undefined;
};

const exportResult = record<ExportResult>({
  tahun: integer,
  folderName: text,
  folderUrl: text,
  files: list(exportedFile),
  message: text,
  tataLetak,
  catatanTataLetak: optional<string | undefined>(text, () => undefined),
});

const pkSheetLink = record<PkSheetLink>({ name: text, kode: text, url: text, status: word<PkStatus> });

const pkMissing = record<PkMissing>({ label: text, cell: text, url: text });

/* The PK's answers have no older server to allow for: every field is required. */
const pkResult = record<PkResult>({
  tahun: integer,
  perubahan: boolean,
  lembar: list(pkSheetLink),
  belumDiisi: list(pkMissing),
  lembarLama: list(renamedSheet),
  katalogDilengkapi: text,
  perlindungan: optional(perlindungan, () => "peringatan"),
  belumPunyaAkses: optional(list(text), () => []),
  message: text,
});

const pkLockResult = record<PkLockResult>({
  tahun: integer,
  perubahan: boolean,
  dikunci: list(sheetRef),
  sudahTerkunci: list(sheetRef),
  belumDiisi: list(pkMissing),
  belumDibuat: list(text),
  message: text,
});

/** What the sidebar reads from each endpoint: the contract's data, plus what it noticed of an older server. */
export type Answer<K extends Endpoint> = K extends "getSidebarData"
  ? SidebarAnswer
  : K extends "scaffoldYear"
    ? ScaffoldResult // the old names this server also sends are for an older sidebar, not read here
    : ServerData<K>;

/** One guard per endpoint of the contract: a new endpoint without one, or a guard of another shape, fails to compile. */
const DATA: { readonly [K in Endpoint]: Guard<Answer<K>> } = {
  getSidebarData: sidebarData,
  scaffoldYear: scaffoldResult,
  exportPdf: exportResult,
  checkCatalog: catalogInfo,
  createCatalog: catalogInfo,
  createPerjanjianKinerja: pkResult,
  lockPerjanjianKinerja: pkLockResult,
};

export function isEndpoint(name: string): name is Endpoint {
  return hasOwn(DATA, name);
}

/** Said of any answer that is not of the contract's shape. */
export function formatError(detail: string): ServerError {
  return new ServerError(`Jawaban server tidak sesuai format: ${detail}. Muat ulang sidebar lalu coba lagi.`);
}

/** The server's own refusal message; bounded so a runaway message cannot flood the panel. */
const REFUSAL_MAX = 500;

/**
 * The data of a `{ ok: true, data }` answer of `name`, checked; throws a ServerError
 * with the server's message for `{ ok: false, error }` and for anything malformed.
 */
export function readAnswer<K extends Endpoint>(name: K, answer: unknown): Answer<K> {
  if (!isEndpoint(name)) throw new ServerError(`Fungsi server ${clip(String(name))} tidak dikenal.`);
  if (!isObject(answer)) throw formatError(`jawaban harus berupa objek { ok, data }, diterima ${whatArrived(answer)}`);
  const ok = field(answer, "ok");
  if (ok === false) {
    const error = field(answer, "error");
    throw new ServerError(typeof error === "string" && error ? clip(error, REFUSAL_MAX) : "Server menolak permintaan tanpa keterangan.");
  }
  if (ok !== true) throw formatError(`ok harus berupa true atau false, diterima ${whatArrived(ok)}`);
  try {
    return DATA[name](field(answer, "data"), "data");
  } catch (error) {
    if (error instanceof ShapeError) throw formatError(error.message);
    throw error;
  }
}
