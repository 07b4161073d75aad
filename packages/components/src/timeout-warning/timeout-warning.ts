import { LitElement, type PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './timeout-warning.styles.js';
import { timeoutWarningTemplate } from './timeout-warning.template.js';

type Vars = { minutes: number; seconds: number };

const translations = {
  nl: {
    heading: 'Uw sessie verloopt bijna',
    continue: 'Doorgaan',
    // `{time}` is the remaining time: "2 minuten", "1 minuut en 30 seconden", "45 seconden".
    remaining: 'Uw sessie verloopt over {time}. Kies Doorgaan om verder te gaan.',
    minutes: ({ minutes }: Vars, plural: Intl.PluralRules) =>
      `${minutes} ${plural.select(minutes) === 'one' ? 'minuut' : 'minuten'}`,
    seconds: ({ seconds }: Vars, plural: Intl.PluralRules) =>
      `${seconds} ${plural.select(seconds) === 'one' ? 'seconde' : 'seconden'}`,
    and: '{a} en {b}',
  },
  en: {
    heading: 'Your session is about to end',
    continue: 'Continue',
    remaining: 'Your session will end in {time}. Choose Continue to carry on.',
    minutes: ({ minutes }: Vars, plural: Intl.PluralRules) =>
      `${minutes} ${plural.select(minutes) === 'one' ? 'minute' : 'minutes'}`,
    seconds: ({ seconds }: Vars, plural: Intl.PluralRules) =>
      `${seconds} ${plural.select(seconds) === 'one' ? 'second' : 'seconds'}`,
    and: '{a} and {b}',
  },
};

/** The time source of the countdown. Tests give the element a fake one (`clock` property). */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node as HTMLElement | null;
}

/**
 * Warns the user before their session ends, in a modal dialog (the native `<dialog>`), and lets them continue.
 *
 * The clock starts when the element is connected (and again on `extend()` or a new `timeout`). `warning`
 * seconds before the end the dialog opens, focus moves to its heading, and the remaining time is announced
 * once — then once a minute, never every second (the visible countdown updates every second). "Doorgaan" (or
 * Escape) fires `polder-extend`, so the page can extend the session on the server, and restarts the clock. At
 * zero it fires `polder-timeout`; unless that is cancelled, it goes to `timeout-href`.
 *
 * @summary Warns before a session times out and lets the user continue.
 * @status beta
 *
 * @slot - More about what happens, e.g. "Wij bewaren uw antwoorden niet als uw sessie verloopt."
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The heading.
 * @fires polder-extend - The user chose to continue (bubbles, composed): extend the session on the server.
 * @fires polder-timeout - Time ran out (bubbles, composed, cancelable): cancel it to navigate yourself.
 * @cssprop --polder-timeout-warning-max-inline-size - Maximum width of the dialog.
 * @cssprop --polder-timeout-warning-backdrop-background-color - The layer over the page.
 */
