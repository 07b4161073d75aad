import { LitElement } from 'lit';
import { oneOf } from '../dev/warn.js';
import styles from './tag.styles.js';
import { TAG_TYPES, tagTemplate } from './tag.template.js';

/**
 * A small label that shows the status of something, such as an application ("In behandeling"). It is not
 * interactive. The text carries the meaning; the colour of the type only supports it (WCAG 1.4.1).
 *
 * Without JavaScript use the classes: `<strong class="polder-tag polder-tag--success">Goedgekeurd</strong>`.
 *
 * @summary A status label.
 * @status beta
 *
 * @slot - The status text: short, one or two words.
 * @csspart tag - The label.
 * @cssprop --polder-tag-neutral-background-color - Background of the neutral type (likewise info, success, warning, error).
 * @cssprop --polder-tag-neutral-color - Text colour of the neutral type (likewise the other types).
 */
export class PolderTag extends LitElement {
  static override styles = styles;
  static override properties = {
    type: { reflect: true },
  };

  /** `neutral` (default), `info`, `success`, `warning` or `error`. */
  type: string = 'neutral';

  protected override render() {
    return tagTemplate({ type: oneOf(this, 'type', this.type, TAG_TYPES) });
  }
}
