import { DEV_MODE } from '../dev/dev-mode.js';

/**
 * Registers a Polder element under its tag name, once. A page that loads a component twice (two bundles, or a
 * CMS template and a page script) keeps the first registration; when that is another copy of the element (another
 * Polder version on the page), a development warning says so, because this copy's fixes would silently not apply.
 * Never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (DEV_MODE && existing !== element)
    console.warn(
      `<${tag}>: already defined by another copy of @polder/components; this copy is not used. Load the package once per page.`,
    );
}
