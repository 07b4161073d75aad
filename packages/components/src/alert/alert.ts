import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './alert.styles.js';
import { ALERT_TYPES, alertTemplate } from './alert.template.js';

const translations = {
  nl: { info: 'Informatie: ', success: 'Gelukt: ', warning: 'Waarschuwing: ', error: 'Fout: ' },
  en: { info: 'Information: ', success: 'Success: ', warning: 'Warning: ', error: 'Error: ' },
};

/**
 * A message about the page or the user's task: information, success, a warning or an error.
 *
 * An alert that is in the page when it loads (or was rendered on the server) is read as normal content. One
 * that appears later is a live region — `role="alert"` for warnings and errors, `role="status"` for
 * information and success — so screen readers announce it once, when it appears.
 *
 * @summary Tells the user something important, with a type that never relies on colour alone.
 * @status beta
 *
 * @slot - The message.
 * @csspart alert - The box.
 * @csspart icon - The type icon.
 * @cssprop --polder-alert-info-background-color - Background of the info type (likewise success, warning, error).
 */
export class PolderAlert extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    type: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    showContent: { state: true, attribute: false },
  };

  /** `info` (default), `success`, `warning` or `error`. */
  type: string = 'info';

  /** The heading text. */
  heading?: string;

  /** The heading's level in the page outline, 1–6 (default 2). Its look does not change with the level. */
  headingLevel = 2;

  /** Per-instance overrides of built-in strings. */
  strings: Partial<(typeof translations)['nl']> = {};

  private showContent = true;
  private live = false;
  private readonly localize = new Localize(this, 'alert', translations, () => this.strings);
  /** Constructed in the document (an upgrade of markup in the page) or with a declarative shadow root. */
  private readonly presentAtLoad = this.isConnected || this.shadowRoot !== null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) {
      // Present at load (parsed with the page, upgraded, or server-rendered with declarative shadow DOM): read
      // as normal content. Added later by a script: a live region.
      const atLoad = this.presentAtLoad || document.readyState === 'loading';
      this.live = !atLoad;
      // A live region announces what is added to it after it exists: show the content one frame later.
      if (this.live) {
        this.showContent = false;
        requestAnimationFrame(() => (this.showContent = true));
      }
    }
  }

  protected override render() {
    const type = oneOf(this, 'type', this.type, ALERT_TYPES);
    return alertTemplate({
      type,
      heading: this.heading,
      headingLevel: this.headingLevel,
      typeLabel: this.localize.t(type),
      role: this.live ? (type === 'error' || type === 'warning' ? 'alert' : 'status') : undefined,
      showContent: this.showContent,
    });
  }
}
