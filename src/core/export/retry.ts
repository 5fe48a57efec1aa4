/**
 * Retry policy for the PDF export requests: 429 and 5xx are retried with
 * exponential backoff and jitter, at most a few times and within a time budget,
 * so one server call stays well inside Apps Script's 6-minute limit.
 * Pure: the clock, the sleep and the random source are injected, so tests record
 * the delays instead of waiting them out.
 */

export interface RetryPolicy {
  /** Tries in all, the first one included. */
  maxAttempts: number;
  /** Ceiling of the first retry's delay; doubles on every further retry… */
  baseDelayMs: number;
  /** …up to this ceiling. */
  maxDelayMs: number;
  /** No retry starts later than this after the first try. */
  budgetMs: number;
}

/** At most 5 tries; waits of about 0.5–1 s, 1–2 s, 2–4 s, 4–8 s (≤ 15 s in all); never past 60 s. */
export const RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 16_000,
  budgetMs: 60_000,
};

/** Too many requests, or a server-side failure: worth trying again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Wait before retry number `retry` (1 = the first retry): the exponential ceiling
 * min(max, base × 2^(retry−1)), half of it fixed and half random ("equal jitter"),
 * so callers that failed together do not all come back at the same moment.
 */
export function backoffDelayMs(retry: number, random: () => number, policy: RetryPolicy = RETRY_POLICY): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

/** A `Retry-After` header in seconds, as milliseconds; the HTTP-date form and anything else are ignored. */
export function parseRetryAfterMs(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).trim();
  return /^\d{1,5}$/.test(text) ? Number(text) * 1000 : undefined;
}

/** What one try gives: the value, or the status it failed with. */
export type Attempt<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      status: number;
      /** Overrides the status rule (e.g. a network failure, status 0, that is worth retrying). */
      retryable?: boolean;
      retryAfterMs?: number;
    };

export interface RetryClock {
  now(): number;
  sleep(ms: number): void;
  random(): number;
}

export type GiveUpReason = "status" | "attempts" | "budget";

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number; delaysMs: number[] }
  | { ok: false; status: number; attempts: number; delaysMs: number[]; reason: GiveUpReason };

/**
 * Calls `attempt` until it succeeds, fails with a status not worth retrying
 * ("status"), the tries run out ("attempts"), or the next wait would end past the
 * budget ("budget"). `budgetMs` can only shorten the policy's budget (the caller's
 * own deadline). Exceptions thrown by `attempt` are not caught.
 */
export function runWithRetry<T>(
  attempt: (n: number) => Attempt<T>,
  clock: RetryClock,
  options: { policy?: RetryPolicy; budgetMs?: number } = {},
): RetryOutcome<T> {
  const policy = options.policy ?? RETRY_POLICY;
  const budget = Math.min(policy.budgetMs, options.budgetMs ?? Infinity);
  const start = clock.now();
  const delaysMs: number[] = [];
  for (let n = 1; ; n++) {
    const result = attempt(n);
    if (result.ok) return { ok: true, value: result.value, attempts: n, delaysMs };
    const giveUp = (reason: GiveUpReason): RetryOutcome<T> => ({
      ok: false,
      status: result.status,
      attempts: n,
      delaysMs,
      reason,
    });
    if (!(result.retryable ?? isRetryableStatus(result.status))) return giveUp("status");
    if (n >= policy.maxAttempts) return giveUp("attempts");
    const delay = Math.max(
      backoffDelayMs(n, () => clock.random(), policy),
      result.retryAfterMs ?? 0,
    );
    if (clock.now() - start + delay > budget) return giveUp("budget");
    clock.sleep(delay);
    delaysMs.push(delay);
  }
}
