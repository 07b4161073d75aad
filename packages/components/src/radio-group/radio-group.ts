import { Localize } from '../localize/localize.js';
import { ChoiceGroup } from '../form-control/choice-group.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import { oneOf } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './radio-group.styles.js';
import { radioGroupTemplate } from './radio-group.template.js';

const translations = {
  nl: { valueMissing: 'Kies een antwoord' },
  en: { valueMissing: 'Select an answer' },
};

const ORIENTATIONS = ['vertical', 'inline'] as const;

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
 * @csspart - No shadow DOM: style it through the public classes `.polder-radio-group`, `.polder-radio-group--inline`
 *   and the shared fieldset's `.polder-fieldset`, `.polder-fieldset--invalid`, `.polder-fieldset__legend`,
 *   `.polder-fieldset__hint`, `.polder-fieldset__error`, `.polder-fieldset__items`.
 *
 * @cssprop --polder-radio-group-option-input-inline-size - Size of the circle (at least 24px).
 * @cssprop --polder-radio-group-option-input-checked-color - Colour of the dot.
 * @cssprop --polder-form-field-error-color - Colour of the error message (all fields).
 *
 * @fires change - Native, from the radio the user checked.
 */
export class PolderRadioGroup extends ChoiceGroup {
  static override styles = [visuallyHidden, fieldsetStyles, styles];
  /**
   * `vertical` (default) or `inline` (short options side by side, such as Ja / Nee).
   * @attr orientation
   * @default 'vertical'
   */
  declare orientation: string;

  protected readonly localize = new Localize(this, 'radio-group', translations, () => this.strings);
  protected readonly block = 'polder-radio-group';
  protected readonly optionTag = 'polder-radio';
  protected readonly inputType = 'radio';

  constructor() {
    super();
    this.addEventListener('keydown', this.onArrowKey);
  }

  /**
   * The arrow keys move to the next or previous option and check it, wrapping around at the ends (WAI-ARIA APG).
   * Chromium and Firefox do this natively; WebKit (Safari, WebKitGTK 2.50) stops at the ends and does not match
   * `:focus-visible` on a radio it moved to with an arrow key, so its focus ring would not show. The group moves
   * focus itself, in every engine, as the browser would (skipping disabled options; `input` and `change` events).
   */
  private onArrowKey = (event: KeyboardEvent): void => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const radio = event.target as HTMLInputElement;
    if (!step || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const options = this.controls.filter((c) => !c.disabled);
    const index = options.indexOf(radio);
    if (index < 0 || options.length < 2) return;
    // Right and left follow the reading direction, as the native keys do.
    const sideways = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const rtl = sideways && getComputedStyle(radio).direction === 'rtl';
    const next = options.at((index + (rtl ? -step : step)) % options.length)!;
    event.preventDefault();
    next.focus();
    if (next.checked) return;
    next.checked = true;
    next.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    next.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** The value of the checked radio, or '' when none is checked. */
  get value(): string {
    return this.controls.find((c) => c.checked)?.value ?? '';
  }

  set value(value: string) {
    for (const c of this.controls) c.checked = c.value === value;
    // The options show or hide their follow-up questions.
    this.requestUpdate();
  }

  protected syncPlainInput(input: HTMLInputElement): void {
    if (this.name) input.name = this.name;
    input.required = this.required;
  }

  protected render() {
    return radioGroupTemplate(
      { ...this.fieldsetState, orientation: oneOf(this, 'orientation', this.orientation, ORIENTATIONS) },
      this.items,
    );
  }
}

PolderRadioGroup.attributeProperties({ orientation: ORIENTATIONS[0] });
