import type { PropertyValues, TemplateResult } from 'lit';
import { NativeControl } from '../form-element/native-control.js';
import { Field, fieldId, type NativeField } from './field.js';

export { validationStrings } from './field.js';

/**
 * A field with one native control (text field, textarea, select, checkbox, file upload, and new fields such as a
 * combobox), on the field foundation (`Field`: label, hint, error, strings, submit attempt, reset, error
 * summary). It adds:
 * - the native control, adopted from markup that is already there or created, and kept (`NativeControl`), with
 *   a stable id (adopted, `<host id>-control`, or generated) and the `aria-describedby` and `aria-invalid`
 *   wiring (through `fieldState` and the helpers in `field.template.ts`);
 * - the native attributes listed in `static nativeAttributes`, read with `attr()` for the template;
 * - `value` (the live value) and Polder's message for the control's validity (`validationMessage`).
 */
export abstract class FormControl<E extends NativeField = NativeField> extends Field {
  /** Attributes that are passed to the native control (read them with `attr()` in `state`). */
  static override nativeAttributes: string[] = ['value', 'form', 'autocomplete'];

  protected native?: NativeControl<E>;
  private pending?: string;

  /** The native control inside. */
  get control(): E | undefined {
    return this.native?.node;
  }

  /** Where focus goes from an error summary link or `focus()`: the native control. */
  get focusTarget(): HTMLElement | undefined {
    return this.control;
  }

  /** What an error summary scrolls into view: the label. */
  get labelElement(): HTMLElement | null {
    return this.querySelector('.polder-form-field__label, legend');
  }

  /** The live value of the native control (the `value` attribute is its initial value, as on `<input>`). */
  get value(): string {
    return this.control?.value ?? this.getAttribute('value') ?? '';
  }
  set value(v: string) {
    if (this.control) this.control.value = v;
    else this.pending = v;
  }

  /**
   * The state every one-control template starts from: the field's label, hint and error (`fieldState`) with
   * `name`, `required`, `disabled` and the native `autocomplete` and `form`.
   */
  protected get controlState() {
    return {
      ...this.fieldState,
      name: this.name,
      required: this.required,
      disabled: this.disabled,
      autocomplete: this.attr('autocomplete'),
      form: this.attr('form'),
    };
  }

  protected get nativeControls(): NativeField[] {
    return this.control ? [this.control] : [];
  }

  protected currentError(): string {
    return this.control ? this.validationMessage(this.control) : '';
  }

  /** The native control's template (the element syncs its attributes from it). */
  protected abstract controlTemplate(): TemplateResult;

  /** Finds a native control in adopted markup. */
  protected abstract findControl(): E | null;

  protected override adopt(): void {
    super.adopt();
    const existing = this.findControl();
    this.baseId = fieldId(this, 'control', existing?.id);
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
    const vars = {
      ...this.labelVars,
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
}
