/**
 * The one way the sidebar builds DOM: createElement and text nodes. Data never
 * goes through innerHTML, so catalog text like `<img onerror=…>` stays text.
 * Attribute names come from code only; `href` is set by `link()` (escape.ts) alone.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  id?: string;
  className?: string;
  /** Plain attributes (`for`, `type`, `aria-*`, …); values are set with setAttribute, never parsed. */
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.id) el.id = props.id;
  if (props.className) el.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name) || name.toLowerCase() === "href") throw new Error(`Atribut ${name} tidak boleh diisi lewat h()`);
    el.setAttribute(name, value);
  }
  append(el, ...children);
  return el;
}

/** Appends children; strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Removes every child, then appends the new ones. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}
