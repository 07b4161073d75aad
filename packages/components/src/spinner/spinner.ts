import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './spinner.styles.js';
import { SPINNER_SIZES, spinnerTemplate } from './spinner.template.js';

const translations = {
  nl: { label: 'Bezig met laden' },
  en: { label: 'Loading' },
};

/**
 * Shows that content is loading or work is in progress. It is a status region with a text — "Bezig met laden"
 * by default, in the language of the nearest `lang` — so screen readers announce it politely when it appears.
 * The ring is decorative; under reduced motion it stands still.
 *
 * Prefer showing the label: it helps everyone, not only screen reader users. For a busy button use
 * `<polder-button busy>` instead.
 *
 * @summary Tells the user that something is loading, also without sight and without motion.
 * @status beta
 *
 * @csspart spinner - The status region.
 * @csspart icon - The ring.
 * @csspart label - The text.
 * @cssprop --polder-spinner-indicator-color - Colour of the moving part of the ring.
 * @cssprop --polder-spinner-track-color - Colour of the ring's track.
 * @cssprop --polder-spinner-icon-medium-inline-size - Size of the ring (likewise small, large).
 */
export class PolderSpinner extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    label: {},
    size: { reflect: true },
    hideLabel: { type: Boolean, attribute: 'hide-label' },
    strings: { attribute: false },
    showLabel: { state: true, attribute: false },
  };

  /** The text to show and announce, instead of the built-in "Bezig met laden" / "Loading". */
  label?: string;

  /** `medium` (default), `small` or `large`: the size of the ring. */
  size: string = 'medium';

  /** Announce the label without showing it. */
  hideLabel = false;

  /** Per-instance overrides of built-in strings. */
  strings: Partial<(typeof translations)['nl']> = {};

  private showLabel = true;
  private readonly localize = new Localize(this, 'spinner', translations, () => this.strings);
  /** Constructed in the document (an upgrade of markup in the page) or with a declarative shadow root. */
  private readonly presentAtLoad = this.isConnected || this.shadowRoot !== null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.presentAtLoad && document.readyState !== 'loading') {
      // Added by a script: the status region must exist before its text, or it is not announced.
      this.showLabel = false;
      requestAnimationFrame(() => (this.showLabel = true));
    }
  }

  protected override render() {
    return spinnerTemplate({
      size: oneOf(this, 'size', this.size, SPINNER_SIZES),
      label: this.label || this.localize.t('label'),
      hideLabel: this.hideLabel,
      showLabel: this.showLabel,
    });
  }
}
