import { LitElement, type PropertyValues } from 'lit';
import { devWarn } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';
import styles from './card.styles.js';
import { cardTemplate } from './card.template.js';

const INTERACTIVE = 'a[href], button, input, select, textarea, details, [tabindex], [contenteditable]';

/**
 * A summary of a page that links to it, for overviews of services or topics. The whole card is clickable, through
 * one real link: the heading's, stretched over the card with a pseudo-element. So keyboard and screen reader users
 * meet one link named by the heading, and a click anywhere on the card follows it. Put no links, buttons or other
 * interactive elements inside the card: they would sit under the stretched link (a development warning says so).
 *
 * @summary A clickable summary of a page: one link, named by the heading.
 * @status beta
 *
 * @slot - The description: short text, no interactive elements.
 * @slot image - An image at the top of the card; decorative, so give it `alt=""`.
 * @csspart card - The box.
 * @csspart image - The image area.
 * @csspart heading - The heading.
 * @csspart link - The heading's link.
 * @cssprop --polder-card-background-color - Background of the card.
 * @cssprop --polder-card-border-color - Border of the card.
 * @cssprop --polder-card-link-color - Colour of the heading link.
 */
export class PolderCard extends LitElement {
  static override styles = [styles];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    href: {},
    hreflang: {},
  };

  /** The heading text, which is also the link's text. */
  heading?: string;

  /** The heading's level in the page outline, 1–6 (default 3). Its look does not change with the level. */
  headingLevel = 3;

  /** Where the card links to. */
  href?: string;

  /** The language of the page the card links to, when it differs. */
  hreflang?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    safeUrl(this.href, this); // warns about a script URL, which the template leaves out
    if (typeof window === 'undefined') return;
    if (!this.heading) devWarn(this, 'needs a heading: it names the card and its link.');
    if (this.querySelector(INTERACTIVE))
      devWarn(this, 'holds an interactive element; the whole card is one link, so nothing inside may be interactive.');
  }

  protected override render() {
    return cardTemplate({
      heading: this.heading,
      headingLevel: this.headingLevel,
      href: this.href,
      hreflang: this.hreflang,
    });
  }

  override focus(options?: FocusOptions): void {
    const link = this.shadowRoot?.querySelector<HTMLElement>('.polder-card__link');
    if (link) link.focus(options);
    else super.focus(options);
  }
}
