import { CSSResult, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { devWarn, quote } from '../dev/warn.js';
import { resolveUrl } from '../url/safe-url.js';
import { adoptStyles } from '../styles/adopt-styles.js';

/**
 * The one current-link helper of the link lists (navigation, footer, breadcrumb): the link whose `href` is
 * `current` — as written, or any URL that resolves to the same address — gets `aria-current="page"`, and every
 * other link loses it. Without `current` the markup's own `aria-current` is kept. A `current` that is not a URL,
 * or that no link matches, gives one development warning naming `host`.
 */
export function markCurrentLink(host: Element, links: readonly Element[], current: string | null | undefined): void {
  if (current == null) return;
  const resolved = resolveUrl(current);
  if (resolved === undefined) {
    devWarn(host, `current ${quote(current)} is not a URL; it is ignored.`);
    return;
  }
  let found = false;
  for (const link of links) {
    const match = link.getAttribute('href') === current || (link as Partial<HTMLAnchorElement>).href === resolved;
    if (match) link.setAttribute('aria-current', 'page');
    else if (link.hasAttribute('aria-current')) link.removeAttribute('aria-current');
    found ||= match;
  }
  if (!found && links.length) devWarn(host, `no link matches current ${quote(current)}.`);
}

/**
 * Base of the link lists that wrap their links in a named landmark in a shadow root: `polder-navigation`,
 * `polder-footer` and `polder-language-switcher`. The links themselves are the element's light-DOM children —
 * real `<a href>` elements in the page's own tree — so they work before and without JavaScript and when the page
 * is rendered on the server; the element slots them (`linkSlot`) and marks the current one whenever they or
 * `current` change. (`polder-breadcrumb` builds an ordered list around each link, so it is light DOM and uses
 * `markCurrentLink` directly.)
 */
export abstract class LinkList extends LitElement {
  static override properties: PropertyDeclarations = {
    label: {},
    current: {},
  };

  /** The landmark's accessible name, distinct from every other one on the page; each element has a default. */
  label?: string;

  /**
   * The `href` of the current page (as written on the link, or any URL that resolves to the same address): its
   * link gets `aria-current="page"` and every other link loses it. Without it, the markup's own `aria-current`
   * is kept.
   */
  current?: string;

  /**
   * Whether the element's stylesheets (`static styles`) are also added to the page (its root node): for a link
   * list whose light-DOM children carry public classes (a `<ul class="polder-navigation__list">`), which only a
   * stylesheet in the page can style.
   */
  protected static stylesInPage = false;

  /** The links in the list: by default every `<a href>` child, at any depth. */
  get links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const { stylesInPage, styles } = this.constructor as typeof LinkList;
    if (!stylesInPage) return;
    for (const sheet of [styles ?? []].flat(3)) if (sheet instanceof CSSResult) adoptStyles(this, sheet);
  }

  /** The slot for the links, in the element's template: it marks the current link when the links change. */
  protected get linkSlot() {
    return html`<slot @slotchange=${this.markCurrent}></slot>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('current')) this.markCurrent();
  }

  /** Marks the current link (`aria-current`). */
  protected markCurrent = (): void => markCurrentLink(this, this.links, this.current);
}
