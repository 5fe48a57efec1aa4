import type {
  ExportRequest,
  ExportResult,
  ScaffoldRequest,
  ScaffoldResult,
  ServerResponse,
  SidebarData,
} from "../shared/api";

/** The server's top-level functions the sidebar calls, typed from the shared contract. */
export interface ServerApi {
  getSidebarData(): ServerResponse<SidebarData>;
  scaffoldYear(request: ScaffoldRequest): ServerResponse<ScaffoldResult>;
  exportPdf(request: ExportRequest): ServerResponse<ExportResult>;
}

type Data<R> = Extract<R, { ok: true }> extends { data: infer T } ? T : never;
export type ServerData<K extends keyof ServerApi> = Data<ReturnType<ServerApi[K]>>;

/** A failure with an Indonesian message meant for the user, as is. */
export class ServerError extends Error {
  override name = "ServerError";
}

/** google.script.run's shape: a builder of handlers, then the server function by name. */
interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

function runner(): Runner | null {
  const g = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run ?? null;
}

function isResponse(value: unknown): value is ServerResponse<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true ? "data" in value : ok === false;
}

function failureMessage(error: unknown): string {
  const message =
    typeof error === "string" ? error : typeof (error as { message?: unknown })?.message === "string" ? (error as Error).message : "";
  return message ? `Kesalahan di server: ${message}` : "Server tidak dapat dihubungi. Coba lagi.";
}

/**
 * Calls a server function and resolves with its data. Rejects with a ServerError
 * when the server answers `{ ok: false, error }`, throws (failure handler), or
 * answers something that is not a ServerResponse.
 */
export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ServerData<K>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new ServerError("Sidebar ini hanya dapat dipakai dari dalam Google Sheets."));
      return;
    }
    const bound = run
      .withSuccessHandler((value) => {
        if (!isResponse(value)) reject(new ServerError("Jawaban server tidak dikenali."));
        else if (value.ok) resolve(value.data as ServerData<K>);
        else reject(new ServerError(typeof value.error === "string" && value.error ? value.error : "Server menolak permintaan."));
      })
      .withFailureHandler((error) => reject(new ServerError(failureMessage(error))));
    const fn = (bound as unknown as Record<string, unknown>)[name];
    if (typeof fn !== "function") {
      reject(new ServerError(`Fungsi server ${name} tidak tersedia.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(bound, args);
  });
}
