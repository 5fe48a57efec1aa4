/**
 * The fake's call log: every SpreadsheetApp / Spreadsheet / Sheet / Range / Protection /
 * builder / lock call in order, with its kind and sheet, and the counts the tests and
 * the bench ask for (see index.ts for the call kinds).
 */
export type CallKind = "read" | "write" | "handle" | "builder" | "lock" | "flush";
export interface Call {
  seq: number;
  target: string;
  method: string;
  kind: CallKind;
  sheet?: string;
}

export class CallLog {
  calls: Call[] = [];
  /** Sheet of the last document call: builder calls are counted for it. */
  private current?: string;
  record(target: string, method: string, kind: CallKind, sheet?: string): void {
    if (kind !== "builder" && sheet) this.current = sheet;
    const s = kind === "builder" ? this.current : sheet;
    this.calls.push({ seq: this.calls.length + 1, target, method, kind, ...(s ? { sheet: s } : {}) });
  }
  clear(): void {
    this.calls = [];
    this.current = undefined;
  }
  count(...kinds: CallKind[]): number {
    return kinds.length ? this.calls.filter((c) => kinds.includes(c.kind)).length : this.calls.length;
  }
  /** The first read made after a write, if any. */
  readAfterWrite(): Call | undefined {
    const firstWrite = this.calls.find((c) => c.kind === "write");
    return firstWrite ? this.calls.find((c) => c.kind === "read" && c.seq > firstWrite.seq) : undefined;
  }
  /** Runs of reads separated by writes. */
  readPhases(): number {
    let phases = 0;
    let last: CallKind | undefined;
    for (const c of this.calls) {
      if (c.kind !== "read" && c.kind !== "write") continue;
      if (c.kind === "read" && last !== "read") phases++;
      last = c.kind;
    }
    return phases;
  }
  /** Calls per sheet name (calls not tied to a sheet under ""), optionally of some kinds only. */
  perSheet(...kinds: CallKind[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.calls) if (!kinds.length || kinds.includes(c.kind)) out.set(c.sheet ?? "", (out.get(c.sheet ?? "") ?? 0) + 1);
    return out;
  }
}
