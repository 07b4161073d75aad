import { html, type PropertyValues } from 'lit';
import { AdoptingElement } from '../light-element/adopting-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import { removeUnsafeUrl, safeUrl } from '../url/safe-url.js';
import styles from './back-link.styles.js';
import { backLinkTemplate, type BackLinkState } from './back-link.template.js';

const translations = {
  nl: { back: 'Terug' },
  en: { back: 'Back' },
};

/**
 * A link back to the previous step of a form or the page above, with a back arrow. It is a real `<a href>`
 * in the element's light DOM (styled by the public class `.polder-back-link`, which also works on a plain
 * `<a>`), so it works without JavaScript and renders on the server. Without content it reads "Terug" ("Back"
 * in English). Give it the real URL of the previous page, not `javascript:history.back()`.
 *
 * @summary Goes back one step, with a real link.
 * @status beta
 *
 * @slot - The link text; "Terug"/"Back" when empty.
 *
 * @csspart - The back link has no shadow DOM: style it through the public class `.polder-back-link`.
 *
 * @cssprop --polder-back-link-color - Text and arrow colour.
 * @cssprop --polder-back-link-hover-color - Colour on hover.
 * @cssprop --polder-back-link-focus-background-color - Background on keyboard focus.
 * @cssprop --polder-back-link-min-block-size - Height of the target.
 */
export class PolderBackLink extends AdoptingElement {
  static override styles = [styles];
  static override properties = {
    href: {},
    strings: { attribute: false },
  };

  /** The URL of the previous step or page. */
  href?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ back: 'Terug naar stap 2' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'back-link', translations, () => this.strings);
  private native?: NativeControl<HTMLAnchorElement>;
  /** Whether the link shows the built-in text (no content was given). */
  private builtInText = false;

  /** The native `<a>` inside. */
  get control(): HTMLAnchorElement | undefined {
    return this.native?.node;
  }

  private get state(): BackLinkState {
    return { href: this.href, text: this.localize.t('back') };
  }

  protected adopt(): void {
    const existing = this.querySelector<HTMLAnchorElement>(':scope > a');
    if (existing) removeUnsafeUrl(this, existing);
    this.native = new NativeControl(existing, backLinkTemplate(this.state));
    if (!existing) this.native.node.append(...this.childNodes);
    this.builtInText = !this.native.node.textContent!.trim();
    if (this.href === undefined && !this.native.node.hasAttribute('href'))
      devWarn(this, 'has no href: give it the URL of the previous page, so it works without JavaScript.');
  }

  protected override willUpdate(changed: PropertyValues): void {
    safeUrl(this.href, this); // warns about a script URL, which the template leaves out
    if (this.hasUpdated) this.native?.sync(backLinkTemplate(this.state));
    super.willUpdate(changed);
  }

  protected render() {
    const link = this.native!.node;
    if (this.builtInText) link.textContent = this.localize.t('back');
    return html`${link}`;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override click(): void {
    this.control?.click();
  }
}
