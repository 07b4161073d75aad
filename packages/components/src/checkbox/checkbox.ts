import { conditionalNodes, inConditional } from '../form-control/field.js';
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
 * A follow-up question (`slot="conditional"` children, e.g. a `polder-text-field`) is shown directly under the
 * checkbox while it is checked and hidden otherwise (conditional reveal, as GOV.UK Frontend does): the input
 * gets `aria-controls` and `aria-expanded`. A hidden follow-up stays in the form (its fields still submit);
 * without JavaScript it is always shown.
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
 * @slot conditional - A follow-up question, shown under the checkbox while it is checked.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-checkbox`, `.polder-checkbox--invalid`,
 *   `.polder-checkbox__input`, `.polder-checkbox__label`, `.polder-checkbox__hint`, `.polder-checkbox__error`,
 *   `.polder-checkbox__conditional`, `.polder-checkbox__conditional--hidden`.
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
  /**
   * The initial state, like the native `checked` attribute: `form.reset()` goes back to it.
   * @attr checked
   * @default false
   */
  declare defaultChecked: boolean;

  private readonly localize = new Localize(this, 'checkbox', translations, () => this.strings);
  /** The follow-up question (conditional reveal), if any. */
  private conditional?: Node[];

  constructor() {
    super();
    this.addEventListener('change', this.reveal);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The browser restored the checked state (back navigation): the follow-up follows.
    window.addEventListener('pageshow', this.reveal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.reveal);
  }

  private reveal = (): void => {
    if (this.conditional) this.requestUpdate();
  };

  /** The current state, like a native checkbox's `checked` property. */
  get checked(): boolean {
    return this.control?.checked ?? this.defaultChecked;
  }

  set checked(value: boolean) {
    if (this.control) this.control.checked = value;
    else this.defaultChecked = value;
    this.reveal();
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
      conditional: this.conditional,
      expanded: this.conditional && this.native ? this.native.node.checked : undefined,
    };
  }

  protected controlTemplate() {
    return checkboxInputTemplate(this.state);
  }

  protected findControl() {
    const inputs = this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    return [...inputs].find((input) => !inConditional(input)) ?? null;
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
    this.conditional = conditionalNodes(this, 'polder-checkbox');
    super.adopt();
    // With the input in hand, its follow-up's state is known: aria-controls and aria-expanded.
    if (this.conditional) this.native!.sync(this.controlTemplate());
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

PolderCheckbox.attributeProperties({ defaultChecked: ['checked', false] });
