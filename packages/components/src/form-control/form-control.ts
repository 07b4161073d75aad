import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FormElement } from '../form-element/form-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize, type Message } from '../localize/localize.js';
import type { FieldState } from './field.template.js';

type Vars = { name: string; Name: string; min: string; max: string };
const between = (n: string, one: string, other: string) => (v: Vars, p: Intl.PluralRules) =>
  p.select(Number(v[n as keyof Vars])) === 'one' ? one : other;

/** Polder's own validation messages (GOV.UK wording). `{name}` is the label, starting lower case. */
export const validationStrings = {
  nl: {
    errorPrefix: 'Fout:',
    valueMissing: 'Vul uw {name} in',
    selectMissing: 'Kies uw {name}',
    typeMismatch: 'Vul {name} in het juiste formaat in',
    email: 'Vul een e-mailadres in het juiste formaat in, zoals naam@voorbeeld.nl',
    url: 'Vul een webadres in het juiste formaat in, zoals https://www.voorbeeld.nl',
    badInput: '{Name} moet een getal zijn',
    tooShort: between(
      'min',
      '{Name} moet minstens {min} teken lang zijn',
      '{Name} moet minstens {min} tekens lang zijn',
    ),
    tooLong: between('max', '{Name} mag maximaal {max} teken lang zijn', '{Name} mag maximaal {max} tekens lang zijn'),
    patternMismatch: 'Vul {name} in het juiste formaat in',
    rangeUnderflow: '{Name} moet {min} of meer zijn',
    rangeOverflow: '{Name} moet {max} of minder zijn',
    stepMismatch: 'Vul een geldige waarde in voor {name}',
  } as Record<string, Message<Vars>>,
  en: {
    errorPrefix: 'Error:',
    valueMissing: 'Enter your {name}',
    selectMissing: 'Select your {name}',
    typeMismatch: 'Enter {name} in the correct format',
    email: 'Enter an email address in the correct format, like name@example.com',
    url: 'Enter a web address in the correct format, like https://www.example.com',
    badInput: '{Name} must be a number',
    tooShort: between('min', '{Name} must be {min} character or more', '{Name} must be {min} characters or more'),
    tooLong: between('max', '{Name} must be {max} character or fewer', '{Name} must be {max} characters or fewer'),
    patternMismatch: 'Enter {name} in the correct format',
    rangeUnderflow: '{Name} must be {min} or more',
    rangeOverflow: '{Name} must be {max} or less',
    stepMismatch: 'Enter a valid {name}',
  } as Record<string, Message<Vars>>,
};

type Native = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
let counter = 0;

/**
 * Base of Polder's form controls (text field, textarea, select, and the checkbox, radio, date and file
 * controls built on it). Light DOM, native controls only. It gives a control:
 * - `label`, `hint`, `error` attributes, or `slot="label" | "hint" | "error"` children moved into place;
 * - a stable control id (adopted, `<host id>-control`, or generated) and the `aria-describedby` and
 *   `aria-invalid` wiring (through `fieldState` and the helpers in `field.template.ts`);
 * - the native attributes listed in `static nativeAttributes`, read with `attr()` for the template;
 * - Polder's localised validation message after a submit attempt (the browser's bubble is suppressed),
 *   updated on input after that, and cleared when the form resets;
 * - the error summary protocol: `errorMessage`, `focusTarget`, `labelElement`.
 */
