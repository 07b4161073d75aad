import type { PropertyValues } from 'lit';
import { FormElement } from '../form-element/form-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { conditionalNodes, fieldId, inConditional, slottedNodes } from '../form-control/field.js';
import choiceStyles from '../form-control/choice.styles.js';
import styles from './radio-group.styles.js';
import { radioInputTemplate, radioTemplate, type RadioState } from './radio-group.template.js';

/**
 * One option of a `polder-radio-group`: a native `<input type="radio">` with its label and optional hint, in
 * the element's light DOM. The group gives it its `name`, `form` and `required`, so the browser's own radio
 * group behaviour applies: Tab enters at the checked (or first) option, arrow keys move and check, the form
 * submits the checked value. A native input already inside is adopted, never replaced.
 *
 * A follow-up question (`slot="conditional"` children, e.g. a `polder-text-field`) is shown directly under the
 * option while it is checked and hidden otherwise (conditional reveal, as GOV.UK Frontend does): the input gets
 * `aria-controls` and `aria-expanded`. A hidden follow-up stays in the form (its fields still submit); without
 * JavaScript it is always shown.
 *
 * @summary One option in a radio group.
 * @status beta
 *
 * @slot - The label, when there is no `label` attribute.
 * @slot label - Rich label content.
 * @slot hint - Rich hint content.
 * @slot conditional - A follow-up question, shown under the option while it is checked.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-radio`, `.polder-radio__input`,
 *   `.polder-radio__label`, `.polder-radio__hint`, `.polder-radio__conditional`,
 *   `.polder-radio__conditional--hidden`.
 *
 * @fires change - Native: the user checked this option.
 */
export class PolderRadio extends FormElement {
  static override styles = [styles, choiceStyles];
  /**
   * The label text. Rich content goes in `slot="label"` or directly inside the element.
   * @attr label
   */
  declare label: string;
  /**
   * Help text below the label.
   * @attr hint
   */
  declare hint: string;
  /**
   * Submitted under the group's name when this option is checked.
   * @attr value
   */
  declare value?: string;
  /**
   * The initial state, like the native `checked` attribute: `form.reset()` goes back to it.
   * @attr checked
   * @default false
   */
  declare defaultChecked: boolean;
  /**
   * @attr disabled
   * @default false
   */
  declare disabled: boolean;

  private native?: NativeControl<HTMLInputElement>;
  private inputId = '';
  private parts: Partial<Record<'label' | 'hint' | 'conditional', Node[]>> = {};
  private root?: Node;

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
    // Checking one radio unchecks the others without an event: their follow-ups follow.
    if (value) this.revealOthers();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A radio is unchecked without an event of its own (another one is checked): listen on the root node, as
    // its form's (not composed) reset event is fired there too. `pageshow`: the browser restored the state.
    this.root = this.getRootNode();
    for (const type of ['change', 'reset']) this.root.addEventListener(type, this.reveal);
    window.addEventListener('pageshow', this.reveal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['change', 'reset']) this.root?.removeEventListener(type, this.reveal);
    window.removeEventListener('pageshow', this.reveal);
  }

  /** Shows or hides the follow-up question after the checked state may have changed (after a reset's values). */
  private reveal = (event?: Event): void => {
    if (!this.parts.conditional) return;
    if (event?.type === 'reset') setTimeout(() => this.requestUpdate());
    else this.requestUpdate();
  };

  private revealOthers(): void {
    const root = this.getRootNode() as ParentNode;
    for (const radio of root.querySelectorAll<PolderRadio>(this.localName)) radio.reveal();
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
      conditional: this.parts.conditional,
      expanded: this.parts.conditional && this.native ? this.native.node.checked : undefined,
    };
  }

  protected adopt(): void {
    const existing = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (input) => !inConditional(input),
    );
    this.inputId = fieldId(this, 'radio', existing?.id);
    this.parts = {
      label: slottedNodes(this, 'label'),
      hint: slottedNodes(this, 'hint'),
      conditional: conditionalNodes(this, 'polder-radio'),
    };
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
    // With the input in hand, its follow-up's state is known: aria-controls and aria-expanded.
    if (this.parts.conditional) this.native.sync(radioInputTemplate(this.state));
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

PolderRadio.attributeProperties({
  label: '',
  hint: '',
  value: undefined,
  defaultChecked: ['checked', false],
  disabled: false,
});
