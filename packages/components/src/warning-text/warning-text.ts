import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './warning-text.styles.js';
import { warningTextTemplate } from './warning-text.template.js';

const translations = {
  nl: { label: 'Waarschuwing' },
  en: { label: 'Warning' },
};

/**
 * A warning about something with consequences for the user — a fine, a deadline, losing a right — in bold, next
 * to a warning icon. The icon is hidden from assistive technology; a visually hidden "Waarschuwing:" ("Warning:")
 * is read before the text instead, so the warning never depends on the icon alone.
 *
 * @summary A bold warning with an icon, read as "Waarschuwing: …".
 * @status beta
 *
 * @slot - The warning: one or two short sentences.
 * @csspart warning-text - The row with icon and text.
 * @csspart icon - The warning icon (decorative).
 * @cssprop --polder-warning-text-icon-color - Colour of the icon.
 * @cssprop --polder-warning-text-font-weight - Weight of the text (bold).
 */
export class PolderWarningText extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    strings: { attribute: false },
  };

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'Let op' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'warning-text', translations, () => this.strings);

  protected override render() {
    return warningTextTemplate({ label: this.localize.t('label') });
  }
}
