import { BLANK, type Blank } from "./blank";

/** Cumulative quarterly reporting: the year's value is the latest quarter filled in. */
export function latestFilled<T>(quarters: readonly (T | Blank | null)[]): T | Blank {
  for (let i = quarters.length - 1; i >= 0; i--) {
    const v = quarters[i];
    if (v !== BLANK && v !== null && v !== undefined) return v as T;
  }
  return BLANK;
}
