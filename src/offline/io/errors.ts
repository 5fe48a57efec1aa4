/** Exit codes of the offline command, and the one error type that carries its Indonesian message. */
export const EXIT = { OK: 0, IO: 1, USAGE: 2 } as const;

/** A failure the user can act on: its message is Indonesian and printed as "Galat: …". */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
    /** Lines printed after the message, one per problem (a catalog's cells). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
