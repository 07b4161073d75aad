import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormElement } from '../form-element/form-element.js';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './radio-group.styles.js';
import { radioGroupTemplate, type RadioGroupState } from './radio-group.template.js';

const translations = {
  nl: { errorPrefix: 'Fout:', valueMissing: 'Kies een antwoord' },
  en: { errorPrefix: 'Error:', valueMissing: 'Select an answer' },
};

const ORIENTATIONS = ['vertical', 'inline'] as const;
let count = 0;

/**
 * A question with one answer: a native `<fieldset>` with a `<legend>` (from `label`), hint and error, around
 * `polder-radio` options. The group passes its `name`, `form` and `required` to every native radio inside, so
 * the browser does the rest: Tab moves into the checked (or first) option, the arrow keys move and check with
 * wrap-around, Space checks, the form submits the checked value, `form.reset()` restores the initial choice and
 * `<fieldset disabled>` disables it — with or without JavaScript.
 *
 * After a submit attempt without an answer (with `required`) it shows Polder's message instead of the
 * browser's bubble.
 *
 * @summary Lets the user choose exactly one option from a short list.
 * @status beta
 *
 * @slot - The `polder-radio` options.
 * @slot label - Rich legend content (e.g. a page heading: `<h1 slot="label">`).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-radio-group`,
 *   `.polder-radio-group--invalid`, `.polder-radio-group--inline`, `.polder-radio-group__legend`,
 *   `.polder-radio-group__hint`, `.polder-radio-group__error`, `.polder-radio-group__items`.
 *
 * @cssprop --polder-radio-group-option-input-inline-size - Size of the circle (at least 24px).
 * @cssprop --polder-radio-group-option-input-checked-color - Colour of the dot.
 * @cssprop --polder-radio-group-error-color - Colour of the error message.
 *
 * @fires change - Native, from the radio the user checked.
 */
export class PolderRadioGroup extends FormElement {
  static override styles = [visuallyHidden, styles];

  /** The question, rendered as the fieldset's `<legend>`. */
  @property() label = '';
  /** Help text below the legend; it describes the fieldset. */
  @property() hint = '';
  /** An error message (e.g. from the server). */
  @property() error = '';
  /** Passed to every native radio inside. */
  @property({ reflect: true }) name = '';
  /** An answer is needed: passed to the native radios, so the browser's constraint validation applies. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the whole group (the native fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The id of the form the radios belong to, when they are not inside it. */
  @property({ reflect: true }) form?: string;
  /** `vertical` (default) or `inline` (short options side by side, such as Ja / Nee). */
  @property({ reflect: true }) orientation: string = 'vertical';

  /** Per-instance overrides of built-in strings, e.g. `{ valueMissing: 'Kies of u een paspoort heeft' }`. */
  @property({ attribute: false }) strings: Partial<(typeof translations)['nl']> = {};

  /** Set by a failed submit attempt, until the group is answered or its form resets. */
  @state() private missing = false;

  private readonly localize = new Localize(this, 'radio-group', translations);
  private groupId = '';
  private items: Node[] = [];
  private parts: Partial<Record<'label' | 'hint' | 'error', Node[]>> = {};

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid, { capture: true });
    this.addEventListener('change', this.onChange);
  }

  /** Options added to the element later (by a script or a framework) move into the fieldset. */
  private readonly observer = new MutationObserver((records) => {
    const added = records
      .flatMap((r) => [...r.addedNodes])
      .filter((n) => n instanceof Element && n.parentNode === this && !this.isOwn(n));
    if (!added.length) return;
    this.items = [...this.items.filter((n) => n.isConnected), ...added];
    this.requestUpdate();
  });

  private isOwn(node: Node): boolean {
    return node instanceof Element && (node.localName === 'fieldset' || node.hasAttribute('slot'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('reset', this.onReset);
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('reset', this.onReset);
    this.observer.disconnect();
  }

  /** The native radios inside. */
  get controls(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  /** The native fieldset. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > fieldset');
  }

  /** Where focus goes from an error summary link or `focus()`: the checked radio, else the first. */
  get focusTarget(): HTMLInputElement | undefined {
    const enabled = this.controls.filter((c) => !c.disabled);
    return enabled.find((c) => c.checked) ?? enabled[0];
  }

  /** What an error summary scrolls into view. */
  get labelElement(): HTMLElement | null {
    return this.querySelector('legend');
  }

  /** The error shown now: Polder's message after a submit attempt, else the `error` attribute. */
  get errorMessage(): string {
    return this.validationError || this.error;
  }

  private get validationError(): string {
    this.localize.overrides = this.strings;
    return this.missing ? this.localize.t('valueMissing') : '';
  }

  /** The value of the checked radio, or '' when none is checked. */
  get value(): string {
    return this.controls.find((c) => c.checked)?.value ?? '';
  }

  set value(value: string) {
    for (const c of this.controls) c.checked = c.value === value;
  }

  checkValidity(): boolean {
    return this.controls.every((c) => c.checkValidity());
  }

  private onInvalid = (event: Event): void => {
    event.preventDefault();
    this.missing = true;
  };

  private onChange = (): void => {
    if (this.missing && this.controls.every((c) => c.validity.valid)) this.missing = false;
  };

  private onReset = (event: Event): void => {
    if (!this.controls.some((c) => c.form === event.target)) return;
    // The reset event comes before the values are reset: clear the message after it.
    setTimeout(() => (this.missing = false));
  };

  private get state(): RadioGroupState {
    return {
      id: this.groupId,
      label: this.parts.label ?? this.label,
      hint: this.parts.hint ?? this.hint,
      error: this.validationError || (this.parts.error ?? this.error),
      errorPrefix: this.localize.t('errorPrefix'),
      disabled: this.disabled,
      orientation: oneOf(this, 'orientation', this.orientation, ORIENTATIONS),
    };
  }

  protected adopt(): void {
    const slotted = (name: string) => {
      const nodes = [...this.querySelectorAll(`:scope > [slot="${name}"]`)];
      return nodes.length ? nodes : undefined;
    };
    this.parts = { label: slotted('label'), hint: slotted('hint'), error: slotted('error') };
    const fieldset = this.querySelector(':scope > fieldset');
    this.groupId = this.id
      ? `${this.id}-group`
      : `polder-radio-group-${Math.random().toString(36).slice(2, 7)}${++count}`;
    if (fieldset) {
      // Server-rendered or hand-written: keep the options and a legend given as content.
      const legend = fieldset.querySelector(':scope > legend');
      if (!this.label && !this.parts.label && legend) this.parts.label = [...legend.childNodes];
      const hint = fieldset.querySelector(':scope > .polder-radio-group__hint');
      if (!this.hint && !this.parts.hint && hint) this.parts.hint = [...hint.childNodes];
      const items = fieldset.querySelector(':scope > .polder-radio-group__items');
      this.items = items ? [...items.childNodes] : [...fieldset.querySelectorAll('polder-radio, .polder-radio')];
    } else {
      this.items = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The options read name, form, required and the invalid state from the group.
    for (const radio of this.querySelectorAll('polder-radio')) (radio as Partial<FormElement>).requestUpdate?.();
    for (const input of this.controls) {
      if (input.closest('polder-radio')) continue;
      // Plain native radios in the group get the same.
      if (this.name) input.name = this.name;
      input.required = this.required;
    }
  }

  protected render() {
    return radioGroupTemplate(this.state, this.items);
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }
}