export class PolderTimeoutWarning extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    timeout: { type: Number },
    warning: { type: Number },
    timeoutHref: { attribute: 'timeout-href' },
    heading: {},
    strings: { attribute: false },
    clock: { attribute: false },
    isOpen: { state: true, attribute: false },
    remaining: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Seconds until the session ends, counted from when the element connects (or `extend()`). */
  timeout = 0;

  /** Seconds before the end at which the warning opens (default 120). */
  warning = 120;

  /** Where to go when the time has run out, e.g. `/sessie-verlopen`. */
  timeoutHref?: string;

  /** The heading, instead of the built-in "Uw sessie verloopt bijna". */
  heading?: string;

  /** Per-instance overrides of built-in strings (`heading`, `continue`, `remaining`, …). */
  strings: Partial<Record<keyof (typeof translations)['nl'], string>> = {};

  /** The time source (for tests: a fake clock). Set it before the element connects, or call `extend()`. */
  clock: Clock = systemClock;

  private isOpen = false;

  private remaining = 0;
  private announcement = '';
  private readonly localize = new Localize(this, 'timeout-warning', translations, () => this.strings);
  private deadline = 0;
  private timer: unknown;
  private announcedMinute = 0;
  private opener: HTMLElement | null = null;

  /** Whether the warning is open. */
  get open(): boolean {
    return this.isOpen;
  }

  /** The native `<dialog>` inside. */
  get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.extend();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clock.clearTimeout(this.timer);
  }

  /** Restarts the clock with the full `timeout`, and closes the warning. */
  extend(): void {
    this.clock.clearTimeout(this.timer);
    this.isOpen = false;
    this.announcement = '';
    const seconds = Math.max(0, this.timeout || 0);
    if (!seconds) return;
    this.deadline = this.clock.now() + seconds * 1000;
    this.tick();
  }

  private tick = () => {
    const left = this.deadline - this.clock.now();
    const warning = Math.min(Math.max(0, this.warning ?? 120), this.timeout) * 1000;
    if (left <= 0) return this.expire();
    if (left > warning) {
      this.timer = this.clock.setTimeout(this.tick, left - warning);
      return;
    }
    this.remaining = Math.ceil(left / 1000);
    const minute = Math.ceil(this.remaining / 60);
    if (!this.isOpen) {
      this.isOpen = true;
      this.announcedMinute = minute;
      // Announced after the dialog is shown, so its live region exists first.
      void this.updateComplete.then(() => requestAnimationFrame(() => this.announce()));
    } else if (minute < this.announcedMinute && this.remaining >= 60) {
      this.announcedMinute = minute;
      this.announce();
    }
    this.timer = this.clock.setTimeout(this.tick, left % 1000 || 1000);
  };

  private announce(): void {
    // Whole minutes when there are any ("2 minuten"), never a ticking number of seconds.
    const minutes = Math.round(this.remaining / 60);
    this.announcement = this.localize.t('remaining', {
      time: minutes ? this.localize.t('minutes', { minutes }) : this.localize.t('seconds', { seconds: this.remaining }),
    });
  }

  private expire(): void {
    this.remaining = 0;
    const event = new CustomEvent('polder-timeout', { bubbles: true, composed: true, cancelable: true });
    const href = safeUrl(this.timeoutHref, this, 'timeout-href');
    if (this.dispatchEvent(event) && href !== undefined) window.location.assign(href);
  }

  private readonly onContinue = () => {
    this.dispatchEvent(new CustomEvent('polder-extend', { bubbles: true, composed: true }));
    this.extend();
  };

  private readonly onCancel = (event: Event) => {
    // Escape is an answer too: the user is here, so the session goes on.
    event.preventDefault();
    this.onContinue();
  };

  private readonly onClose = () => {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (typeof window === 'undefined') return;
    if (!this.timeout) devWarn(this, 'needs a timeout (seconds until the session ends).');
    if (this.timeoutHref == null) devWarn(this, 'needs a timeout-href (where to go when time runs out).');
    if ((changed.has('timeout') || changed.has('warning')) && this.hasUpdated) this.extend();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.dialog!;
    if (this.isOpen && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('.polder-timeout-warning__heading')!.focus();
    } else if (!this.isOpen && dialog.open) dialog.close();
  }

  private time(seconds: number): string {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    const minutes = this.localize.t('minutes', { minutes: m });
    const secs = this.localize.t('seconds', { seconds: s });
    return !m ? secs : !s ? minutes : this.localize.t('and', { a: minutes, b: secs });
  }

  protected override render() {
    return timeoutWarningTemplate({
      heading: this.heading || this.localize.t('heading'),
      countdown: this.localize.t('remaining', { time: this.time(this.remaining) }),
      announcement: this.announcement,
      continueLabel: this.localize.t('continue'),
      onContinue: this.onContinue,
      onCancel: this.onCancel,
      onClose: this.onClose,
    });
  }
}
