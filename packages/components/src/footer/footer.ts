import { Localize } from '../localize/localize.js';
import { LinkList } from '../link-list/link-list.js';
import linkListStyles from '../link-list/link-list.styles.js';
import styles from './footer.styles.js';
import { footerTemplate } from './footer.template.js';

const translations = {
  nl: { label: 'Over deze website' },
  en: { label: 'About this website' },
};

/**
 * The bottom of every page: links about the service — privacy, cookies, accessibility statement, contact — and
 * the organisation behind it. It is the page's `contentinfo` landmark; the links are light-DOM `<a href>`
 * children in a named navigation landmark, so they work before and without JavaScript.
 *
 * @summary The page's footer: links about the service in a contentinfo landmark.
 * @status beta
 *
 * @slot - The links: `<a href>` elements.
 * @slot content - Text above the links, such as contact details or a short description of the service.
 * @csspart footer - The `<footer>` (the contentinfo landmark).
 * @csspart navigation - The `<nav>` around the links.
 * @csspart organisation - The organisation line.
 * @cssprop --polder-footer-background-color - Background of the footer.
 * @cssprop --polder-footer-link-color - Colour of the links.
 */
export class PolderFooter extends LinkList {
  static override styles = [linkListStyles, styles];
  static override properties = {
    organisation: {},
    strings: { attribute: false },
  };

  /** The organisation that offers the service, shown as the last line ("© Gemeente Voorbeeld"). */
  organisation?: string;

  /** Per-instance overrides of built-in strings. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'footer', translations, () => this.strings);

  /** The footer's links (not those in the `content` slot). */
  override get links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>(':scope > a[href]:not([slot])')];
  }

  protected override render() {
    return footerTemplate(
      { label: this.label || this.localize.t('label'), organisation: this.organisation },
      { links: this.linkSlot },
    );
  }
}
