// Bundle entry: esbuild wraps this module in one namespace (IKI); the build appends
// the top-level stubs that Apps Script sees, one per registered entry point.
import { ENTRY_POINTS } from "./entries/registry";

export const entries: Record<string, (...args: never[]) => unknown> = Object.fromEntries(ENTRY_POINTS.map((e) => [e.name, e.run]));
