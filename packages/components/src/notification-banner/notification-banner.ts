import { LitElement, type PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import styles from './notification-banner.styles.js';
import { NOTIFICATION_BANNER_TYPES, notificationBannerTemplate } from './notification-banner.template.js';

const translations = {
  nl: { info: 'Belangrijk', success: 'Gelukt' },
  en: { info: 'Important', success: 'Success' },
};

/**
 * Tells the user about something that concerns the whole service or their task, at the top of the page.
 *
 * `info` (default) is a region named by its title ("Belangrijk"). `success` confirms what the user just did,
 * usually after a redirect ("Uw wijziging is opgeslagen"): it has `role="alert"` and takes focus when it first
 * renders, so keyboard and screen-reader users start there; `no-focus` turns that off.
 *
 * @summary A banner at the top of the page: important information, or the result of the user's last action.
 * @status beta
 *
 * @slot - The message, e.g. a paragraph with a link.
 * @csspart banner - The box (the region or alert).
 * @csspart title - The title bar text ("Belangrijk", "Gelukt").
 * @csspart heading - The message's heading.
 * @cssprop --polder-notification-banner-info-border-color - Border and title bar of the info type (likewise success).
 * @cssprop --polder-notification-banner-info-title-color - Title text on that bar (likewise success).
 * @cssprop --polder-notification-banner-background-color - Background of the message.
 */
export class PolderNotificationBanner extends LitElement {
  static override styles = styles;
  static override properties = {
    type: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noFocus: { type: Boolean, attribute: 'no-focus' },
    strings: { attribute: false },
  };

  /** `info` (default) or `success`. */
  type: string = 'info';

  /** The message's heading, shown large ("Uw wijziging is opgeslagen"). */
  heading?: string;

  /** The level of the title in the page outline, 1–6 (default 2). Its look does not change with the level. */
  headingLevel = 2;

  /** A success banner does not take focus when it first renders. */
  noFocus = false;

  /** Per-instance overrides of built-in strings: the titles `info` and `success`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'notification-banner', translations, () => this.strings);

  /** The box inside: the region or alert. */
  get banner(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.polder-notification-banner') ?? null;
  }

  private get kind() {
    return oneOf(this, 'type', this.type, NOTIFICATION_BANNER_TYPES);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Upgraded, hydrated or added by a script: once, on the first render only.
    if (this.kind === 'success' && !this.noFocus) this.banner?.focus();
  }

  protected override render() {
    const type = this.kind;
    return notificationBannerTemplate({
      type,
      title: this.localize.t(type),
      heading: this.heading,
      headingLevel: this.headingLevel,
      focusable: type === 'success',
    });
  }
}
