/** Writing a workbook over the previous one without ever leaving half a file, the previous one kept when it differs. */
import { renameSync, rmSync } from "node:fs";
import type ExcelJS from "exceljs";
import { contentDigest } from "../xlsx/content";
import { readWorkbook } from "../xlsx/read-workbook";
import { saveWorkbook } from "../xlsx/save-workbook";
import { CliError, EXIT } from "./errors";
import { keepBackup } from "./files";
import { ioReason, quotePath } from "./messages";

/**
 * Writes beside the target, then renames over it: an interrupted run never leaves
 * half a workbook. A previous workbook (`oldContent`: its digest) is copied to its backup
 * name first (`backup`), unless the new one says the same (`same`: nothing to keep).
 */
export async function replaceWorkbook(
  xlsx: string,
  workbook: ExcelJS.Workbook,
  oldContent: string | null,
  now: Date,
): Promise<{ backup: string | null; same: boolean }> {
  const partial = `${xlsx}.${process.pid}.tmp`;
  let backup: string | null = null;
  try {
    await saveWorkbook(workbook, partial);
    const same = oldContent !== null && contentDigest(await readWorkbook(partial)) === oldContent;
    if (oldContent !== null && !same) backup = keepBackup(xlsx, now);
    renameSync(partial, xlsx);
    return { backup, same };
  } catch (e) {
    rmSync(partial, { force: true });
    if (backup) rmSync(backup, { force: true }); // the previous workbook is still in place
    if (e instanceof CliError) throw e;
    throw new CliError(`gagal menulis ${quotePath(xlsx)}: ${ioReason(e)}`, EXIT.IO);
  }
}
