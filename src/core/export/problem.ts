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
