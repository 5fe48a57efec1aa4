import type { CustomFunctionDef } from "../functions/definitions";

/**
 * A top-level function of the Apps Script project. The build writes one
 * `function name(params) {…}` per entry, with `doc` as its JSDoc, because Apps
 * Script only sees top-level declarations and Sheets reads custom-function help
 * from the JSDoc right above them.
 */
export interface EntryPoint {
  name: string;
  params: readonly string[];
  doc: readonly string[];
  run: (...args: never[]) => unknown;
}

export function fromCustomFunction(def: CustomFunctionDef): EntryPoint {
  return {
    name: def.name,
    params: def.params.map((p) => p.name),
    doc: [
      def.summary,
      "",
      `Contoh: ${def.example}`,
      "",
      ...def.params.map((p) => `@param {${p.type}} ${p.name} ${p.help}`),
      `@return ${def.returns}`,
      "@customfunction",
    ],
    run: def.run,
  };
}

/** The stub the build writes: JSDoc, then a declaration that forwards to the bundle's namespace. */
export function renderStub(entry: EntryPoint, namespace: string): string {
  const doc = ["/**", ...entry.doc.map((line) => (line ? ` * ${line.replace(/\*\//g, "* /")}` : " *")), " */"];
  const params = entry.params.join(", ");
  const body = `  return ${namespace}.entries.${entry.name}(${params});`;
  return `${doc.join("\n")}\nfunction ${entry.name}(${params}) {\n${body}\n}\n`;
}
