import { Field } from './field.js';
import type { FieldsetState } from './field.template.js';

/** The content of a legend's heading when `nodes` are that heading alone (comments and blank text aside). */
export function unwrapHeading(nodes?: Node[]): Node[] | undefined {
  const content = nodes?.filter(
    (n) => n instanceof Element || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
  );
  const h1 = content?.length === 1 ? content[0] : undefined;
  return h1 instanceof Element && h1.matches('h1.polder-fieldset__heading') ? [...h1.childNodes] : nodes;
}

/**
 * A field that is a group of native controls under one question: a native `<fieldset>` with a `<legend>` (from
 * `label`), hint and error, rendered with `fieldsetTemplate` and styled by the one fieldset stylesheet
 * (`fieldset.css`). On the field foundation (`Field`), it adds:
 * - `form` (the id of the form the controls belong to) and `disabled` on the native fieldset;
 * - the legend and hint of server-rendered or hand-written markup, kept when there is no `label` or `hint`;
 * - `legend-as-heading` (the same as `label-as-heading`): the legend's text in the page's `<h1>`;
 * - `controls` (the native inputs), `fieldset`, and the error summary's `focusTarget` and `labelElement`.
 * The checkbox group, the radio group (through `ChoiceGroup`) and the date input are built on it.
 */
export abstract class FieldsetField extends Field {
  /**
   * The id of the form the inputs belong to, when they are not inside it.
   * @attr form
   */
  declare form?: string;

  /**
   * The legend is the page's `<h1>`, for a page that asks one question (the same as `label-as-heading`).
   * @attr legend-as-heading
   * @default false
   */
  declare legendAsHeading: boolean;

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
    const heading = this.labelAsHeading || this.legendAsHeading;
    return { ...this.fieldState, disabled: this.disabled, form: this.form, heading };
  }

  /**
   * Takes the slotted parts, then a legend and hint already in the markup when no `label` or `hint` is set. A
   * legend's heading (`<h1 class="polder-fieldset__heading">`) is unwrapped: the template draws it again.
   */
  protected override adopt(): void {
    super.adopt();
    this.slotted.label = unwrapHeading(this.slotted.label);
    const keep = (part: 'label' | 'hint', selector: string) => {
      const node = this.fieldset?.querySelector(`:scope > ${selector}`);
      if (!this[part] && !this.slotted[part] && node) this.slotted[part] = unwrapHeading([...node.childNodes]);
    };
    keep('label', 'legend');
    keep('hint', '.polder-fieldset__hint');
  }
}

FieldsetField.attributeProperties({ form: undefined, legendAsHeading: ['legend-as-heading', false] });
