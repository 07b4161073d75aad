import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn, oneOf } from '../dev/warn.js';
import tagStyles from '../tag/tag.styles.js';
import styles from './phase-banner.styles.js';
import { PHASES, phaseBannerTemplate } from './phase-banner.template.js';

const translations = {
  nl: { alpha: 'Alfa', beta: 'Bèta' },
  en: { alpha: 'Alpha', beta: 'Beta' },
};

/**
 * Tells users that a service is new and still being improved — in `alpha` or `beta` — and asks for their
 * feedback. The phase is shown as a tag; the text and the feedback link are the element's content. Put it at
 * the top of every page of the service, under the header.
 *
 * @summary Shows that a service is in alpha or beta, with a link to give feedback.
 * @status beta
 *
 * @slot - The text with a feedback link: `Dit is een nieuwe dienst. <a href="/feedback">Geef uw mening</a>.`
 * @csspart banner - The banner.
 * @csspart tag - The phase tag (a `.polder-tag`, themed by the `--polder-tag-info-*` tokens).
 * @cssprop --polder-phase-banner-border-block-end-color - The line under the banner.
 * @cssprop --polder-phase-banner-link-color - Colour of the feedback link.
 */
export class PolderPhaseBanner extends LitElement {
  static override styles = [tagStyles, styles];
  static override properties = {
    phase: { reflect: true },
    strings: { attribute: false },
  };

  /** `beta` (default) or `alpha`. */
  phase: string = 'beta';

  /** Per-instance overrides of built-in strings, e.g. `{ beta: 'Proef' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'phase-banner', translations, () => this.strings);

  protected override render() {
    const phase = oneOf(this, 'phase', this.phase, PHASES);
    return phaseBannerTemplate({ phase, phaseLabel: this.localize.t(phase) });
  }

  protected override firstUpdated(): void {
    const check = () => {
      if (!this.querySelector('a[href]')) devWarn(this, 'needs a feedback link (<a href>) in its content.');
    };
    // Upgraded while the page is still being parsed, the content may not be there yet.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }
}
