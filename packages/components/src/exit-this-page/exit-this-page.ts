import { html, type PropertyValues } from 'lit';
import { AdoptingElement } from '../light-element/adopting-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize } from '../localize/localize.js';
import { safeUrl } from '../url/safe-url.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './exit-this-page.styles.js';
import { type ExitThisPageState, exitHref, exitThisPageTemplate } from './exit-this-page.template.js';

const translations = {
  nl: {
    text: 'Verlaat deze pagina',
    // After a Shift press: how many more leave the page.
    more: ({ n }: { n: number }) => `Druk nog ${n} keer op Shift om deze pagina te verlaten.`,
  },
  en: {
    text: 'Exit this page',
    more: ({ n }: { n: number }, plural: Intl.PluralRules) =>
      `Press Shift ${n} more ${plural.select(n) === 'one' ? 'time' : 'times'} to exit this page.`,
  },
};

/** Presses of Shift that leave the page, and the time they must fall within. */
const PRESSES = 3;
const WITHIN = 5000;

/**
 * A way to leave the service quickly, for services about domestic abuse and other subjects someone may need to
 * hide. It is a real link (`href`, by default a neutral site), so it works without JavaScript. With JavaScript
 * a click — or pressing Shift on its own three times within 5 seconds, anywhere on the page — covers the page at once and
 * leaves with `location.replace`, so Back does not return to it. Before leaving it fires `polder-exit`
 * (cancelable, `detail.href`): cancel it to leave in another way, e.g. after clearing the session.
 *
 * @summary Leaves the page quickly, by a link or by pressing Shift three times.
 * @status beta
 *
 * @slot - The link text; "Verlaat deze pagina"/"Exit this page" when empty.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-exit-this-page` (the link) and
 *   `.polder-exit-this-page__cover`.
 *
 * @fires polder-exit - Just before leaving (bubbles, composed, cancelable); `detail.href` is where it goes.
 * @cssprop --polder-exit-this-page-background-color - Background of the link.
 * @cssprop --polder-exit-this-page-color - Text colour of the link.
 * @cssprop --polder-exit-this-page-cover-background-color - The layer that covers the page when leaving.
 */
export class PolderExitThisPage extends AdoptingElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    href: {},
    strings: { attribute: false },
    clock: { attribute: false },
    progress: { state: true, attribute: false },
  };

  /** Where to go: a site that gives nothing away (default https://www.weeronline.nl/). */
  href?: string;

  /** Per-instance overrides of built-in strings (`text`, `more`). */
  strings: Partial<Record<keyof (typeof translations)['nl'], string>> = {};

  /** The time source for the Shift presses (for tests: a fake one with `now()`). */
  clock: { now(): number } = Date;

  private progress = '';
  private readonly localize = new Localize(this, 'exit-this-page', translations, () => this.strings);
  private native?: NativeControl<HTMLAnchorElement>;
  private builtInText = false;
  private presses: number[] = [];
  private shiftAlone = false;

  /** The native `<a>` inside. */
  get control(): HTMLAnchorElement | undefined {
    return this.native?.node;
  }

  private get state(): ExitThisPageState {
    return { href: this.href, text: this.localize.t('text') };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('keyup', this.onKeyUp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('keyup', this.onKeyUp);
  }

  /** Covers the page at once and leaves it with `location.replace`, unless `polder-exit` is cancelled. */
  exit(): void {
    const cover = this.querySelector<HTMLElement>(':scope > .polder-exit-this-page__cover');
    cover?.showPopover();
    const href = exitHref(this.href);
    const event = new CustomEvent('polder-exit', { bubbles: true, composed: true, cancelable: true, detail: { href } });
    if (this.dispatchEvent(event)) window.location.replace(href);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // Shift as a modifier (typing a capital) and any other key break the sequence.
    this.shiftAlone = event.key === 'Shift';
    if (!this.shiftAlone) {
      this.presses = [];
      this.progress = '';
    }
  };

  private readonly onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || !this.shiftAlone) return;
    this.shiftAlone = false;
    const now = this.clock.now();
    this.presses = [...this.presses.filter((t) => now - t < WITHIN), now];
    const left = PRESSES - this.presses.length;
    this.progress = left > 0 ? this.localize.t('more', { n: left }) : '';
    if (left <= 0) {
      this.presses = [];
      this.exit();
    }
  };

  private readonly onClick = (event: MouseEvent) => {
    event.preventDefault();
    this.exit();
  };

  protected adopt(): void {
    const existing = this.querySelector<HTMLAnchorElement>(':scope > a');
    this.native = new NativeControl(existing, exitThisPageTemplate(this.state));
    if (!existing) this.native.node.append(...this.childNodes);
    this.builtInText = !this.native.node.textContent!.trim();
    this.native.node.addEventListener('click', this.onClick);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.href) safeUrl(this.href, this); // warns about a script URL; the template goes to the default
    if (this.hasUpdated) this.native?.sync(exitThisPageTemplate(this.state));
    super.willUpdate(changed);
  }

  protected render() {
    const link = this.native!.node;
    if (this.builtInText) link.textContent = this.localize.t('text');
    return html`${link}<span class="polder-visually-hidden" aria-live="polite">${this.progress}</span>
      <div class="polder-exit-this-page__cover" .popover=${'manual'}></div>`;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }
}
