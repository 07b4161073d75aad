import { Localize } from '../localize/localize.js';
import { ChoiceGroup } from '../form-control/choice-group.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './checkbox-group.styles.js';
import { checkboxGroupTemplate } from './checkbox-group.template.js';

const translations = {
  nl: { valueMissing: 'Kies ten minste één antwoord' },
  en: { valueMissing: 'Select at least one answer' },
};

/**
 * A question with any number of answers: a native `<fieldset>` with a `<legend>` (from `label`), hint and
 * error, around `polder-checkbox` options. The group passes its `name` and `form` to every native checkbox
 * inside, so the form submits one `name=value` entry per checked box, `form.reset()` restores the initial
 * state and `<fieldset disabled>` disables it — with or without JavaScript.
 *
 * With `required`, at least one box must be checked: the group sets a custom validity on its first box, so the
 * native constraint validation blocks the submit, and shows Polder's message after the attempt.
 *
 * @summary Lets the user choose any number of options for one question.
 * @status beta
 *
 * @slot - The `polder-checkbox` options.
 * @slot label - Rich legend content (e.g. a page heading: `<h1 slot="label">`).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-checkbox-group` and the shared
 *   fieldset's `.polder-fieldset`, `.polder-fieldset--invalid`, `.polder-fieldset__legend`, `.polder-fieldset__hint`,
 *   `.polder-fieldset__error`, `.polder-fieldset__items`.
 *
 * @cssprop --polder-form-field-items-row-gap - Space between the options (all fieldsets).
 * @cssprop --polder-form-field-error-color - Colour of the error message (all fields).
 *
 * @fires change - Native, from the box the user checked or unchecked.
 */
export class PolderCheckboxGroup extends ChoiceGroup {
  static override styles = [visuallyHidden, fieldsetStyles, styles];

  protected readonly localize = new Localize(this, 'checkbox-group', translations, () => this.strings);
  protected readonly block = 'polder-checkbox-group';
  protected readonly optionTag = 'polder-checkbox';
  protected readonly inputType = 'checkbox';

  /** The values of the checked boxes, in order. */
  get value(): string[] {
    return this.controls.filter((c) => c.checked).map((c) => c.value);
  }

  /** "At least one" has no native attribute: a custom validity on the first box carries it. */
  protected override syncValidity(): void {
    const missing = this.required && !this.disabled && !this.controls.some((c) => c.checked);
    const message = missing ? this.localize.t('valueMissing') : '';
    const first = this.focusTarget;
    for (const box of this.controls) box.setCustomValidity(box === first ? message : '');
  }

  protected syncPlainInput(input: HTMLInputElement): void {
    if (this.name) input.name = this.name;
    if (this.form) input.setAttribute('form', this.form);
  }

  protected render() {
    return checkboxGroupTemplate(this.fieldsetState, this.items);
  }
}
