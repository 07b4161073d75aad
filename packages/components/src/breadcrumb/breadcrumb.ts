import { AdoptingElement } from '../light-element/adopting-element.js';
import { markCurrentLink } from '../link-list/link-list.js';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import styles from './breadcrumb.styles.js';
import { breadcrumbNav } from './breadcrumb.template.js';

const translations = {
  nl: { label: 'Kruimelpad' },
  en: { label: 'Breadcrumb' },
};

/**
 * Where the page sits in the site: the pages above it, as a `navigation` landmark named "Kruimelpad"
 * ("Breadcrumb") with an ordered list of links.
 *
 * The links are the element's own children — real `<a href>` elements, the way `polder-select` takes
 * `<option>`s — so they work before and without JavaScript and on the server. The element puts them, unchanged,
 * into `<nav class="polder-breadcrumb"><ol class="polder-breadcrumb__list"><li>` in its light DOM, where the
 * page's own link styles still reach them; markup that is already there (server-rendered) is adopted. The link
 * with `aria-current="page"` (or the one whose `href` matches `current`) is the current page. Separators are
 * drawn by CSS and never announced. On narrow screens only the parent page shows, as a back link; the current
 * page stays in the accessibility tree.
 *
 * @summary Shows where the page sits in the site, with real links.
 * @status beta
 *
 * @slot - The links, in order from the home page down: `<a href>` elements (or a `<span>` for a page without
 *   a link). The current page has `aria-current="page"`.
 *
 * @csspart - The breadcrumb has no shadow DOM: style it through the public classes `.polder-breadcrumb`,
 *   `.polder-breadcrumb__list`, `.polder-breadcrumb__item` (`--parent`, `--current`), `.polder-breadcrumb__link`.
 *
 * @cssprop --polder-breadcrumb-link-color - Colour of the links.
 * @cssprop --polder-breadcrumb-current-color - Colour of the current page.
 * @cssprop --polder-breadcrumb-separator-color - Colour of the separators.
 * @cssprop --polder-breadcrumb-column-gap - Space around the separators.
 */
export class PolderBreadcrumb extends AdoptingElement {
  static override styles = [styles];
  static override properties = {
    current: {},
    strings: { attribute: false },
  };

  /** The `href` of the current page: the matching link gets `aria-current="page"`. */
  current?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'U bent hier' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'breadcrumb', translations, () => this.strings);
  private links: Element[] = [];
  private readonly observer =
    typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => this.takeNewChildren());

  /** The links (and other items), in order. */
  get items(): Element[] {
    return [...this.links];
  }

  protected adopt(): void {
    const nav = this.querySelector(':scope > nav.polder-breadcrumb');
    this.links = [
      ...(nav ? nav.querySelectorAll(':scope .polder-breadcrumb__item > *') : []),
      ...[...this.children].filter((child) => child !== nav),
    ];
    if (!this.links.length) devWarn(this, 'has no links: give it <a href> children, from the home page down.');
    this.observer?.observe(this, { childList: true });
  }

  /** Links added after the upgrade (by a script) join the end of the list. */
  private takeNewChildren(): void {
    const fresh = [...this.children].filter((child) => child.localName !== 'nav' && !this.links.includes(child));
    if (!fresh.length) return;
    this.links.push(...fresh);
    this.requestUpdate();
  }

  protected render() {
    markCurrentLink(
      this,
      this.links.filter((link) => link.localName === 'a'),
      this.current,
    );
    const current = this.links.map((link) => {
      if (link.getAttribute('aria-current') === '') link.setAttribute('aria-current', 'page');
      link.classList.add('polder-breadcrumb__link');
      const value = link.getAttribute('aria-current');
      return value !== null && value !== 'false';
    });
    return breadcrumbNav(this.localize.t('label'), this.links, current);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observer?.observe(this, { childList: true });
  }
}
