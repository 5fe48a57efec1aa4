/**
 * Table layouts that earlier versions of the add-on wrote and users' spreadsheets still hold: frozen
 * copies of the column model (columns.ts) as it was. Never written again: the reader of an old sheet
 * (core/match, core/carry) knows them, so a year made by an earlier version and made again keeps every
 * typed value in its new place (same keys). When a layout in columns.ts changes, its previous form
 * goes here, into FROZEN_JABATAN_LAYOUTS.
 */
import { column, type IndikatorColumn, TRIWULAN } from "./columns";

/**
 * Triwulan before quarterly targets (up to issue 10): the year's Target, then Pembilang, Penyebut and
 * Realisasi under each quarter's label, then the year's columns without a group label.
 */
export const LEGACY_TRIWULAN_COLUMNS: readonly IndikatorColumn[] = [
  column("no", "No", 30),
  column("sasaran", "Sasaran / Kinerja Utama", 110),
  column("indikator", "Indikator Kinerja", 130),
  column("formulasi", "Penjelasan / Formulasi Penghitungan", 150, { print: false }),
  column("sumber", "Sumber Data", 70, { print: false }),
  column("satuan", "Satuan", 45),
  column("target", "Target", 62, { typed: "target" }),
  ...TRIWULAN.flatMap(({ key, label: group }) => [
    column(`${key}.pembilang`, "Pembilang", 62, { group, typed: "pembilang", print: false }),
    column(`${key}.penyebut`, "Penyebut", 62, { group, typed: "penyebut", print: false }),
    column(`${key}.realisasi`, "Realisasi", 62, { group, typed: "realisasi" }),
  ]),
  column("pembilang", "Pembilang", 62),
  column("penyebut", "Penyebut", 62),
  column("realisasi", "Realisasi", 62),
  column("capaian", "Capaian (%)", 62),
  column("predikat", "Predikat", 85),
  column("keterangan", "Keterangan", 80, { typed: "catatan" }),
  column("id", "ID", 90, { hidden: true }),
];

/** Every frozen jabatan layout, newest first: what the readers of old sheets (core/match) know beside today's. */
export const FROZEN_JABATAN_LAYOUTS: readonly (readonly IndikatorColumn[])[] = [LEGACY_TRIWULAN_COLUMNS];
