/**
 * What a workbook says, as one digest: each sheet's name and state, and each cell's value or
 * formula, in order; not styles. Two workbooks with the same digest hold the same typed values
 * and the same catalog, so a re-run that changed nothing keeps no copy of the previous file.
 * Read both from files (ExcelJS reads a value back in one shape whatever wrote it).
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";

export function contentDigest(workbook: ExcelJS.Workbook): string {
  const hash = createHash("sha1");
  for (const ws of workbook.worksheets) {
    hash.update(`\u0000sheet\u0000${ws.name}\u0000${ws.state}\n`);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const what = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : JSON.stringify(cell.value);
        hash.update(`${r},${c}\u0000${what}\n`);
      }),
    );
  }
  return hash.digest("hex");
}
