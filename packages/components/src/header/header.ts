import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import { Hydration } from '../hydration/hydration.js';
import { safeUrl } from '../url/safe-url.js';
import styles from './header.styles.js';
import { headerTemplate } from './header.template.js';

const translations = {
  nl: { menu: 'Menu' },
  en: { menu: 'Menu' },
};

/**
 * The top of every page of a service: the organisation and the service's name (a link to its start page), a
 * logo, the main navigation and a language switcher. It is the page's `banner` landmark.
 *
 * On narrow screens (and at high zoom) the navigation collapses behind a menu button that follows the WAI-ARIA
 * disclosure pattern: Enter and Space toggle it, `aria-expanded` tells its state, Escape closes it and returns
 * focus to the button. Without JavaScript, and before hydration, there is no menu button and the navigation is
 * simply shown.
 *
 * @summary The page's banner: organisation, service name, navigation and language switcher.
 * @status beta
 *
 * @slot logo - The organisation's logo: an `<img>` with a text alternative, or an `<svg>` with a name.
 * @slot navigation - The main navigation, usually a `<polder-navigation>`.
 * @slot language - A `<polder-language-switcher>`.
 * @csspart header - The `<header>` (the banner landmark).
 * @csspart title - The organisation and service name (a link with `service-href`).
 * @csspart menu-button - The button that shows and hides the navigation on narrow screens.
 * @csspart navigation - The area that holds the navigation.
 * @cssprop --polder-header-background-color - Background of the header.
 * @cssprop --polder-header-border-block-end-color - The brand stripe under the header.
 * @cssprop --polder-header-max-inline-size - Width of the content; the header's background spans the page.
 */
export class PolderHeader extends LitElement {
  static override styles = styles;
  static override properties = {
    serviceName: { attribute: 'service-name' },
    serviceHref: { attribute: 'service-href' },
    organisation: {},
    strings: { attribute: false },
    open: { state: true, attribute: false },
  };

  /** The name of the service ("Parkeervergunning aanvragen"). */
  serviceName?: string;

  /** The address of the service's start page: the organisation and service name become a link to it. */
  serviceHref?: string;

  /** The organisation that offers the service ("Gemeente Voorbeeld"). */
  organisation?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ menu: 'Navigatie' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  /** JavaScript runs (after the first update): the navigation may collapse. */
  /** The first render matches the server's (navigation shown); after it the menu button may collapse it. */
  private readonly hydration = new Hydration(this, { afterFirstRender: true });
  private open = false;

  private readonly localize = new Localize(this, 'header', translations, () => this.strings);

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('click', this.onClick);
  }

  /** Whether the collapsed navigation is open (on wide screens the navigation is always shown). */
  get menuOpen(): boolean {
    return this.open;
  }

  private get menuButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.polder-header__menu-button');
  }

  private onClick = (event: Event): void => {
    if (this.menuButton && event.composedPath().includes(this.menuButton)) this.open = !this.open;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const button = this.menuButton;
    // Escape closes the open menu and returns focus to its button — only when the button is shown and focus is
    // on it or in the navigation (Escape in the language switcher or a logo link is not the menu's).
    if (event.key !== 'Escape' || !this.open || !button || !button.getClientRects().length) return;
    const path = event.composedPath();
    const navigation = this.renderRoot.querySelector('.polder-header__navigation');
    if (!path.includes(button) && !(navigation && path.includes(navigation))) return;
    this.open = false;
    button.focus();
    event.preventDefault();
  };

  protected override firstUpdated(): void {
    // Navigation given (or taken away) later: the menu button follows.
    this.renderRoot.addEventListener('slotchange', () => this.requestUpdate());
  }

  protected override render() {
    safeUrl(this.serviceHref, this, 'service-href'); // warns about a script URL, which the template leaves out
    return headerTemplate({
      serviceName: this.serviceName,
      serviceHref: this.serviceHref,
      organisation: this.organisation,
      menuLabel: this.localize.t('menu'),
      // No navigation, no menu button.
      enhanced: this.hydration.enhanced && this.querySelector(':scope > [slot="navigation"]') !== null,
      open: this.open,
    });
  }
}
