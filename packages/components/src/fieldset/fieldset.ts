import type { PropertyDeclarations } from 'lit';
import { Field, fieldId, slottedNodes, type NativeField } from '../form-control/field.js';
import { FieldsetField, unwrapHeading } from '../form-control/fieldset-field.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import { polderFieldsetTemplate } from './fieldset.template.js';

/** The field a native control belongs to: its nearest ancestor built on the field foundation. */
function ownerField(control: Element): Element | null {
  let node = control.parentElement;
  while (node && !(node instanceof Field)) node = node.parentElement;
  return node;
}

/**
 * One question that takes several fields — an address, a name in parts, a custom question — in a native
 * `<fieldset>` with its `<legend>` (the question), hint and error, in light DOM. It is the shared fieldset of the
 * field foundation (`FieldsetField`, the same markup and stylesheet as the checkbox group, radio group and date
 * input) with the fields as its children: Polder fields (`polder-text-field`, …) or native controls.
 *
 * The hint and error describe the fieldset, so a screen reader reads them when focus enters the group. With
 * `legend-as-heading` the legend's text is the page's `<h1>`, for a page with one question. `disabled` disables
 * the native fieldset and so every control in it. Native controls written straight into it (not inside a Polder
 * field) get Polder's message after a submit attempt, named after the legend.
 *
 * @summary A question made of several fields: a fieldset with legend, hint and error.
 * @status beta
 *
 * @attr {string} form - The id of the form the controls belong to, when they are not inside it.
 *
 * @slot - The fields of the question; they move into the fieldset.
 * @slot legend - Rich legend content (the same as `slot="label"`).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the shared fieldset's public classes `.polder-fieldset`,
 *   `.polder-fieldset--invalid`, `.polder-fieldset__legend`, `.polder-fieldset__heading`, `.polder-fieldset__hint`,
 *   `.polder-fieldset__error`, `.polder-fieldset__items`.
 * @cssprop --polder-form-field-heading-font-size - Size of a legend that is the page's heading (all fields).
 * @cssprop --polder-form-field-error-color - Colour of the error message (all fields).
 */
export class PolderFieldset extends FieldsetField {
  static override styles = [visuallyHidden, fieldsetStyles];
  static override properties: PropertyDeclarations = {
    legend: {},
  };

  /**
   * The question, shown as the legend. Use `slot="legend"` children for rich content.
   * @attr legend
   */
  legend = '';

  private items: Node[] = [];
  private markupLegend?: Node[];

  /** The native controls of the question itself: those not inside a Polder field of their own. */
  get controls(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter(
      (control) => ownerField(control) === this,
    );
  }

  /** Polder's message for the first invalid control of the question, named after the legend. */
  protected currentError(): string {
    const control = this.controls.find((c) => !c.validity.valid) as NativeField | undefined;
    if (!control) return '';
    const v = control.validity;
    if (v.customError) return control.validationMessage;
    if (v.valueMissing)
      return this.messages.t(control.localName === 'select' ? 'selectMissing' : 'valueMissing', this.labelVars);
    return this.messages.t('typeMismatch', this.labelVars);
  }

  protected override adopt(): void {
    super.adopt();
    // `slot="legend"` is the same as `slot="label"`. A legend that was already in the markup (server-rendered)
    // is kept apart: the `legend` attribute goes before it. A heading legend is unwrapped (it is drawn again).
    const slot = slottedNodes(this, 'legend') ?? slottedNodes(this, 'label');
    this.markupLegend = slot ? undefined : this.slotted.label;
    this.slotted.label = unwrapHeading(slot);
    const fieldset = this.fieldset;
    const existing = fieldset?.querySelector('.polder-fieldset__hint, .polder-fieldset__error')?.id;
    this.baseId = fieldId(this, 'fieldset', existing?.replace(/-(hint|error)$/, ''));
    if (fieldset) {
      // Server-rendered or hand-written: keep the fields, and what the user typed in them.
      const items = fieldset.querySelector(':scope > .polder-fieldset__items');
      const parts = ':scope > legend, :scope > .polder-fieldset__hint, :scope > .polder-fieldset__error';
      const skip = new Set(fieldset.querySelectorAll(parts));
      this.items = items ? [...items.childNodes] : [...fieldset.childNodes].filter((n) => !skip.has(n as Element));
    } else {
      this.items = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    }
  }

  /** Fields added to the element later (by a script or a framework) move into the fieldset. */
  protected override childrenAdded(children: Element[]): void {
    const added = children.filter((n) => n.localName !== 'fieldset');
    if (!added.length) return;
    this.items = [...this.items.filter((n) => n.isConnected), ...added];
    this.requestUpdate();
  }

  protected override get fieldsetState() {
    const state = super.fieldsetState;
    return { ...state, label: this.slotted.label ?? (this.legend || this.label || this.markupLegend) };
  }

  protected render() {
    return polderFieldsetTemplate(this.fieldsetState, this.items);
  }
}
