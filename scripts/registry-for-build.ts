// Read by scripts/build.mjs: the entry points' stubs, rendered in Node at build time.
import { renderStub } from "../src/entries/entry-point";
import { ENTRY_POINTS } from "../src/entries/registry";

export function stubs(namespace: string): { name: string; stub: string }[] {
  return ENTRY_POINTS.map((e) => ({ name: e.name, stub: renderStub(e, namespace) }));
}
