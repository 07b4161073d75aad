import { Localize } from '../localize/localize.js';
import { LinkList } from '../link-list/link-list.js';
import linkListStyles from '../link-list/link-list.styles.js';
import { removeUnsafeUrl } from '../url/safe-url.js';
import styles from './side-navigation.styles.js';
import { sideNavigationTemplate } from './side-navigation.template.js';

const translations = {
  nl: { label: 'In dit onderdeel' },
  en: { label: 'In this section' },
};

/**
 * The pages of one part of a service or website, beside the content, in a named `navigation` landmark. The links
 * are the element's own light-DOM children — a `<ul>` of `<li><a href>` items, with a nested `<ul>` for
 * sub-pages — so they work before and without JavaScript and when the page is rendered on the server; the
 * element puts them in its landmark and styles them (it adds its stylesheet to the page). It is one of the link
 * lists (`LinkList`, with `polder-navigation`, `polder-footer` and `polder-language-switcher`).
 *
 * The current page's link carries `aria-current="page"`: write it in the markup, or let the element set it from
 * the `current` attribute, also on links added later at any depth. Every link's `href` is checked: a script URL
 * (`javascript:`) is removed, with a development warning.
 *
 * @summary Links to the pages of one part of a service, with sub-pages, in a named navigation landmark.
 * @status beta
 *
 * @slot - One `<ul>` of `<li><a href>` items; a `<ul>` inside an item lists its sub-pages.
 * @csspart navigation - The `<nav>` landmark.
 * @cssprop --polder-side-navigation-link-color - Colour of the links.
 * @cssprop --polder-side-navigation-link-current-border-color - The bar that marks the current page.
 * @cssprop --polder-side-navigation-list-padding-inline-start - How far sub-pages are indented.
 */
export class PolderSideNavigation extends LinkList {
  static override styles = [linkListStyles, styles];
  static override properties = {
    strings: { attribute: false },
  };

  // The links and lists are in the page, not the shadow root: the stylesheets go where they are.
  protected static override stylesInPage = true;

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'Parkeren' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'side-navigation', translations, () => this.strings);
  private observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // The slot only sees the list itself change: links added or changed deeper are checked and marked too.
    this.observer ??= new MutationObserver(this.check);
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    if (this.hasUpdated) this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override render() {
    return sideNavigationTemplate({ label: this.label || this.localize.t('label') }, this.linkSlot);
  }

  protected override firstUpdated(): void {
    this.check();
  }

  /** Removes script URLs from the links, then marks the current one. */
  private check = (): void => {
    for (const link of this.querySelectorAll('a[href]')) removeUnsafeUrl(this, link);
    this.markCurrent();
    // What the element changed itself is not a content change.
    this.observer?.takeRecords();
  };
}
