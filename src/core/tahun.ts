/** Asia/Jakarta is UTC+7 all year (no daylight saving). */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The year in Asia/Jakarta at `now` (the office's calendar), whatever the machine's time zone. */
export function tahunJakarta(now: Date): number {
  return new Date(now.getTime() + JAKARTA_OFFSET_MS).getUTCFullYear();
}
