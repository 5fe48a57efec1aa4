import type { Endpoint, RequestOf } from "../../shared/api";
import { type Answer, isEndpoint, readAnswer } from "./answers";
import { clip, ServerError } from "./errors";
import { field, isObject } from "./shape";

export { ServerError } from "./errors";

/** google.script.run's shape: a builder of handlers, then the server function by name. */
interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

function runner(): Runner | null {
  const g = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run ?? null;
}

/**
 * What the failure handler received (an uncaught server exception, usually an
 * Error; in principle anything), as an Indonesian message quoting at most 80
 * characters of the exception's text.
 */
export function failureMessage(error: unknown): string {
  if (error === null || error === undefined) return "Server tidak dapat dihubungi. Coba lagi.";
  const message = typeof error === "string" ? error : isObject(error) ? (field(error, "message") ?? messageProperty(error)) : undefined;
  if (typeof message === "string" && message.trim()) return `Kesalahan di server: ${clip(message.trim())}`;
  return "Server mengalami kesalahan yang tidak dikenal. Coba lagi.";
}

/** An Error's message is an own property, but a subclass may define it on its prototype. */
function messageProperty(error: object): unknown {
  return error instanceof Error ? error.message : undefined;
}

/**
 * Calls a server function of the contract (ServerApi, src/shared/api.ts) and
 * resolves with its data, checked against the contract at compile time and by
 * answers.ts at run time. Rejects with a ServerError when the server answers
 * `{ ok: false, error }`, throws (failure handler), or answers something not of
 * the expected shape.
 */
export function callServer<K extends Endpoint>(name: K, ...args: RequestOf<K>): Promise<Answer<K>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new ServerError("Sidebar ini hanya dapat dipakai dari dalam Google Sheets."));
      return;
    }
    const bound = run
      .withSuccessHandler((value) => {
        // Thrown inside a callback, an error would escape the promise: catch it here.
        try {
          resolve(readAnswer(name, value));
        } catch (error) {
          reject(error);
        }
      })
      .withFailureHandler((error) => reject(new ServerError(failureMessage(error))));
    // `name` is checked against the contract's own keys before it indexes the runner.
    const fn = isEndpoint(name) ? (bound as unknown as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== "function") {
      reject(new ServerError(`Fungsi server ${clip(String(name))} tidak tersedia.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(bound, args);
  });
}
