import { property } from 'lit/decorators.js';
import { FormControl } from '../form-control/form-control.js';
import { Localize } from '../localize/localize.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import choiceStyles from '../form-control/choice.styles.js';
import styles from './checkbox.styles.js';
import { checkboxInputTemplate, checkboxTemplate, type CheckboxState } from './checkbox.template.js';

const translations = {
  nl: { errorPrefix: 'Fout:', valueMissing: 'Vink dit aan om verder te gaan' },
  en: { errorPrefix: 'Error:', valueMissing: 'Select this to continue' },
};

/**
 * A single checkbox: a native `<input type="checkbox">` with its label, hint and error, rendered into the
 * element's light DOM so it submits, resets, validates and restores like any native checkbox, with or without
 * JavaScript. A native input already inside (`<input class="polder-checkbox__input">`, server-rendered or
 * hand-written) is adopted, never replaced: its checked state survives the upgrade.
 *
 * For a question with several options, put `polder-checkbox`es in a `polder-checkbox-group`.
 *
 * @summary Lets the user say yes to one thing, or choose any number of options in a group.
 * @status beta
 *
 * @attr {string} value - Submitted under `name` when checked (native default: `on`).
 * @attr {string} form - The id of the form the checkbox belongs to, when it is not inside it.
 *
 * @slot - The label, when there is no `label` attribute.
 * @slot label - Rich label content (a link to the terms, say).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-checkbox`, `.polder-checkbox--invalid`,
 *   `.polder-checkbox__input`, `.polder-checkbox__label`, `.polder-checkbox__hint`, `.polder-checkbox__error`.
 *
 * @cssprop --polder-checkbox-input-inline-size - Size of the box (at least 24px, the WCAG 2.5.8 target).
 * @cssprop --polder-checkbox-input-border-color - Border of the box.
 * @cssprop --polder-checkbox-input-checked-color - Colour of the check mark.
 *
 * @fires change - Native: the user checked or unchecked the box.
 * @fires input - Native.
 */
export class PolderCheckbox extends FormControl<HTMLInputElement> {
  static override styles = [visuallyHidden, styles, choiceStyles];
  static override nativeAttributes = ['value', 'form'];

  /** The initial state, like the native `checked` attribute: `form.reset()` goes back to it. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  private readonly localize = new Localize(this, 'checkbox', translations, () => this.strings);

  /** The current state, like a native checkbox's `checked` property. */
  get checked(): boolean {
    return this.control?.checked ?? this.defaultChecked;
  }

  set checked(value: boolean) {
    if (this.control) this.control.checked = value;
    else this.defaultChecked = value;
  }

  get validity(): ValidityState | undefined {
    return this.control?.validity;
  }

  checkValidity(): boolean {
    return this.control?.checkValidity() ?? true;
  }

  /** In a group, the group reports the error (once, through its fieldset) to `polder-error-summary`. */
  override get errorMessage(): string {
    return this.closest('polder-checkbox-group') ? '' : super.errorMessage;
  }

  /** What an error summary scrolls into view: the label, or in a group the group's legend. */
  override get labelElement(): HTMLElement | null {
    const group = this.closest('polder-checkbox-group');
    return group ? group.querySelector('legend') : this.querySelector('.polder-checkbox__label');
  }

  private get state(): CheckboxState {
    // In a group, name and form come from the group (attributes work before it upgrades).
    const group = this.closest('polder-checkbox-group');
    return {
      ...this.fieldState,
      name: group?.getAttribute('name') || this.name || undefined,
      value: this.attr('value'),
      form: group?.getAttribute('form') ?? this.attr('form'),
      checked: this.defaultChecked,
      required: this.required,
      disabled: this.disabled,
    };
  }

  protected controlTemplate() {
    return checkboxInputTemplate(this.state);
  }

  protected findControl() {
    return this.querySelector<HTMLInputElement>('input[type="checkbox"]');
  }

  protected override validationMessage(control: HTMLInputElement): string {
    // In a group the group shows one message for all its boxes.
    if (this.closest('polder-checkbox-group')) return '';
    if (!control.validity.valueMissing) return super.validationMessage(control);
    return this.localize.t('valueMissing');
  }

  protected override adopt(): void {
    const existing = this.findControl();
    const content = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    super.adopt();
    if (this.label || this.slotted.label) return;
    if (existing) {
      // Server-rendered or hand-written markup without a `label` attribute: keep its label and hint.
      const label = this.querySelector('.polder-checkbox__label, label');
      if (label) this.slotted.label = [...label.childNodes];
      const hint = this.querySelector('.polder-checkbox__hint');
      if (!this.hint && !this.slotted.hint && hint) this.slotted.hint = [...hint.childNodes];
    } else if (content.some((n) => n.textContent!.trim())) {
      // <polder-checkbox>Ik ga akkoord</polder-checkbox>: the content is the label.
      this.slotted.label = content;
    }
  }

  protected render() {
    return checkboxTemplate(this.state, this.native!.node);
  }

  override click(): void {
    this.control?.click();
  }
}
