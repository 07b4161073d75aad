import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FormElement } from '../form-element/form-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { fieldId, slottedNodes } from '../form-control/field.js';
import choiceStyles from '../form-control/choice.styles.js';
import styles from './radio-group.styles.js';
import { radioInputTemplate, radioTemplate, type RadioState } from './radio-group.template.js';

/**
 * One option of a `polder-radio-group`: a native `<input type="radio">` with its label and optional hint, in
 * the element's light DOM. The group gives it its `name`, `form` and `required`, so the browser's own radio
 * group behaviour applies: Tab enters at the checked (or first) option, arrow keys move and check, the form
 * submits the checked value. A native input already inside is adopted, never replaced.
 *
 * @summary One option in a radio group.
 * @status beta
 *
 * @slot - The label, when there is no `label` attribute.
 * @slot label - Rich label content.
 * @slot hint - Rich hint content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-radio`, `.polder-radio__input`,
 *   `.polder-radio__label`, `.polder-radio__hint`.
 *
 * @fires change - Native: the user checked this option.
 */
export class PolderRadio extends FormElement {
  static override styles = [styles, choiceStyles];

  /** The label text. Rich content goes in `slot="label"` or directly inside the element. */
  @property() label = '';
  /** Help text below the label. */
  @property() hint = '';
  /** Submitted under the group's name when this option is checked. */
  @property({ reflect: true }) value?: string;
  /** The initial state, like the native `checked` attribute: `form.reset()` goes back to it. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  private native?: NativeControl<HTMLInputElement>;
  private inputId = '';
  private parts: Partial<Record<'label' | 'hint', Node[]>> = {};

  /** The native `<input type="radio">` inside. */
  get control(): HTMLInputElement | undefined {
    return this.native?.node;
  }

  /** The current state, like a native radio's `checked` property. */
  get checked(): boolean {
    return this.control?.checked ?? this.defaultChecked;
  }

  set checked(value: boolean) {
    if (this.control) this.control.checked = value;
    else this.defaultChecked = value;
  }

  private get state(): RadioState {
    // Name, form, required and the invalid state come from the group (attributes work before it upgrades).
    const group = this.closest('polder-radio-group');
    const fromGroup = (name: string) => group?.getAttribute(name) ?? this.getAttribute(name) ?? undefined;
    return {
      id: this.inputId,
      label: this.parts.label ?? this.label,
      hint: this.parts.hint ?? this.hint,
      name: fromGroup('name'),
      form: fromGroup('form'),
      value: this.value,
      checked: this.defaultChecked,
      disabled: this.disabled,
      required: group ? group.hasAttribute('required') : this.hasAttribute('required'),
      invalid: !!group?.querySelector(':scope > fieldset.polder-fieldset--invalid'),
    };
  }

  protected adopt(): void {
    const existing = this.querySelector<HTMLInputElement>('input[type="radio"]');
    this.inputId = fieldId(this, 'radio', existing?.id);
    this.parts = { label: slottedNodes(this, 'label'), hint: slottedNodes(this, 'hint') };
    if (existing) {
      const label = this.querySelector('label');
      if (!this.label && !this.parts.label && label) this.parts.label = [...label.childNodes];
      const hint = this.querySelector('.polder-radio__hint');
      if (!this.hint && !this.parts.hint && hint) this.parts.hint = [...hint.childNodes];
    } else if (!this.label && !this.parts.label) {
      const content = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
      if (content.some((n) => n.textContent!.trim())) this.parts.label = content;
    }
    this.native = new NativeControl(existing, radioInputTemplate(this.state));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated) this.native?.sync(radioInputTemplate(this.state));
    super.willUpdate(changed);
  }

  protected render() {
    return radioTemplate(this.state, this.native!.node);
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override click(): void {
    this.control?.click();
  }
}
