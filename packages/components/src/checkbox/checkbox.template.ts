import { html } from 'lit';
import { choiceInputTemplate, choiceTemplate, type ChoiceState } from '../form-control/field.template.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a checkbox's markup depends on; the element and the server fill it the same way. */
export type CheckboxState = Omit<ChoiceState, 'invalid'>;

/** The native `<input type="checkbox">` with the public class. */
export const checkboxInputTemplate = (s: CheckboxState) => choiceInputTemplate('polder-checkbox', 'checkbox', s);

/**
 * The checkbox with its label, hint and error. `input` is the native input: the element passes the one it
 * keeps; the server leaves it out and gets a fresh one from the same state.
 */
export function checkboxTemplate(s: CheckboxState, input: unknown = checkboxInputTemplate(s)) {
  return choiceTemplate('polder-checkbox', s, input);
}

/** The whole element for server rendering: `<polder-checkbox>` with its markup inside. */
export function renderCheckbox(s: CheckboxState & { label: string; hint?: string; error?: string } & ExtraAttributes) {
  return withExtraAttributes(
    'polder-checkbox',
    s,
    html`<polder-checkbox
      label=${s.label}
      hint=${ifDefined(s.hint)}
      error=${ifDefined(s.error)}
      name=${ifDefined(s.name)}
      value=${ifDefined(s.value)}
      form=${ifDefined(s.form)}
      ?checked=${s.checked}
      ?required=${s.required}
      ?disabled=${s.disabled}
      >${checkboxTemplate(s)}</polder-checkbox
    >`,
  );
}
