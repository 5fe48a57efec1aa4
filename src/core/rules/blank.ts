/** A cell value after reading: a finite number, or null for a blank cell. */
export type Num = number | null;

/** A rule's result: a number or text, or "" (blank) when there is nothing to compute yet. */
export type Blank = "";
export const BLANK: Blank = "";
