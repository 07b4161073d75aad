import { property } from 'lit/decorators.js';
import { Field } from './field.js';
import type { FieldsetState } from './field.template.js';

/**
 * A field that is a group of native controls under one question: a native `<fieldset>` with a `<legend>` (from
 * `label`), hint and error, rendered with `fieldsetTemplate` and styled by the one fieldset stylesheet
 * (`fieldset.css`). On the field foundation (`Field`), it adds:
 * - `form` (the id of the form the controls belong to) and `disabled` on the native fieldset;
 * - the legend and hint of server-rendered or hand-written markup, kept when there is no `label` or `hint`;
 * - `controls` (the native inputs), `fieldset`, and the error summary's `focusTarget` and `labelElement`.
 * The checkbox group, the radio group (through `ChoiceGroup`) and the date input are built on it.
 */
export abstract class FieldsetField extends Field {
  /** The id of the form the inputs belong to, when they are not inside it. */
  @property({ reflect: true }) form?: string;

  /** The native inputs inside. */
  abstract get controls(): HTMLInputElement[];

  /** The native fieldset. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > fieldset');
  }

  /** Where focus goes from an error summary link or `focus()`: the first enabled input. */
  get focusTarget(): HTMLInputElement | undefined {
    return this.controls.find((c) => !c.disabled);
  }

  /** What an error summary scrolls into view: the legend. */
  get labelElement(): HTMLElement | null {
    return this.querySelector(':scope > fieldset > legend');
  }

  protected get nativeControls(): HTMLInputElement[] {
    return this.controls;
  }

  /** Everything `fieldsetTemplate` needs but the items. */
  protected get fieldsetState(): FieldsetState {
    return { ...this.fieldState, disabled: this.disabled, form: this.form };
  }

  /** Takes the slotted parts, then a legend and hint already in the markup when no `label` or `hint` is set. */
  protected override adopt(): void {
    super.adopt();
    const keep = (part: 'label' | 'hint', selector: string) => {
      const node = this.fieldset?.querySelector(`:scope > ${selector}`);
      if (!this[part] && !this.slotted[part] && node) this.slotted[part] = [...node.childNodes];
    };
    keep('label', 'legend');
    keep('hint', '.polder-fieldset__hint');
  }
}
