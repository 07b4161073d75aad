import type { CSSResult } from 'lit';

/**
 * Adds a component's stylesheet to the root node (document or shadow root) its light-DOM element lives in,
 * once. Constructable stylesheets are not subject to a page's `style-src` policy, so this works under a
 * strict Content-Security-Policy.
 */
export function adoptStyles(node: Node, styles: CSSResult): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
