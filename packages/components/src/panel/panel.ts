import { LitElement, type PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './panel.styles.js';
import { panelTemplate } from './panel.template.js';

const translations = {
  nl: { reference: 'Uw referentienummer' },
  en: { reference: 'Your reference number' },
};

/**
 * The confirmation panel at the end of a transaction: a heading ("Aanvraag verstuurd"), optionally the
 * reference number the user needs later, and a short message. Use it once per page, at the top of the
 * confirmation page, with the page's `<h1>` as its heading.
 *
 * @summary Confirms that a transaction is complete and gives the reference number.
 * @status beta
 *
 * @slot - A short message under the heading and reference ("We hebben u een e-mail gestuurd.").
 * @csspart panel - The box.
 * @csspart heading - The heading.
 * @cssprop --polder-panel-background-color - Background of the panel.
 * @cssprop --polder-panel-color - Text colour on that background.
 * @cssprop --polder-panel-heading-font-size - Size of the heading.
 */
export class PolderPanel extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: {},
    strings: { attribute: false },
  };

  /** The heading text, e.g. "Aanvraag verstuurd". */
  heading?: string;

  /** The heading's level in the page outline, 1–6 (default 1: the panel heads a confirmation page). */
  headingLevel = 1;

  /** The reference number, shown large after "Uw referentienummer". */
  reference?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ reference: 'Uw zaaknummer' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'panel', translations, () => this.strings);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.heading && typeof window !== 'undefined') devWarn(this, 'needs a heading ("Aanvraag verstuurd").');
  }

  protected override render() {
    return panelTemplate({
      heading: this.heading,
      headingLevel: this.headingLevel,
      reference: this.reference,
      referenceLabel: this.localize.t('reference'),
    });
  }
}
