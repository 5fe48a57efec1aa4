/**
 * What the catalog changed on a sheet since the add-on last wrote it: the record of then against the
 * record of now (record.ts), in the words of the answer ("teks 2 indikator, penanda tangan, 1 target").
 * Table rows are compared by indicator id and column key; the form's other parts as a whole.
 */
import type { WrittenRecord } from "./record";

/** Table columns named in the answer, and how; the rest count as "sel lain". Numbering and the hidden id are never news. */
const COLUMN_WORDS: Record<string, (n: number) => string> = {
  indikator: (n) => `teks ${n} indikator`,
  sasaran: (n) => `${n} sasaran`,
  formulasi: (n) => `${n} formulasi`,
  sumber: (n) => `${n} sumber data`,
  satuan: (n) => `${n} satuan`,
  target: (n) => `${n} target`,
  jabatan: (n) => `${n} kode jabatan`,
};
const SILENT = new Set(["no", "id"]);
const REGION_WORDS: [string, string][] = [
  ["k", "kepala lembar (jabatan, tugas, fungsi)"],
  ["h", "judul kolom"],
  ["s", "penanda tangan"],
  ["r", "bagian di bawah tabel"],
];

/** A column key as the answer groups it: every target column ("target", "tw2.target") is a target. */
const groupOf = (key: string): string => (key === "target" || key.endsWith(".target") ? "target" : key in COLUMN_WORDS ? key : "lain");

/** `kept`: "row,col" cells of `now` where a typed value stayed: what the catalog says there did not reach the sheet. */
export function catalogChanges(before: WrittenRecord, now: WrittenRecord, kept: ReadonlySet<string> = new Set()): string[] {
  const rowsBefore = idRows(before);
  const rowsNow = idRows(now);
  const colNow = new Map(now.keys.map((k, i) => [k, i]));
  const changed = new Map<string, number>();
  for (const [id, p] of rowsNow) {
    const q = rowsBefore.get(id);
    if (q === undefined) continue;
    const groups = new Set<string>();
    before.keys.forEach((key, i) => {
      const j = colNow.get(key);
      if (!key || SILENT.has(key) || j === undefined || kept.has(`${p},${j}`)) return;
      if ((before.cells[q]?.[i] ?? "") !== (now.cells[p]?.[j] ?? "")) groups.add(groupOf(key));
    });
    for (const g of groups) changed.set(g, (changed.get(g) ?? 0) + 1);
  }
  const added = [...rowsNow.keys()].filter((id) => !rowsBefore.has(id)).length;
  const removed = [...rowsBefore.keys()].filter((id) => !rowsNow.has(id)).length;
  const words = [
    ...Object.keys(COLUMN_WORDS).flatMap((g) =>
      changed.get(g) ? [(COLUMN_WORDS[g] as (n: number) => string)(changed.get(g) as number)] : [],
    ),
    ...(changed.get("lain") ? [`${changed.get("lain")} sel lain di tabel`] : []),
    ...(added ? [`${added} indikator baru`] : []),
    ...(removed ? [`${removed} indikator tidak berlaku lagi`] : []),
  ];
  for (const [region, word] of REGION_WORDS) if (regionText(before, region) !== regionText(now, region)) words.push(word);
  return words;
}

/** Indicator id hash → body row. */
function idRows(record: WrittenRecord): Map<string, number> {
  const rows = new Map<string, number>();
  for (let p = Math.max(0, record.firstRow); p <= record.lastRow; p++) {
    const h = record.cells[p]?.[record.idCol] ?? "";
    if (h && !rows.has(h)) rows.set(h, p);
  }
  return rows;
}

/** A region's hashes in order, blanks left out: rows moved down by a longer table are no change. */
function regionText(record: WrittenRecord, region: string): string {
  return record.cells.flatMap((row, p) => (record.regions[p] === region ? row.filter((h) => h !== "") : [])).join("");
}
