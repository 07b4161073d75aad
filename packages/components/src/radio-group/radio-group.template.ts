import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  choiceInputTemplate,
  choiceTemplate,
  fieldsetTemplate,
  filled as has,
  groupAttributes,
  type ChoiceState,
  type FieldsetState,
  type GroupHostState,
} from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a radio group's markup depends on; the element and the server fill it the same way. */
export interface RadioGroupState extends FieldsetState {
  /** `inline` puts short options (Ja / Nee) side by side. */
  orientation?: 'vertical' | 'inline';
}

/** Everything one radio's markup depends on (name, form, required and invalid come from the group). */
export type RadioState = Omit<ChoiceState, 'error' | 'errorPrefix' | 'describedBy'>;

/** A native `<fieldset>` with a `<legend>`, hint and error, and the radios (`items`) inside. */
export function radioGroupTemplate(s: RadioGroupState, items: unknown) {
  const block = s.orientation === 'inline' ? 'polder-radio-group polder-radio-group--inline' : 'polder-radio-group';
  return fieldsetTemplate(s, block, items);
}

/** The native `<input type="radio">` with the public class. */
export const radioInputTemplate = (s: RadioState) => choiceInputTemplate('polder-radio', 'radio', s);

/** One radio with its label and hint. `input` is the native input the element keeps; the server leaves it out. */
export function radioTemplate(s: RadioState, input: unknown = radioInputTemplate(s)) {
  return choiceTemplate('polder-radio', s, input);
}

/** A whole group for server rendering: `<polder-radio-group>` with its `<polder-radio>`s, markup inside. */
export function renderRadioGroup(
  s: RadioGroupState & GroupHostState & ExtraAttributes,
  radios: (Omit<RadioState, 'name' | 'form' | 'required' | 'invalid'> & { label: string; hint?: string })[],
) {
  const items = radios.map(
    (r) =>
      html`<polder-radio
        label=${r.label}
        hint=${ifDefined(r.hint)}
        value=${ifDefined(r.value)}
        ?checked=${r.checked}
        ?disabled=${r.disabled}
        >${radioTemplate({
          ...r,
          name: s.name,
          form: s.form,
          required: s.required,
          invalid: has(s.error),
        })}</polder-radio
      >`,
  );
  return withExtraAttributes(
    'polder-radio-group',
    s,
    html`<polder-radio-group>${radioGroupTemplate(s, items)}</polder-radio-group>`,
    { ...groupAttributes(s), orientation: s.orientation },
  );
}
