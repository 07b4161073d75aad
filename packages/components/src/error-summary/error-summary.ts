import { html, nothing } from 'lit';
import type { ErrorSummaryTarget } from '../form-control/field.js';
import { AdoptingElement } from '../light-element/adopting-element.js';
import { Localize } from '../localize/localize.js';
import { fragmentTarget } from '../url/safe-url.js';
import styles from './error-summary.styles.js';
import { errorSummaryTemplate } from './error-summary.template.js';

const translations = {
  nl: { heading: 'Er is een probleem' },
  en: { heading: 'There is a problem' },
};

/** A field that reports its error: the error summary contract (see form-control/README.md). */
type Reporting = HTMLElement & ErrorSummaryTarget;

type Control = HTMLElement & { validity?: ValidityState; willValidate?: boolean; validationMessage?: string };

const reporting = (node: Element | null): node is Reporting => !!node && 'errorMessage' in node;

/** The Polder control an element belongs to: itself, or its nearest ancestor that reports errors. */
function ownerOf(node: Element): Reporting | undefined {
  for (let n: Element | null = node; n; n = n.parentElement) if (reporting(n)) return n;
  return undefined;
}

/**
 * The error summary (GOV.UK pattern). Put it at the top of the page, before the form, with `for` set to the form's
 * id. After a submit attempt it lists every field with an error — Polder controls and plain native controls,
 * each once — takes focus, and each link moves focus to its field (into the native control) and scrolls the
 * field's label or legend into view.
 *
 * Errors found by the server come as `<a href="#id">message</a>` children (or the server-rendered markup); the
 * summary then shows and takes focus when the page loads. A link to a `polder-*` element's id or to its native
 * control's id moves focus into the native control (`focusTarget`). Light DOM: the links are real links in the
 * page, server-renderable and working without JavaScript, and no id reference crosses a shadow root.
 *
 * @summary Lists the errors in a form after a submit attempt, with links to the fields.
 * @status beta
 *
 * @slot - Server-side errors: `<a href="#id">message</a>` elements (or `<ul><li><a>`).
 *
 * @csspart - No shadow DOM: style the public classes `.polder-error-summary`, `__title`, `__list`.
 *
 * @cssprop --polder-error-summary-border-color - The border.
 * @cssprop --polder-error-summary-link-color - The links.
 */
export class PolderErrorSummary extends AdoptingElement {
  static override styles = [styles];
  static override properties = {
    htmlFor: { attribute: 'for' },
    heading: {},
    strings: { attribute: false },
    found: { state: true, attribute: false },
  };

  /** The id of the form to summarise. Without it: the form the summary is in. */
  htmlFor = '';
  /** The heading. Default "Er is een probleem" / "There is a problem". */
  heading = '';
  /** Per-instance overrides of built-in strings, e.g. `{ heading: 'Controleer uw antwoorden' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  /** Links from the server; replaced by the summary's own list after the first submit attempt. */
  private serverLinks: HTMLAnchorElement[] = [];
  private found?: { control: Control; owner?: Reporting }[];
  private readonly localize = new Localize(this, 'error-summary', translations, () => this.strings);
  private scheduled = false;
  private root?: Document | ShadowRoot;

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The root node, not the document: invalid and submit events are not composed.
    this.root = this.getRootNode() as Document | ShadowRoot;
    this.root.addEventListener('invalid', this.onInvalid, true);
    this.root.addEventListener('submit', this.onSubmit, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.root?.removeEventListener('invalid', this.onInvalid, true);
    this.root?.removeEventListener('submit', this.onSubmit, true);
  }

  /** The form this summary reports on. */
  get formElement(): HTMLFormElement | null {
    const form = this.htmlFor ? (this.root ?? document).getElementById(this.htmlFor) : this.closest('form');
    return form instanceof HTMLFormElement ? form : null;
  }

  /** The number of errors listed. */
  get count(): number {
    return this.found?.length ?? this.serverLinks.length;
  }

  protected adopt(): void {
    this.serverLinks = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  }

  protected override firstUpdated(): void {
    // Errors from the server: show them at once (GOV.UK focuses the summary when the page loads).
    if (this.serverLinks.length) this.focusSummary();
  }

  private onInvalid = (event: Event): void => {
    const control = event.target as Control;
    if (!('form' in control) || (control.form as HTMLFormElement | null) !== this.formElement) return;
    // Every invalid control fires its own event during one validation: collect once, after the last.
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.collect();
    });
  };

  private onSubmit = (event: Event): void => {
    if (event.target === this.formElement && this.found) this.collect(false);
  };

  /** Lists every field of the form with an error, each Polder control once, in document order. */
  private collect(focus = true): void {
    const form = this.formElement;
    if (!form) return;
    const found: { control: Control; owner?: Reporting }[] = [];
    const owners = new Set<Reporting>();
    for (const control of form.elements as unknown as Iterable<Control>) {
      const owner = ownerOf(control);
      if (owner) {
        if (owners.has(owner) || !owner.errorMessage) continue;
        owners.add(owner);
        found.push({ control, owner });
      } else if (control.willValidate && control.validity && !control.validity.valid) {
        found.push({ control });
      }
    }
    this.found = found;
    if (focus && found.length) this.focusSummary();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('.polder-error-summary')?.focus();
  }

  private onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#') || !this.contains(link)) return;
    const root = this.root ?? document;
    const target = fragmentTarget(href, [root], this);
    if (!target) return;
    const owner = ownerOf(target);
    // A link to the element goes to where it wants focus; a link to one of its native controls, to that control.
    const focus = owner === target || !('form' in target) ? (owner?.focusTarget ?? target) : target;
    const label =
      owner?.labelElement ??
      target.closest('fieldset')?.querySelector('legend') ??
      (target.id ? root.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null);
    event.preventDefault();
    (label ?? focus).scrollIntoView({ block: 'start' });
    focus.focus({ preventScroll: true });
  };

  protected render() {
    const items = this.found
      ? this.found.map(({ control, owner }) => {
          const target = owner?.focusTarget ?? control;
          const text = owner?.errorMessage || control.validationMessage || '';
          return html`<li><a href=${`#${target.id || owner?.id || control.id}`}>${text}</a></li>`;
        })
      : this.serverLinks.map((a) => html`<li>${a}</li>`);
    if (!items.length) return nothing;
    return errorSummaryTemplate({ heading: this.heading || this.localize.t('heading'), errors: [] }, items);
  }
}
