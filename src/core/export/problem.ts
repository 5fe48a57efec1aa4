/**
 * An export failure the user can act on: its message is Indonesian and names what
 * and where (the jabatan, the sheet, the HTTP status, the Drive file). The server
 * shows it as is; any other error is reported as unexpected.
 */
export class ExportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportProblem";
  }
}

/** The message of anything thrown, for wrapping it into an Indonesian sentence. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The export address did not give the PDF. `sebab` says why in a few words
 * ("HTTP 403: akses ditolak"), for a message naming both attempts; `ditolak` is true
 * when Google refused the add-on's token (401, 403, its sign-in page, a missing
 * permission): then Spreadsheet.getAs is tried instead.
 */
export class ExportUrlFailure extends ExportProblem {
  constructor(
    message: string,
    readonly sebab: string,
    readonly ditolak: boolean,
  ) {
    super(message);
    this.name = "ExportUrlFailure";
  }
}
