import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const has = (part: unknown) => part !== undefined && part !== null && part !== '' && part !== false;

/** Everything a radio group's markup depends on; the element and the server fill it the same way. */
export interface RadioGroupState {
  /** Base for the hint and error ids. */
  id: string;
  /** The legend: text, or nodes from `slot="label"`. */
  label: unknown;
  hint?: unknown;
  error?: unknown;
  /** Visually hidden text before the error, e.g. `Fout:` / `Error:`. */
  errorPrefix?: string;
  disabled?: boolean;
  form?: string;
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

/**
 * A native `<fieldset>` with a `<legend>`, hint and error, and the radios (`items`) inside. The hint and error
 * describe the fieldset, so a screen reader reads them when focus enters the group.
 */
export function radioGroupTemplate(s: RadioGroupState, items: unknown) {
  const describedBy = [has(s.hint) && `${s.id}-hint`, has(s.error) && `${s.id}-error`].filter(Boolean).join(' ');
  const classes =
    'polder-radio-group' +
    (has(s.error) ? ' polder-radio-group--invalid' : '') +
    (s.orientation === 'inline' ? ' polder-radio-group--inline' : '');
  return html`<fieldset
    class=${classes}
    ?disabled=${s.disabled}
    form=${ifDefined(s.form)}
    aria-describedby=${ifDefined(describedBy || undefined)}
  >
    <legend class="polder-radio-group__legend">${s.label}</legend>
    ${has(s.hint) ? html`<div class="polder-radio-group__hint" id="${s.id}-hint">${s.hint}</div>` : nothing}
    ${
      has(s.error)
        ? html`<p class="polder-radio-group__error" id="${s.id}-error">
            <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'} </span>${s.error}
          </p>`
        : nothing
    }
    <div class="polder-radio-group__items">${items}</div>
  </fieldset>`;
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
