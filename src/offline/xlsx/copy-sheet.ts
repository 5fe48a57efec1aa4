/**
 * A sheet of the previous workbook copied unchanged into the new one (a hand-made
 * sheet, or the sheet of a jabatan not chosen this time): cells with their values,
 * formulas and styles, merges, column widths, row heights, validations, conditional
 * formats, print set-up, views and pictures. ExcelJS cannot copy charts or pivot
 * tables; the previous file, kept beside the new one, still has them.
 */
import type ExcelJS from "exceljs";

interface WorksheetModel {
  name: string;
  state?: string;
  merges: string[];
  media: { type: string; imageId: string | number; range: unknown }[];
  [key: string]: unknown;
}

export function copySheet(target: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string = source.name): ExcelJS.Worksheet {
  const model = source.model as unknown as WorksheetModel;
  const copy = target.addWorksheet(name, { state: (model.state ?? "visible") as ExcelJS.WorksheetState });
  // The model setter reads merges as `mergeCells`; pictures are re-added below with the new workbook's ids.
  (copy as unknown as { model: WorksheetModel }).model = { ...model, name, mergeCells: model.merges, media: [] };
  for (const medium of model.media) {
    if (medium.type !== "image") continue;
    const image = source.workbook.getImage(Number(medium.imageId)) as unknown as ExcelJS.Image | undefined;
    if (image) copy.addImage(target.addImage(image), medium.range as ExcelJS.ImageRange);
  }
  return copy;
}
