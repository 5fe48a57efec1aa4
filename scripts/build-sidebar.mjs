// Builds dist/Sidebar.html: src/sidebar/main.ts bundled by esbuild (iife, ES2019,
// minified) and styles.css minified, both inlined into src/sidebar/index.html, so
// HtmlService.createHtmlOutputFromFile("Sidebar") serves one self-contained file.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "src/sidebar");

/** The sidebar imports only types from src/shared/api.ts; zod or core code in the bundle is a mistake. */
const FORBIDDEN_INPUTS = [/node_modules\/zod\//, /^src\/core\//];

export async function buildSidebar() {
  const js = await build({
    entryPoints: [join(dir, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    write: false,
    absWorkingDir: root,
    logLevel: "warning",
  });
  const bad = Object.keys(js.metafile.inputs).filter((input) => FORBIDDEN_INPUTS.some((re) => re.test(input)));
  if (bad.length) throw new Error(`Sidebar bundle must import types only, but it includes: ${bad.join(", ")}`);

  const css = await transform(readFileSync(join(dir, "styles.css"), "utf8"), { loader: "css", minify: true, target: "chrome80" });
  const template = readFileSync(join(dir, "index.html"), "utf8");
  const text = inline(
    inline(template, "/*INLINE:CSS*/", safeInStyle(css.code.trim())),
    "/*INLINE:JS*/",
    safeInScript(js.outputFiles[0].text.trim()),
  );
  return { name: "Sidebar.html", text };
}

/** Replaces the one marker; a function replacement, so `$&` or `$'` in the code stay literal. */
function inline(html, marker, code) {
  if (html.split(marker).length !== 2) throw new Error(`index.html must hold ${marker} exactly once`);
  return html.replace(marker, () => code);
}

/** Inside <script>, "</script" would end the element early; "<\/script" is the same JS. */
function safeInScript(code) {
  const out = code.replace(/<\/(script)/gi, "<\\/$1");
  // "<!--" inside a script switches the HTML parser into a state where "<script" nests; no safe generic rewrite.
  if (/<!--/.test(out)) throw new Error("The sidebar bundle contains '<!--'; rewrite that code.");
  return out;
}

/** Inside <style>, "</style" would end the element; in CSS "\/" is an escaped "/". */
function safeInStyle(code) {
  return code.replace(/<\/(style)/gi, "<\\/$1");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSidebar()
    .then((file) => {
      mkdirSync(join(root, "dist"), { recursive: true });
      writeFileSync(join(root, "dist", file.name), file.text);
      console.log(`dist/${file.name}: ${file.text.length} bytes`);
    })
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(1);
    });
}
