import { LitElement } from 'lit';
import styles from './paragraph.styles.js';
import { paragraphTemplate } from './paragraph.template.js';

/**
 * A paragraph of body text, or with `lead` the larger introduction under a page's main heading.
 *
 * Without JavaScript use the classes on a native paragraph: `<p class="polder-paragraph polder-paragraph--lead">`.
 *
 * @summary Body text and the lead paragraph.
 * @status beta
 *
 * @slot - The text (phrasing content: text, links, `<strong>`, …).
 * @csspart paragraph - The native `<p>`.
 * @cssprop --polder-paragraph-color - Text colour.
 * @cssprop --polder-paragraph-font-size - Font size of body text.
 * @cssprop --polder-paragraph-lead-font-size - Font size of the lead paragraph.
 * @cssprop --polder-paragraph-max-inline-size - Maximum line length.
 */
export class PolderParagraph extends LitElement {
  static override styles = styles;
  static override properties = {
    lead: { type: Boolean, reflect: true },
  };

  /** Shows the paragraph as the lead: the introduction under the page's `h1`. */
  lead = false;

  protected override render() {
    return paragraphTemplate({ lead: this.lead });
  }
}
