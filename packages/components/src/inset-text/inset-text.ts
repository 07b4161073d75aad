import { LitElement } from 'lit';
import styles from './inset-text.styles.js';
import { insetTextTemplate } from './inset-text.template.js';

/**
 * Sets a short piece of content apart from the text around it with a line at its start: an example, a quote, or
 * something the user should keep in mind ("Het duurt ongeveer 8 weken voordat u een besluit krijgt."). It is not
 * a message and not a landmark: screen readers read it as part of the page, in order.
 *
 * Without JavaScript use the class: `<div class="polder-inset-text"><p>…</p></div>`.
 *
 * @summary Content set apart from the text around it.
 * @status beta
 *
 * @slot - The content: text, or paragraphs and lists.
 * @csspart inset-text - The box with the line.
 * @cssprop --polder-inset-text-border-inline-start-color - The line at the start.
 * @cssprop --polder-inset-text-max-inline-size - The maximum line length.
 */
export class PolderInsetText extends LitElement {
  static override styles = styles;

  protected override render() {
    return insetTextTemplate();
  }
}
