/** Error texts the sidebar shows: always Indonesian, and never a long quote of what arrived. */

/** The most characters of a user's or the server's string an error text quotes. */
export const QUOTE_MAX = 80;

/** `text` cut to `max` characters, the last one an ellipsis when cut. */
export function clip(text: string, max = QUOTE_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A failure with an Indonesian message meant for the user, as is. */
export class ServerError extends Error {
  override name = "ServerError";
}

const UNEXPECTED = "Terjadi kesalahan tak terduga di sidebar. Muat ulang sidebar lalu coba lagi.";

/**
 * The message of anything thrown or rejected, for the error box. Only a ServerError
 * carries a message for the user; anything else is a fault in the sidebar, whose
 * English text goes to the console for developers, not to the user.
 */
export function messageOf(error: unknown): string {
  if (error instanceof ServerError && error.message) return error.message;
  console.error(error);
  return UNEXPECTED;
}
