import { LitElement } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import { fragmentTarget, safeUrl } from '../url/safe-url.js';
import styles from './skip-link.styles.js';
import { skipLinkTemplate } from './skip-link.template.js';

const translations = {
  nl: { label: 'Direct naar de inhoud' },
  en: { label: 'Skip to main content' },
};

/**
 * Lets keyboard users skip the header and navigation (WCAG 2.4.1). Put it first in `<body>`, so it is the first
 * thing Tab reaches; it stays hidden until it has focus. It is a real link to `#main` (or `href`), so it works
 * without JavaScript; with JavaScript it also moves keyboard focus to the target, giving it `tabindex="-1"` while
 * it has focus when the target cannot take focus by itself (such as `<main>`).
 *
 * @summary The first link on the page: skips straight to the main content.
 * @status beta
 *
 * @slot - The link text, when the built-in "Direct naar de inhoud" / "Skip to main content" does not fit.
 * @csspart link - The `<a>`.
 * @cssprop --polder-skip-link-background-color - Background of the shown link.
 * @cssprop --polder-skip-link-color - Text colour of the shown link.
 */
export class PolderSkipLink extends LitElement {
  static override styles = styles;
  static override properties = {
    href: {},
    strings: { attribute: false },
  };

  /** The fragment of the main content (default `#main`). */
  href = '#main';

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'Naar het formulier' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'skip-link', translations, () => this.strings);

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
  }

  /** The element the link skips to, if it is in the page. */
  get target(): HTMLElement | null {
    return fragmentTarget(this.href, [this.getRootNode() as Document | ShadowRoot, document], this);
  }

  private onClick = (): void => {
    const target = this.target;
    if (!target) {
      devWarn(this, `nothing to skip to: no element with id ${quote((this.href ?? '').slice(1))}.`);
      return;
    }
    // The browser follows the link (scroll, address); focus moves too, also to an element that is not focusable.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  };

  protected override render() {
    safeUrl(this.href, this); // warns about a script URL, which the template leaves out
    return skipLinkTemplate({ href: this.href || '#main', label: this.localize.t('label') });
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('a')?.focus(options);
  }
}
