import type { CSSResultOrNative } from 'lit';

/**
 * Adds a component's stylesheets to the root node (document or shadow root) its light-DOM element lives in,
 * once. Constructable stylesheets are not subject to a page's `style-src` policy, so this works under a
 * strict Content-Security-Policy. All of an element's sheets at once: one look at the root's sheets per element.
 */
export function adoptStyles(node: Node, ...styles: CSSResultOrNative[]): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const adopted = root.adoptedStyleSheets;
  const missing = styles
    .map((style) => ('styleSheet' in style ? style.styleSheet : style))
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !adopted.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...adopted, ...missing];
}