export abstract class FormControl<E extends Native = Native> extends FormElement {
  /** Attributes that are passed to the native control (read them with `attr()` in `state`). */
  static nativeAttributes: string[] = ['value', 'form', 'autocomplete'];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...this.nativeAttributes];
  }

  /** The label. Use `slot="label"` children for rich content. */
  @property() label = '';
  /** Help text under the label, read after the label. Use `slot="hint"` children for rich content. */
  @property() hint = '';
  /** An error message (e.g. from the server). Shown with the control marked invalid. */
  @property() error = '';
  /** Submitted with the form as `name=value`. */
  @property({ reflect: true }) name = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Per-instance overrides of built-in strings, e.g. `{ valueMissing: 'Vul uw e-mailadres in' }`. */
  @property({ attribute: false }) strings: Record<string, Message<never>> = {};

  protected native?: NativeControl<E>;
  protected readonly messages = new Localize(this, 'form-control', validationStrings, () => this.strings);
  protected slotted: Partial<Record<'label' | 'hint' | 'error', Node[]>> = {};
  private controlId = '';
  private attempted = false;
  /** The root node (document or shadow root) the element is connected to. */
  protected root?: Node;

  /** Polder's validation message, once a submit attempt was made (computed now, so it follows `lang`). */
  private get clientError(): string {
    return this.attempted && this.control ? this.validationMessage(this.control) : '';
  }

  /** The native control inside. */
  get control(): E | undefined {
    return this.native?.node;
  }

  /** Where focus goes from an error summary link or `focus()`. Groups override it (their first input). */
  get focusTarget(): HTMLElement | undefined {
    return this.control;
  }

  /** What an error summary scrolls into view: the label (a group: its legend). */
  get labelElement(): HTMLElement | null {
    return this.querySelector('.polder-form-field__label, legend');
  }

  /** The error shown now: Polder's validation message after a submit attempt, else the `error` attribute. */
  get errorMessage(): string {
    return this.clientError || this.error;
  }

  /** The live value of the native control (the `value` attribute is its initial value, as on `<input>`). */
  get value(): string {
    return this.control?.value ?? this.getAttribute('value') ?? '';
  }
  set value(v: string) {
    if (this.control) this.control.value = v;
    else this.pending = v;
  }
  private pending?: string;

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid, true);
    this.addEventListener('input', this.revalidate);
    this.addEventListener('change', this.revalidate);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The root node, not the document: a form in a shadow root fires its (not composed) reset event there.
    (this.root = this.getRootNode()).addEventListener('reset', this.onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.root?.removeEventListener('reset', this.onReset);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) this.requestUpdate();
  }

  /** A native attribute as the template wants it: the string, or `undefined` when absent. */
  protected attr<T extends string = string>(name: string): T | undefined {
    return (this.getAttribute(name) ?? undefined) as T | undefined;
  }

  /** A numeric native attribute (`minlength`, `maxlength`, `step`), or `undefined` when absent or not a number. */
  protected num(name: string): number | undefined {
    const n = parseFloat(this.getAttribute(name) ?? '');
    return Number.isNaN(n) ? undefined : n;
  }

  /** The native control's template (the element syncs its attributes from it). */
  protected abstract controlTemplate(): TemplateResult;

  /** Finds a native control in adopted markup. */
  protected abstract findControl(): E | null;

  /** Label, hint, error and ids for `fieldTemplate`. */
  protected get fieldState(): FieldState {
    return {
      id: this.controlId,
      label: this.slotted.label ?? this.label,
      hint: this.slotted.hint ?? this.hint,
      error: this.clientError || (this.slotted.error ?? this.error),
      errorPrefix: this.messages.t('errorPrefix'),
    };
  }

  protected adopt(): void {
    for (const slot of ['label', 'hint', 'error'] as const) {
      const nodes = [...this.querySelectorAll(`[slot="${slot}"]`)].filter(
        (n) => !n.closest('.polder-form-field__label, .polder-form-field__hint, .polder-form-field__error'),
      );
      if (nodes.length) this.slotted[slot] = nodes;
    }
    const existing = this.findControl();
    this.controlId = existing?.id || (this.id ? `${this.id}-control` : `polder-control-${++counter}`);
    this.native = new NativeControl(existing, this.controlTemplate());
    if (this.pending !== undefined) this.native.node.value = this.pending;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated) this.native?.sync(this.controlTemplate());
    super.willUpdate(changed);
  }

  /** Polder's message for the control's current validity, or '' when it is valid. */
  protected validationMessage(control: E): string {
    const v = control.validity;
    if (v.valid) return '';
    if (v.customError) return control.validationMessage;
    const label = (this.labelElement?.textContent ?? this.label).trim();
    // "Uw e-mailadres" / "Your email address": the messages say "uw" / "your" themselves.
    const name = label.replace(/^(uw|your)\s+/i, '');
    const vars = {
      name: name.charAt(0).toLocaleLowerCase() + name.slice(1),
      Name: label,
      min: this.attr('min') ?? this.attr('minlength') ?? '',
      max: this.attr('max') ?? this.attr('maxlength') ?? '',
    };
    const type = control.type;
    const key = v.valueMissing
      ? control instanceof HTMLSelectElement
        ? 'selectMissing'
        : 'valueMissing'
      : v.typeMismatch && (type === 'email' || type === 'url')
        ? type
        : ([
            'badInput',
            'typeMismatch',
            'tooShort',
            'tooLong',
            'patternMismatch',
            'rangeUnderflow',
            'rangeOverflow',
          ].find((k) => v[k as keyof ValidityState]) ?? 'stepMismatch');
    return this.messages.t(key, vars);
  }

  private onInvalid = (event: Event): void => {
    if (event.target !== this.control) return;
    event.preventDefault();
    this.attempted = true;
    this.requestUpdate();
  };

  private revalidate = (): void => {
    if (this.attempted) this.requestUpdate();
  };

  private onReset = (event: Event): void => {
    if (!this.control || event.target !== this.control.form) return;
    // The reset event comes before the values are reset: update after it.
    setTimeout(() => {
      this.attempted = false;
      this.formReset();
      this.requestUpdate();
    });
  };

  /** Runs after the owning form was reset (values are back to their defaults). */
  protected formReset(): void {}

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }
}
