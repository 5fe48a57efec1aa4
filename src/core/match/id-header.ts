/**
 * The add-on's id column header as a sign of ownership, for sheets made before the
 * marker (Sheets) and for any workbook (offline): pure, read from the values only.
 */

import { columnIndex, tableColumns } from "../plan/columns";
import { buktiColumns } from "../rekap/bukti-sheet";
import { normLabel } from "../text";

/**
 * The id column's label and three labels always left of it in the table header row,
 * the same on jabatan sheets of either periode and on the REKAP.
 */
const HEADER = (() => {
  const columns = tableColumns("tahunan");
  const label = (key: string) => normLabel(columns[columnIndex(columns, key)]?.header[0]);
  const bukti = buktiColumns();
  const buktiLabel = (key: string) => normLabel(bukti[columnIndex(bukti, key)]?.header[0]);
  return {
    id: label("id"),
    // The jabatan sheets and the REKAP; the BUKTI sheet (no sasaran, a period per row).
    lefts: [["no", "sasaran", "indikator"].map(label), ["no", "jabatan", "indikator", "periode"].map(buktiLabel)],
  };
})();

/**
 * Whether some row holds the add-on's id column header right of "No", "Sasaran / Kinerja Utama" and
 * "Indikator Kinerja" (or, on the BUKTI sheet, "No", "Jabatan", "Indikator Kinerja" and "Periode").
 */
export function hasIdHeader(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => {
    const labels = row.map(normLabel);
    const id = labels.lastIndexOf(HEADER.id);
    return (
      id > 0 &&
      HEADER.lefts.some((left) =>
        left.every((label) => {
          const at = labels.indexOf(label);
          return at >= 0 && at < id;
        }),
      )
    );
  });
}
