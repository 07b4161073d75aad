import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { choiceGroupTemplate, type ChoiceGroupState } from '../choice-group/choice-group.template.js';

const has = (part: unknown) => part !== undefined && part !== null && part !== '' && part !== false;

/** Everything a radio group's markup depends on; the element and the server fill it the same way. */
export interface RadioGroupState extends ChoiceGroupState {
  /** `inline` puts short options (Ja / Nee) side by side. */
  orientation?: 'vertical' | 'inline';
}

/** Everything one radio's markup depends on. */
export interface RadioState {
  /** The native input's id; the label and hint ids derive from it. */
  id: string;
  label: unknown;
  hint?: unknown;
  /** The group's name, passed down by the group (or given on the radio in plain HTML). */
  name?: string;
  value?: string;
  /** The initial state (the native `checked` attribute): what `form.reset()` goes back to. */
  checked?: boolean;
  required?: boolean;
  disabled?: boolean;
  form?: string;
  invalid?: boolean;
}

/** A native `<fieldset>` with a `<legend>`, hint and error, and the radios (`items`) inside. */
export function radioGroupTemplate(s: RadioGroupState, items: unknown) {
  return choiceGroupTemplate('polder-radio-group', s, items, s.orientation === 'inline' ? ['inline'] : []);
}

/** The native `<input type="radio">` with the public class. */
export function radioInputTemplate(s: RadioState) {
  return html`<input
    class="polder-radio__input"
    type="radio"
    id=${s.id}
    name=${ifDefined(s.name)}
    value=${ifDefined(s.value)}
    form=${ifDefined(s.form)}
    ?checked=${s.checked}
    ?required=${s.required}
    ?disabled=${s.disabled}
    aria-describedby=${ifDefined(has(s.hint) ? `${s.id}-hint` : undefined)}
    aria-invalid=${ifDefined(s.invalid ? 'true' : undefined)}
  />`;
}

/** One radio with its label and hint. `input` is the native input the element keeps; the server leaves it out. */
export function radioTemplate(s: RadioState, input: unknown = radioInputTemplate(s)) {
  return html`<div class="polder-radio">
    ${input}<label class="polder-radio__label" for=${s.id}>${s.label}</label>
    ${has(s.hint) ? html`<div class="polder-radio__hint" id="${s.id}-hint">${s.hint}</div>` : nothing}
  </div>`;
}

/** A whole group for server rendering: `<polder-radio-group>` with its `<polder-radio>`s, markup inside. */
export function renderRadioGroup(
  s: RadioGroupState & { label: string; hint?: string; error?: string; name: string; required?: boolean },
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
  return html`<polder-radio-group
    label=${s.label}
    name=${s.name}
    hint=${ifDefined(s.hint)}
    error=${ifDefined(s.error)}
    form=${ifDefined(s.form)}
    orientation=${ifDefined(s.orientation)}
    ?required=${s.required}
    ?disabled=${s.disabled}
    >${radioGroupTemplate(s, items)}</polder-radio-group
  >`;
}
