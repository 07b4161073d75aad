import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';
// The buttons are polder-buttons by their public classes: the button's published stylesheet, not its element.
import buttonStyles from '../button/button.styles.js';
import styles from './cookie-banner.styles.js';
import { type CookieChoice, cookieBannerTemplate } from './cookie-banner.template.js';

const translations = {
  nl: {
    accept: 'Aanvullende cookies accepteren',
    reject: 'Aanvullende cookies weigeren',
    accepted: 'U heeft aanvullende cookies geaccepteerd. U kunt uw keuze altijd wijzigen.',
    rejected: 'U heeft aanvullende cookies geweigerd. U kunt uw keuze altijd wijzigen.',
    hide: 'Verberg dit bericht',
  },
  en: {
    accept: 'Accept additional cookies',
    reject: 'Reject additional cookies',
    accepted: 'You have accepted additional cookies. You can change your choice at any time.',
    rejected: 'You have rejected additional cookies. You can change your choice at any time.',
    hide: 'Hide this message',
  },
};

/**
 * Asks the user whether the service may set cookies it does not strictly need, at the top of the page.
 *
 * It renders a real `<form method="post">` with two equal buttons that submit `cookies=accept` or
 * `cookies=reject` (the name from `name`) to `action`, so it works without JavaScript: the server stores the
 * choice and no longer renders the banner. With JavaScript it sends nothing itself: it fires `polder-consent`
 * with `{ value }` — the page stores the choice — and shows the confirmation with a hide button, moving focus
 * to it.
 *
 * @summary Asks for consent to additional cookies, with or without JavaScript.
 * @status beta
 *
 * @slot - What the cookies are for, e.g. paragraphs and a link to the cookie page.
 * @csspart banner - The region.
 * @csspart heading - The heading.
 * @csspart message - The confirmation after a choice.
 * @fires polder-consent - The user chose (bubbles, composed); `detail.value` is `accept` or `reject`.
 * @cssprop --polder-cookie-banner-background-color - Background of the banner.
 * @cssprop --polder-cookie-banner-border-color - The line under the banner.
 */
export class PolderCookieBanner extends LitElement {
  static override styles = [buttonStyles, styles];

  /** The heading, e.g. "Cookies op Verhuizing doorgeven". It names the banner. */
  @property() heading?: string;

  /** Where the form posts the choice (without JavaScript); without it, the current page. */
  @property() action?: string;

  /** The name the buttons submit the choice under (default `cookies`). */
  @property() name = 'cookies';

  /** Per-instance overrides of built-in strings (`accept`, `reject`, `accepted`, `rejected`, `hide`). */
  @property({ attribute: false }) strings: Partial<(typeof translations)['nl']> = {};

  @state() private choice?: CookieChoice;
  private readonly localize = new Localize(this, 'cookie-banner', translations, () => this.strings);

  /** The choice made in this page: `accept`, `reject`, or `''` while the question is open. */
  get value(): string {
    return this.choice ?? '';
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    const value = (event.submitter as HTMLButtonElement | null)?.value;
    if (value !== 'accept' && value !== 'reject') return;
    event.preventDefault();
    this.choice = value;
    this.dispatchEvent(new CustomEvent('polder-consent', { bubbles: true, composed: true, detail: { value } }));
  };

  private readonly onHide = () => {
    this.hidden = true;
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (typeof window === 'undefined') return;
    if (!this.heading) devWarn(this, 'needs a heading ("Cookies op …").');
    if (changed.has('action')) safeUrl(this.action, this, 'action');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('choice') && this.choice)
      this.renderRoot.querySelector<HTMLElement>('.polder-cookie-banner__message')!.focus();
  }

  protected override render() {
    return cookieBannerTemplate({
      heading: this.heading,
      action: this.action,
      name: this.name || 'cookies',
      choice: this.choice,
      acceptLabel: this.localize.t('accept'),
      rejectLabel: this.localize.t('reject'),
      confirmation: this.choice && this.localize.t(this.choice === 'accept' ? 'accepted' : 'rejected'),
      hideLabel: this.localize.t('hide'),
      onSubmit: this.onSubmit,
      onHide: this.onHide,
    });
  }
}
