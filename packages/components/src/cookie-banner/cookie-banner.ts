import { LitElement, html, isServer, type PropertyValues } from 'lit';
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
 * @fires polder-consent - The user chose (bubbles, composed); `detail.value` is `accept` or `reject`, `detail.data`
 * the FormData the form would have sent (the choice and the hidden fields).
 * @cssprop --polder-cookie-banner-background-color - Background of the banner.
 * @cssprop --polder-cookie-banner-border-color - The line under the banner.
 */
export class PolderCookieBanner extends LitElement {
  static override styles = [buttonStyles, styles];
  static override properties = {
    heading: {},
    action: {},
    name: {},
    fields: { attribute: false },
    strings: { attribute: false },
    choice: { state: true, attribute: false },
  };

  /** The heading, e.g. "Cookies op Verhuizing doorgeven". It names the banner. */
  heading?: string;

  /** Where the form posts the choice (without JavaScript); without it, the current page. */
  action?: string;

  /** The name the buttons submit the choice under (default `cookies`). */
  name = 'cookies';

  /**
   * Hidden fields the form sends with the choice, such as an anti-forgery token: `{ csrf: '…' }`. They are
   * `<input type="hidden">` elements inside the banner's form, so they are sent without JavaScript too. A server
   * renderer sets them as a property (Lit SSR: `.fields=${{ csrf }}`); the element keeps the fields it was
   * rendered with when it hydrates. Light-DOM `<input type="hidden">` children are sent as well.
   */
  fields: Record<string, string> = {};

  /** Per-instance overrides of built-in strings (`accept`, `reject`, `accepted`, `rejected`, `hide`). */
  strings: Partial<(typeof translations)['nl']> = {};

  private choice?: CookieChoice;
  private readonly localize = new Localize(this, 'cookie-banner', translations, () => this.strings);

  /** The choice made in this page: `accept`, `reject`, or `''` while the question is open. */
  get value(): string {
    return this.choice ?? '';
  }

  override connectedCallback(): void {
    // Server-rendered (declarative shadow DOM): keep the hidden fields the server put in the form, so that
    // hydration renders the same form.
    if (!isServer && !this.hasUpdated && this.shadowRoot && !Object.keys(this.fields).length)
      for (const input of this.shadowRoot.querySelectorAll<HTMLInputElement>('form > input[type="hidden"]'))
        this.fields = { ...this.fields, [input.name]: input.value };
    super.connectedCallback();
  }

  /** The hidden fields: the `fields` property, then the light-DOM hidden inputs. */
  private get hiddenFields(): [string, string][] {
    // A server renderer cannot see the children: there, only `fields`.
    const light = isServer ? [] : [...this.querySelectorAll<HTMLInputElement>(':scope > input[type="hidden"][name]')];
    return [...Object.entries(this.fields ?? {}), ...light.map((i): [string, string] => [i.name, i.value])];
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    const submitter = event.submitter as HTMLButtonElement | null;
    const value = submitter?.value;
    if (value !== 'accept' && value !== 'reject') return;
    event.preventDefault();
    // What the form would have sent: the choice and the hidden fields, for the page to post itself.
    const data = new FormData(event.target as HTMLFormElement, submitter);
    this.choice = value;
    this.dispatchEvent(new CustomEvent('polder-consent', { bubbles: true, composed: true, detail: { value, data } }));
  };

  private readonly onSlotChange = () => this.requestUpdate();

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
    return cookieBannerTemplate(
      {
        heading: this.heading,
        action: this.action,
        name: this.name || 'cookies',
        fields: this.hiddenFields,
        choice: this.choice,
        acceptLabel: this.localize.t('accept'),
        rejectLabel: this.localize.t('reject'),
        confirmation: this.choice && this.localize.t(this.choice === 'accept' ? 'accepted' : 'rejected'),
        hideLabel: this.localize.t('hide'),
        onSubmit: this.onSubmit,
        onHide: this.onHide,
      },
      html`<slot @slotchange=${this.onSlotChange}></slot>`,
    );
  }
}
