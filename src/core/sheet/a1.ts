/** A1 notation helpers (0-based row/col in, 1-based A1 out). */

export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function a1Range(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute whole-column reference on another sheet: 'Sheet'!$G:$G. */
export function columnOf(sheet: string, col: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(sheet)}!$${letter}:$${letter}`;
}
