import {
  type Attempt,
  backoffDelayMs,
  isRetryableStatus,
  parseRetryAfterMs,
  RETRY_POLICY,
  type RetryClock,
  runWithRetry,
} from "../../../src/core/export/retry";

/** A clock whose sleep records the delay and moves time on; no real waiting. */
function fakeClock(random: () => number = () => 0.5): RetryClock & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
    random,
  };
  return clock;
}

/** Attempts that fail with these statuses in turn (200 = success). */
function statuses(...codes: number[]): { attempt: (n: number) => Attempt<string>; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    attempt: (n) => {
      calls.push(n);
      const code = codes[n - 1] ?? 200;
      return code === 200 ? { ok: true, value: `pdf#${n}` } : { ok: false, status: code };
    },
  };
}

describe("isRetryableStatus", () => {
  it.each([429, 500, 502, 503, 504, 599])("%i is retried", (s) => expect(isRetryableStatus(s)).toBe(true));
  it.each([200, 301, 400, 401, 403, 404, 408, 410, 600])("%i is not", (s) => expect(isRetryableStatus(s)).toBe(false));
});

describe("backoffDelayMs", () => {
  it("doubles per retry and is capped", () => {
    const full = () => 1;
    expect([1, 2, 3, 4, 5, 6, 10].map((r) => backoffDelayMs(r, full))).toEqual([1000, 2000, 4000, 8000, 16000, 16000, 16000]);
  });

  it("jitters within the upper half of the ceiling", () => {
    expect(backoffDelayMs(3, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, () => 0.5)).toBe(3000);
    expect(backoffDelayMs(3, () => 0.999)).toBeLessThanOrEqual(4000);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelayMs(2, Math.random);
      expect(d).toBeGreaterThanOrEqual(1000);
      expect(d).toBeLessThanOrEqual(2000);
    }
  });

  it("clamps a random source outside [0, 1]", () => {
    expect(backoffDelayMs(1, () => -3)).toBe(500);
    expect(backoffDelayMs(1, () => 7)).toBe(1000);
  });

  it("the policy: about 5 tries and a bounded budget", () => {
    expect(RETRY_POLICY.maxAttempts).toBe(5);
    const worstSleep = [1, 2, 3, 4].reduce((sum, r) => sum + backoffDelayMs(r, () => 1), 0);
    expect(worstSleep).toBe(15_000);
    expect(RETRY_POLICY.budgetMs).toBeLessThanOrEqual(60_000);
  });
});

describe("parseRetryAfterMs", () => {
  it("reads seconds only", () => {
    expect(parseRetryAfterMs("3")).toBe(3000);
    expect(parseRetryAfterMs(" 10 ")).toBe(10_000);
    expect(parseRetryAfterMs(2)).toBe(2000);
    expect(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT")).toBeUndefined();
    expect(parseRetryAfterMs("-1")).toBeUndefined();
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs(["3"])).toBeUndefined();
  });
});

describe("runWithRetry", () => {
  it("429, 429, 200: two retries, backoff delays recorded, not slept", () => {
    const clock = fakeClock();
    const { attempt, calls } = statuses(429, 429, 200);
    const started = Date.now();
    const out = runWithRetry(attempt, clock);
    expect(Date.now() - started).toBeLessThan(500);
    expect(out).toEqual({ ok: true, value: "pdf#3", attempts: 3, delaysMs: [750, 1500] });
    expect(calls).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([750, 1500]);
  });

  it("succeeds at once without sleeping", () => {
    const clock = fakeClock();
    expect(runWithRetry(statuses(200).attempt, clock)).toMatchObject({ ok: true, attempts: 1, delaysMs: [] });
    expect(clock.sleeps).toEqual([]);
  });

  it("does not retry a 403: gives up at once with reason 'status'", () => {
    const clock = fakeClock();
    const { attempt, calls } = statuses(403);
    expect(runWithRetry(attempt, clock)).toEqual({ ok: false, status: 403, attempts: 1, delaysMs: [], reason: "status" });
    expect(calls).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it("stops after 5 tries of 503", () => {
    const clock = fakeClock(() => 1);
    const out = runWithRetry(statuses(503, 503, 503, 503, 503, 503, 503).attempt, clock);
    expect(out).toEqual({ ok: false, status: 503, attempts: 5, delaysMs: [1000, 2000, 4000, 8000], reason: "attempts" });
  });

  it("a 5xx followed by a 4xx stops at the 4xx", () => {
    const out = runWithRetry(statuses(500, 404).attempt, fakeClock());
    expect(out).toMatchObject({ ok: false, status: 404, attempts: 2, reason: "status" });
  });

  it("never starts a wait that would end past the budget", () => {
    const clock = fakeClock(() => 1);
    const out = runWithRetry(statuses(429, 429, 429, 429, 429).attempt, clock, { budgetMs: 2500 });
    // 1 s fits, then 1 s + 2 s > 2.5 s.
    expect(out).toMatchObject({ ok: false, status: 429, attempts: 2, reason: "budget", delaysMs: [1000] });
    expect(clock.t).toBeLessThanOrEqual(2500);
  });

  it("counts the time the tries take against the budget", () => {
    const clock = fakeClock(() => 1);
    const out = runWithRetry<string>(() => {
      clock.t += 30_000; // a slow request
      return { ok: false, status: 500 };
    }, clock);
    expect(out).toMatchObject({ ok: false, reason: "budget", attempts: 2, delaysMs: [1000] });
  });

  it("the caller's budget can only shorten the policy's", () => {
    const clock = fakeClock(() => 1);
    const out = runWithRetry(statuses(429, 429, 429, 429, 429).attempt, clock, { budgetMs: 10 * 60_000 });
    expect(out).toMatchObject({ reason: "attempts", attempts: 5 });
  });

  it("waits at least Retry-After", () => {
    const clock = fakeClock();
    const attempt = (n: number): Attempt<string> => (n === 1 ? { ok: false, status: 429, retryAfterMs: 5000 } : { ok: true, value: "ok" });
    expect(runWithRetry(attempt, clock)).toMatchObject({ ok: true, delaysMs: [5000] });
  });

  it("a failure marked retryable is retried whatever its status (network, status 0)", () => {
    const clock = fakeClock();
    const attempt = (n: number): Attempt<string> => (n === 1 ? { ok: false, status: 0, retryable: true } : { ok: true, value: "ok" });
    expect(runWithRetry(attempt, clock)).toMatchObject({ ok: true, attempts: 2, delaysMs: [750] });
  });

  it("lets exceptions from an attempt through", () => {
    expect(() =>
      runWithRetry(() => {
        throw new Error("boom");
      }, fakeClock()),
    ).toThrow("boom");
  });
});
