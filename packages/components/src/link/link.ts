import { html, render, type PropertyValues } from 'lit';
import { AdoptingElement } from '../light-element/adopting-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import { removeUnsafeUrl, safeUrl } from '../url/safe-url.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './link.styles.js';
import { linkNoteTemplate, linkTemplate, type LinkState } from './link.template.js';

const translations = {
  nl: { external: 'externe link', newWindow: 'opent in een nieuw venster' },
  en: { external: 'external link', newWindow: 'opens in a new window' },
};

/**
 * A text link: a real `<a href>` in the element's light DOM, so it works before and without JavaScript,
 * renders on the server and is styled by the public class `.polder-link` (which also works on a plain `<a>`).
 * An `<a>` already inside (server-rendered or hand-written) is adopted, never replaced; otherwise the element
 * renders one from `href` with its children as the text.
 *
 * A link to another website (`external`) or one that opens a new window (`target="_blank"`) gets an icon and
 * visually hidden text, so everyone knows before following it: "(externe link)", "(opent in een nieuw venster)".
 *
 * @summary Goes to another page: a real link with focus, hover, visited and current-page states.
 * @status beta
 *
 * @slot - The link text.
 *
 * @csspart - The link has no shadow DOM: style it through the public classes `.polder-link`,
 *   `.polder-link__note`, `.polder-link__icon`.
 *
 * @cssprop --polder-link-color - Text colour.
 * @cssprop --polder-link-hover-color - Text colour on hover.
 * @cssprop --polder-link-active-color - Text colour while pressed.
 * @cssprop --polder-link-visited-color - Text colour of a visited link.
 * @cssprop --polder-link-current-color - Text colour of the link to the current page.
 * @cssprop --polder-link-current-font-weight - Weight of the link to the current page.
 * @cssprop --polder-link-focus-background-color - Background on keyboard focus.
 * @cssprop --polder-link-focus-color - Text colour on keyboard focus.
 */
export class PolderLink extends AdoptingElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    href: {},
    target: {},
    rel: {},
    hreflang: {},
    download: {},
    external: { type: Boolean, reflect: true },
    current: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** Where the link goes. */
  href?: string;
  /** As on a native link; `_blank` announces that the link opens a new window. */
  target?: string;
  rel?: string;
  hreflang?: string;
  download?: string;

  /** The link goes to another website: an icon and "(externe link)" for screen readers. */
  external = false;

  /** The link goes to the current page: `aria-current="page"`. */
  current = false;

  /** Per-instance overrides of built-in strings, e.g. `{ external: 'website van het Rijk' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'link', translations, () => this.strings);
  private native?: NativeControl<HTMLAnchorElement>;
  private note?: HTMLSpanElement;

  /** The native `<a>` inside. */
  get control(): HTMLAnchorElement | undefined {
    return this.native?.node;
  }

  private get state(): LinkState {
    return {
      href: this.href,
      target: this.target,
      rel: this.rel,
      hreflang: this.hreflang,
      download: this.download,
      current: this.current,
    };
  }

  /** The visually hidden text after the link text, or '' when there is none. */
  private get noteText(): string {
    const parts = [
      this.external ? this.localize.t('external') : '',
      this.target === '_blank' ? this.localize.t('newWindow') : '',
    ].filter(Boolean);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  protected adopt(): void {
    const existing = this.querySelector<HTMLAnchorElement>(':scope > a');
    if (existing) removeUnsafeUrl(this, existing);
    this.native = new NativeControl(existing, linkTemplate(this.state));
    // A note rendered on the server is drawn again (in the language the page has now).
    existing?.querySelector(':scope > .polder-link__note')?.remove();
    if (!existing) this.native.node.append(...this.childNodes);
    this.note = document.createElement('span');
    this.note.className = 'polder-link__note';
    if (this.href === undefined && !this.native.node.hasAttribute('href'))
      devWarn(this, 'has no href: without one it is not a link (give it href, or use a button for an action).');
  }

  protected override willUpdate(changed: PropertyValues): void {
    safeUrl(this.href, this); // warns about a script URL, which the template leaves out
    if (this.hasUpdated) this.native?.sync(linkTemplate(this.state));
    super.willUpdate(changed);
  }

  protected render() {
    const text = this.noteText;
    const link = this.native!.node;
    const note = this.note!;
    if (text) {
      render(linkNoteTemplate(text), note);
      if (note.parentNode !== link || note.nextSibling) link.append(note);
    } else {
      note.remove();
    }
    return html`${link}`;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override click(): void {
    this.control?.click();
  }
}
