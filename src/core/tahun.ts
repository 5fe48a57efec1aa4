/**
 * The year rule, once for every door in (the sidebar's requests, the offline
 * command): which years IKI Sheets makes sheets for, and which it offers.
 */

/** Years the add-on and the offline command accept. */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

/** A whole year within TAHUN_MIN…TAHUN_MAX. */
export function isTahun(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= TAHUN_MIN && value <= TAHUN_MAX;
}

/** Asia/Jakarta is UTC+7 all year (no daylight saving). */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The year in Asia/Jakarta at `now` (the office's calendar), whatever the machine's time zone. */
export function tahunJakarta(now: Date): number {
  return new Date(now.getTime() + JAKARTA_OFFSET_MS).getUTCFullYear();
}

/** The years a list offers around `tahun`: last year to two years ahead (a plan is made before its year starts). */
export function tahunPilihan(tahun: number): number[] {
  return [tahun - 1, tahun, tahun + 1, tahun + 2];
}

/** `Target <tahun>` columns a new catalog gets: the Renstra's five years (sidebar and offline command alike). */
export const TARGET_YEARS = 5;

/** `tahun` and the four years after it: the catalog's Target columns from `tahun` on. */
export function targetYears(tahun: number): number[] {
  return Array.from({ length: TARGET_YEARS }, (_, i) => tahun + i);
}
