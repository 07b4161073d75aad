import type { CSSResult, CSSResultOrNative } from 'lit';

type Root = Document | ShadowRoot;

/**
 * Where each stylesheet was last placed or found in a root's adopted stylesheets. Looking at that one place is cheap;
 * searching `adoptedStyleSheets` is not (its `includes` costs microseconds in Chromium, paid by every element).
 */
const places = new WeakMap<Root, Map<CSSStyleSheet, number>>();

/**
 * Adds a component's stylesheets to the root node (document or shadow root) its light-DOM element lives in,
 * once. Constructable stylesheets are not subject to a page's `style-src` policy, so this works under a
 * strict Content-Security-Policy. A page that changes its adopted stylesheets afterwards (and drops Polder's) gets
 * them back from the next element that connects: a sheet counts as adopted only if it is still where it was put.
 */
export function adoptStyles(node: Node, ...styles: CSSResultOrNative[]): void {
  const root = node.getRootNode() as Root;
  const adopted = root.adoptedStyleSheets;
  if (!adopted) return;
  const known = places.get(root) ?? new Map<CSSStyleSheet, number>();
  places.set(root, known);
  let list: CSSStyleSheet[] | undefined;
  for (const style of styles) {
    const sheet = (style as CSSResult).styleSheet ?? (style as CSSStyleSheet);
    if (adopted[known.get(sheet)!] === sheet) continue;
    list ??= [...adopted];
    const at = list.indexOf(sheet);
    known.set(sheet, at < 0 ? list.push(sheet) - 1 : at);
  }
  if (list && list.length > adopted.length) root.adoptedStyleSheets = list;
}
