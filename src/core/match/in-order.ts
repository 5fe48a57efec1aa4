/**
 * Pairs two lists of rows, both in sheet order, maximising the summed score of the pairs
 * (a weighted longest common subsequence): an old sheet's rows with the rows of a plan or of
 * the record of what was written. A score of 0 never pairs. The lists are the form's few rows.
 */
export function pairInOrder(
  rows: readonly number[],
  candidates: readonly number[],
  score: (r: number, p: number) => number,
): Map<number, number> {
  const n = rows.length;
  const m = candidates.length;
  const scores: number[][] = rows.map((r) => candidates.map((p) => score(r, p)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = scores[i]?.[j] ?? 0;
      const take = s > 0 ? s + (best[i + 1]?.[j + 1] ?? 0) : 0;
      (best[i] as number[])[j] = Math.max(take, best[i + 1]?.[j] ?? 0, best[i]?.[j + 1] ?? 0);
    }
  }
  const pairs = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = scores[i]?.[j] ?? 0;
    if (s > 0 && best[i]?.[j] === s + (best[i + 1]?.[j + 1] ?? 0)) {
      pairs.set(rows[i] as number, candidates[j] as number);
      i++;
      j++;
    } else if ((best[i + 1]?.[j] ?? 0) >= (best[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** A pair needs at least one agreeing cell and half of the candidate's cells: a row a user added is never taken for a form row. */
export const agreeScore = (agree: number, need: number): number => (agree > 0 && agree * 2 >= need ? agree : 0);

/**
 * Pairs two lists of rows in any order (users sort table rows), best-scoring pairs first; a score of 0
 * never pairs. For table rows, which a sort reorders; the form's rows keep their order (pairInOrder).
 */
export function pairBest(
  rows: readonly number[],
  candidates: readonly number[],
  score: (r: number, p: number) => number,
): Map<number, number> {
  const scored: [number, number, number][] = [];
  for (const r of rows)
    for (const p of candidates) {
      const s = score(r, p);
      if (s > 0) scored.push([s, r, p]);
    }
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, r, p] of scored)
    if (!pairs.has(r) && !taken.has(p)) {
      pairs.set(r, p);
      taken.add(p);
    }
  return pairs;
}
