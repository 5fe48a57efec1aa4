/** The `Target <tahun>` columns a new catalog gets: the Sheets add-on and the offline command alike. */
import { TARGET_YEARS, targetYears } from "../../src/core/tahun";

test("five years from the year given (a Renstra period)", () => {
  expect(TARGET_YEARS).toBe(5);
  expect(targetYears(2027)).toEqual([2027, 2028, 2029, 2030, 2031]);
});
