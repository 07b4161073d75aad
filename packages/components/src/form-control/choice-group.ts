import type { PropertyValues, ReactiveElement } from 'lit';
import type { Localize } from '../localize/localize.js';
import { fieldId, inConditional } from './field.js';
import { FieldsetField } from './fieldset-field.js';

/**
 * Base of the fieldset groups of options (`polder-checkbox-group`, `polder-radio-group`), on `FieldsetField`:
 * option elements render their own native inputs inside the fieldset. The group passes `name` and `form`
 * down, moves options added later into the fieldset, and shows its `valueMissing` message after a submit
 * attempt. Subclasses name their block class, option tag and input type, and render with `fieldsetTemplate`.
 */
export abstract class ChoiceGroup extends FieldsetField {
  protected abstract readonly localize: Localize<{ valueMissing: string }>;
  /** The public class beside `.polder-fieldset`, e.g. `polder-radio-group`. */
  protected abstract readonly block: string;
  /** The option element, e.g. `polder-radio`. */
  protected abstract readonly optionTag: string;
  /** The native input type inside, `radio` or `checkbox`. */
  protected abstract readonly inputType: string;

  protected items: Node[] = [];

  constructor() {
    super();
    this.addEventListener('change', () => this.syncValidity());
  }

  /** Options added to the element later (by a script or a framework) move into the fieldset. */
  protected override childrenAdded(children: Element[]): void {
    const added = children.filter((n) => n.localName !== 'fieldset');
    if (!added.length) return;
    this.items = [...this.items.filter((n) => n.isConnected), ...added];
    this.requestUpdate();
  }

  /** The native inputs of the options (not those of an option's follow-up question). */
  get controls(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="${this.inputType}"]`)].filter(
      (c) => !inConditional(c),
    );
  }

  /** Where focus goes from an error summary link or `focus()`: the checked option, else the first. */
  override get focusTarget(): HTMLInputElement | undefined {
    const enabled = this.controls.filter((c) => !c.disabled);
    return enabled.find((c) => c.checked) ?? enabled[0];
  }

  checkValidity(): boolean {
    this.syncValidity();
    return this.controls.every((c) => c.checkValidity());
  }

  protected currentError(): string {
    return this.controls.some((c) => !c.validity.valid) ? this.localize.t('valueMissing') : '';
  }

  /** Brings the native inputs' validity in line with the group (a custom validity, say). */
  protected syncValidity(): void {}

  protected override formReset(): void {
    this.syncValidity();
  }

  /** A native input written straight into the group (plain HTML) gets what options get from the group. */
  protected abstract syncPlainInput(input: HTMLInputElement): void;

  protected override adopt(): void {
    super.adopt();
    this.baseId = fieldId(this, 'group');
    const fieldset = this.fieldset;
    if (fieldset) {
      // Server-rendered or hand-written: keep the options.
      const items = fieldset.querySelector(':scope > .polder-fieldset__items');
      const option = this.optionTag.replace(/^polder-/, '');
      this.items = items
        ? [...items.childNodes]
        : [...fieldset.querySelectorAll(`${this.optionTag}, .polder-${option}`)];
    } else {
      this.items = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The options read name, form and more from the group: let them render again.
    const options = [...this.querySelectorAll(this.optionTag)] as Partial<ReactiveElement>[];
    for (const option of options) option.requestUpdate?.();
    for (const input of this.controls) if (!input.closest(this.optionTag)) this.syncPlainInput(input);
    this.syncValidity();
    // The options render their native inputs after the group's update: check the validity again after them.
    void Promise.all(options.map((o) => o.updateComplete)).then(() => this.syncValidity());
  }
}
