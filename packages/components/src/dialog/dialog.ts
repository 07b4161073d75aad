import { LitElement, type PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import styles from './dialog.styles.js';
import { dialogTemplate } from './dialog.template.js';

const translations = {
  nl: { close: 'Sluiten' },
  en: { close: 'Close' },
};

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node as HTMLElement | null;
}

/**
 * A modal dialog built on the native `<dialog>`: `showModal()` makes the rest of the page inert, keeps Tab
 * inside the dialog and closes it on Escape. Focus moves to the element with `autofocus` inside, else to the
 * heading; on closing it returns to the element that opened the dialog, or — when that is gone — to the page's
 * main heading.
 *
 * A `<form method="dialog">` inside closes it with the submit button's `value` as return value.
 * The dialog needs JavaScript: without it, link to a page with the same content instead.
 *
 * @summary A modal dialog for a short task or a confirmation.
 * @status beta
 *
 * @slot - The content.
 * @slot heading - Rich heading text (instead of the `heading` attribute).
 * @slot footer - The actions, e.g. buttons.
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The heading.
 * @csspart close - The close button.
 * @csspart body - The content box.
 * @csspart footer - The actions box.
 * @fires close - After it closed (composed); `detail.returnValue` and the `returnValue` property hold the return value.
 * @cssprop --polder-dialog-max-inline-size - Maximum width.
 * @cssprop --polder-dialog-backdrop-background-color - The layer over the page.
 */
export class PolderDialog extends LitElement {
  static override styles = styles;
  static override properties = {
    open: { type: Boolean, reflect: true },
    heading: {},
    strings: { attribute: false },
    hasFooter: { state: true, attribute: false },
  };

  /** Whether the dialog is open (always modal). Setting it opens or closes it. */
  open = false;

  /** The heading, which also names the dialog. */
  heading?: string;

  /** Per-instance overrides of built-in strings (`close`). */
  strings: Partial<(typeof translations)['nl']> = {};

  private hasFooter = false;
  private readonly localize = new Localize(this, 'dialog', translations, () => this.strings);
  private opener: HTMLElement | null = null;
  private nextReturnValue?: string;

  constructor() {
    super();
    // A <form method="dialog"> in the light DOM has no <dialog> ancestor: close this one instead.
    this.addEventListener('submit', (event) => {
      const form = event.target as HTMLFormElement;
      if (form.method !== 'dialog') return;
      event.preventDefault();
      this.close((event as SubmitEvent).submitter?.getAttribute('value') ?? '');
    });
  }

  /** The native `<dialog>` inside. */
  get dialog(): HTMLDialogElement | null {
    return this.shadowRoot?.querySelector('dialog') ?? null;
  }

  /** The value `close(value)` was called with, as on a native dialog. */
  get returnValue(): string {
    return this.dialog?.returnValue ?? '';
  }

  /** Opens the dialog, modal. */
  async showModal(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog with an optional return value. */
  async close(returnValue?: string): Promise<void> {
    this.nextReturnValue = returnValue;
    this.open = false;
    await this.updateComplete;
  }

  private readonly onClose = () => {
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    if (!opener?.isConnected || deepActiveElement() !== opener) {
      // The opener is gone (or cannot take focus): the page's main heading, else its main landmark.
      const fallback = ['main h1', 'h1', 'main, [role="main"]']
        .map((selector) => document.querySelector<HTMLElement>(selector))
        .find(Boolean);
      if (fallback) {
        if (fallback.tabIndex < 0 && !fallback.hasAttribute('tabindex')) {
          fallback.tabIndex = -1;
          fallback.addEventListener('blur', () => fallback.removeAttribute('tabindex'), { once: true });
        }
        fallback.focus();
      }
    }
    this.dispatchEvent(new CustomEvent('close', { composed: true, detail: { returnValue: this.returnValue } }));
  };

  private readonly onCloseClick = () => this.close();

  private readonly onFooterChange = (event: Event) => {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog!;
    if (this.open && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.returnValue = '';
      dialog.showModal();
      const first = this.querySelector<HTMLElement>('[autofocus]');
      (first ?? this.renderRoot.querySelector<HTMLElement>('.polder-dialog__heading')!).focus();
    } else if (!this.open && dialog.open) {
      dialog.close(this.nextReturnValue);
    }
    this.nextReturnValue = undefined;
  }

  protected override render() {
    return dialogTemplate({
      heading: this.heading,
      closeLabel: this.localize.t('close'),
      onClose: this.onClose,
      onCloseClick: this.onCloseClick,
      hasFooter: this.hasFooter,
      onFooterChange: this.onFooterChange,
    });
  }
}
