/**
 * The one wrapper of every sidebar call: the body runs inside it, and whatever happens the
 * sidebar gets a `ServerResponse` with an Indonesian text. A body ends in one of three ways:
 * - it returns its data: `{ ok: true, data }`;
 * - it refuses (`call.refuse`, a request at fault in `call.parse`, a busy `call.lock`):
 *   `{ ok: false, error }` with that sentence, as the user can act on it;
 * - something throws: the endpoint's sentence around the thrown text, cut (an error's text
 *   may repeat what was sent), or the thrown message itself when it is meant for the user.
 * Each answer that is not ok writes one log line: a warning for a refusal (the user's to act
 * on), an error with the thrown value for a failure. An ok answer writes none: Apps Script's
 * executions list already shows every call. A lock taken is released in every case.
 */
import type * as z from "zod/mini";
import type { LockApi } from "../adapters/sheets/services";
import { errorText } from "../core/export/problem";
import { clip } from "../core/quote";
import type { ServerResponse } from "../shared/api";
import { parseRequest } from "./request";

/** How long to wait for another editor's run before answering "busy". */
export const LOCK_WAIT_MS = 10_000;

/** What an endpoint answers when its body throws. */
export interface CallSpec {
  /** The Indonesian answer around `detail`, the thrown text cut to 200 characters. */
  failed(detail: string): string;
  /** A throw whose own message is for the user (an ExportProblem): that message; undefined for any other. */
  told?(thrown: unknown): string | undefined;
}

/** What the body can ask of the wrapper. */
export interface Call {
  /**
   * The request checked with `schema` (server/request.ts): on a fault, the call ends with
   * "<what> tidak sah: …", one sentence per field. `kodes`: the catalog's, for the jabatan field.
   */
  parse<S extends z.ZodMiniType>(schema: S, request: unknown, what: string, shape: string, kodes?: readonly string[]): z.infer<S>;
  /** Takes the document lock, waiting LOCK_WAIT_MS, or ends the call with `busy`. Released when the call ends. */
  lock(lock: LockApi, busy: string): void;
  /** Ends the call with `{ ok: false, error }`: a refusal, not a failure. */
  refuse(error: string): never;
}

/** Thrown by `refuse` and caught by `serve` alone: never leaves the wrapper. */
class Refusal extends Error {}

/** When the thrown value carries no text (undefined, an object, an empty message): never "undefined" or "[object Object]". */
const UNKNOWN = "kesalahan yang tidak dikenal";

/** The text of anything thrown, cut to 200 characters; Apps Script's services throw Errors, a library may throw text. */
export function thrownText(thrown: unknown): string {
  const text = thrown instanceof Error || typeof thrown === "string" ? errorText(thrown).trim() : "";
  return text ? clip(text) : UNKNOWN;
}

export function serve<T>(spec: CallSpec, body: (call: Call) => T): ServerResponse<T> {
  let held: LockApi | undefined;
  const call: Call = {
    parse(schema, request, what, shape, kodes) {
      const parsed = parseRequest(schema, request, what, shape, kodes);
      return parsed.ok ? parsed.data : call.refuse(parsed.error);
    },
    lock(lock, busy) {
      if (!lock.tryLock(LOCK_WAIT_MS)) call.refuse(busy);
      held = lock;
    },
    refuse(error) {
      throw new Refusal(error);
    },
  };
  try {
    return { ok: true, data: body(call) };
  } catch (e) {
    if (e instanceof Refusal) {
      console.warn(e.message);
      return { ok: false, error: e.message };
    }
    const error = spec.told?.(e) ?? spec.failed(thrownText(e));
    // The thrown value too: its stack is for the log, not for the user.
    console.error(error, e);
    return { ok: false, error };
  } finally {
    held?.releaseLock();
  }
}
