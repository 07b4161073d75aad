import { LinkList } from '../link-list/link-list.js';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import linkListStyles from '../link-list/link-list.styles.js';
import styles from './language-switcher.styles.js';
import { languageSwitcherTemplate } from './language-switcher.template.js';

const translations = {
  nl: { label: 'Taalkeuze' },
  en: { label: 'Choose a language' },
};

/** The nearest `lang` of a node, crossing shadow roots (the raw tag: the switcher is not limited to nl and en). */
function nearestLang(node: Element): string {
  let current: Element | null = node;
  while (current) {
    const found = current.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0];

/**
 * Links to the same page in other languages. Each link is a light-DOM `<a href hreflang lang>` named in its own
 * language ("Nederlands", "English", "Deutsch"), so a screen reader pronounces it in that language and a reader
 * of that language recognises it. The link of the current language carries `aria-current="true"`.
 *
 * @summary Switches the page's language; each language named in its own language.
 * @status beta
 *
 * @slot - The links: `<a href hreflang="en" lang="en">English</a>`. A link without `lang` gets it from `hreflang`.
 * @csspart navigation - The `<nav>` landmark.
 * @csspart list - The row of links.
 * @cssprop --polder-language-switcher-link-color - Colour of the links.
 * @cssprop --polder-language-switcher-link-current-border-color - The bar that marks the current language.
 */
export class PolderLanguageSwitcher extends LinkList {
  static override styles = [linkListStyles, styles];
  static override properties = {
    current: {},
    strings: { attribute: false },
  };

  /**
   * The language of the page (a BCP 47 tag such as `nl` or `en-GB`); its link gets `aria-current="true"`.
   * Default: the nearest `lang` attribute — unless the markup already marks a link with `aria-current`.
   */
  override current?: string;

  /** Per-instance overrides of built-in strings. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'language-switcher', translations, () => this.strings);

  /** The language links. */
  override get links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  protected override render() {
    return languageSwitcherTemplate({ label: this.label || this.localize.t('label') }, this.linkSlot);
  }

  protected override updated(): void {
    this.markCurrent();
  }

  /** Set once the element marks the current link itself (so a later `lang` change moves the mark). */
  private managed = false;

  /** The current language's link: the exact tag, else the primary language; `lang` from `hreflang`. */
  protected override markCurrent = (): void => {
    const links = this.links;
    let current = this.current;
    if (current == null && (this.managed || !links.some((a) => a.hasAttribute('aria-current')))) {
      current = nearestLang(this);
      this.managed = true;
    }
    const tags = links.map((a) => (a.getAttribute('hreflang') ?? '').toLowerCase());
    const wanted = (current ?? '').toLowerCase();
    // The exact tag wins (en-GB), else the primary language (en).
    const exact = tags.indexOf(wanted);
    const index = exact >= 0 ? exact : tags.findIndex((t) => t && primary(t) === primary(wanted));
    links.forEach((link, i) => {
      const tag = link.getAttribute('hreflang');
      if (!tag) devWarn(this, `the link "${link.textContent!.trim()}" has no hreflang.`);
      else if (!link.hasAttribute('lang')) link.lang = tag;
      if (current == null) return;
      if (i === index) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  };
}
