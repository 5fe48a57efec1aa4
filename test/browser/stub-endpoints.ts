import type { Page } from "playwright-core";
import type { Endpoint, RequestOf } from "../../src/shared/api";

/**
 * A stub of google.script.run for the sidebar in a real browser (the
 * shared-drive-mover pattern): each test sets what every server function
 * answers, reads back the calls made, and may hold an answer until it chooses.
 */

export type { Endpoint };
export type Args<K extends Endpoint> = RequestOf<K>;

/**
 * What the success handler receives, or what the failure handler receives: an Error
 * (a thrown server exception) or, with `fails`, any JSON value as it is.
 */
export type Reply = { value: unknown; delayMs?: number } | { throws: string; delayMs?: number } | { fails: unknown; delayMs?: number };
export type Handler<K extends Endpoint> = Reply | ((...args: Args<K>) => Reply | Promise<Reply>);
export type Handlers = { [K in Endpoint]?: Handler<K> };

/** `{ ok: true, data }`. */
export function ok<T>(data: T, delayMs?: number): Reply {
  return { value: { ok: true, data }, delayMs };
}
/** `{ ok: false, error }`: the server refused with a message for the user. */
export function refuse(error: string, delayMs?: number): Reply {
  return { value: { ok: false, error }, delayMs };
}
/** The server function threw: withFailureHandler gets an Error. */
export function throws(message: string, delayMs?: number): Reply {
  return { throws: message, delayMs };
}

/** The failure handler receives `value` itself, not an Error (google.script.run passes on whatever arrives). */
export function failsWith(value: unknown, delayMs?: number): Reply {
  return { fails: value, delayMs };
}

export interface Call<K extends Endpoint = Endpoint> {
  name: K;
  args: Args<K>;
}

export interface Stub {
  calls: Call[];
  callsOf<K extends Endpoint>(name: K): Args<K>[];
  set<K extends Endpoint>(name: K, handler: Handler<K>): void;
  /** Waits until `name` has been called `count` times (calls cross from the page asynchronously). */
  waitForCalls<K extends Endpoint>(name: K, count: number, timeoutMs?: number): Promise<Args<K>[]>;
}

/** A promise the test resolves itself, to look at the sidebar while a call is pending. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How the page's calls reach Node: the stub of the sidebar now open in that page. */
export type Answer = (name: Endpoint, args: unknown[]) => Promise<Reply>;

/**
 * Installs google.script.run in `page`, once per page: every document it loads afterwards
 * (before goto) calls `answer`. A page reused for the next test keeps this and swaps the stub.
 */
export async function installStub(page: Page, answer: Answer): Promise<void> {
  await page.exposeFunction("__stubEndpoint", answer);

  await page.addInitScript(() => {
    type PageReply = { value?: unknown; throws?: string; fails?: unknown };
    type Callback = ((value: unknown) => void) | null;
    const w = window as unknown as {
      __stubEndpoint(name: string, args: unknown[]): Promise<PageReply>;
      google: unknown;
    };
    const runner = (success: Callback, failure: Callback): unknown =>
      new Proxy(
        {},
        {
          get(_target, prop) {
            if (prop === "withSuccessHandler") return (fn: Callback) => runner(fn, failure);
            if (prop === "withFailureHandler") return (fn: Callback) => runner(success, fn);
            if (prop === "withUserObject") return () => runner(success, failure);
            if (typeof prop !== "string" || prop === "then") return undefined;
            return (...args: unknown[]) => {
              // Apps Script passes arguments as JSON-like values, never live objects.
              void w.__stubEndpoint(prop, JSON.parse(JSON.stringify(args)) as unknown[]).then((reply) => {
                if (typeof reply.throws === "string") failure?.(new Error(reply.throws));
                else if ("fails" in reply) failure?.(reply.fails);
                else success?.(reply.value);
              });
            };
          },
        },
      );
    w.google = { script: { run: runner(null, null), host: { close() {}, editor: { focus() {} } } } };
  });
}

/** The Node side of a stub, fresh per opened sidebar: its handlers and the calls it received. */
export function createStub(initial: Handlers = {}): Stub & { answer: Answer } {
  const handlers: Handlers = { ...initial };
  const calls: Call[] = [];
  const answer: Answer = async (name, args) => {
    calls.push({ name, args } as Call);
    const handler = handlers[name] as Handler<Endpoint> | undefined;
    // What Apps Script answers for a function that is not in the project.
    if (!handler) return throws(`Script function not found: ${name}`);
    const reply = typeof handler === "function" ? await (handler as (...a: unknown[]) => Reply | Promise<Reply>)(...args) : handler;
    if (reply.delayMs) await sleep(reply.delayMs);
    return reply;
  };

  const callsOf = <K extends Endpoint>(name: K) => calls.filter((c) => c.name === name).map((c) => c.args as Args<K>);
  return {
    answer,
    calls,
    callsOf,
    set: (name, handler) => {
      (handlers as Record<string, unknown>)[name] = handler;
    },
    async waitForCalls(name, count, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (callsOf(name).length < count) {
        if (Date.now() > until) throw new Error(`${name}: expected ${count} call(s), saw ${callsOf(name).length}`);
        await sleep(10);
      }
      return callsOf(name);
    },
  };
}
