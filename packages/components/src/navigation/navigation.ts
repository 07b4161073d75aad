import { Localize } from '../localize/localize.js';
import { LinkList } from '../link-list/link-list.js';
import linkListStyles from '../link-list/link-list.styles.js';
import styles from './navigation.styles.js';
import { navigationTemplate } from './navigation.template.js';

const translations = {
  nl: { label: 'Hoofdmenu' },
  en: { label: 'Main menu' },
};

/**
 * A set of links to the main parts of a service, in a named `navigation` landmark. The links are the
 * element's own light-DOM children — real `<a href>` elements — so they work before and without JavaScript and
 * when the page is rendered on the server; the element only slots them into its landmark.
 *
 * The current page's link carries `aria-current="page"`: write it in the markup, or let the element set it
 * from the `current` attribute.
 *
 * For list semantics ("list, 4 items"), give it one `<ul class="polder-navigation__list">` child with
 * `<li class="polder-navigation__item"><a class="polder-navigation__link">` items: the element adds its stylesheet
 * to the page so those classes are styled.
 *
 * @summary The main menu of a service: real links in a named navigation landmark.
 * @status beta
 *
 * @slot - The links: `<a href>` elements, or one `<ul class="polder-navigation__list">` of them.
 * @csspart navigation - The `<nav>` landmark.
 * @csspart list - The row (on narrow screens the column) of links.
 * @cssprop --polder-navigation-link-color - Colour of the links.
 * @cssprop --polder-navigation-link-current-border-color - The bar that marks the current page.
 * @cssprop --polder-navigation-link-min-block-size - Height of each link; never below the 24px target size.
 */
export class PolderNavigation extends LinkList {
  static override styles = [linkListStyles, styles];
  static override properties = {
    strings: { attribute: false },
  };

  // Links in a light-DOM list are styled by the public classes, which live in the page, not the shadow root.
  protected static override stylesInPage = true;

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'Onderwerpen' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'navigation', translations, () => this.strings);

  protected override render() {
    return navigationTemplate({ label: this.label || this.localize.t('label') }, this.linkSlot);
  }
}
