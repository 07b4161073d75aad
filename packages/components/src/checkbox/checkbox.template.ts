import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Everything a checkbox's markup depends on; the element and the server fill it the same way. */
export interface CheckboxState {
  /** The native input's id; the label, hint and error ids derive from it. */
  id: string;
  /** The label: text, or nodes (rich content from `slot="label"`). */
  label?: unknown;
  hint?: unknown;
  /** A non-empty error shows the message, sets `aria-invalid` and joins it in `aria-describedby`. */
  error?: unknown;
  /** Visually hidden text before the error, e.g. `Fout:` / `Error:`. */
  errorPrefix?: string;
  name?: string;
  value?: string;
  /** The initial state (the `checked` attribute of the native input): what `form.reset()` goes back to. */
  checked?: boolean;
  required?: boolean;
  disabled?: boolean;
  form?: string;
  /** Extra ids for `aria-describedby`, e.g. the hint of a group. */
  describedBy?: string;
}

const has = (part: unknown) => part !== undefined && part !== null && part !== '' && part !== false;

/** The native `<input type="checkbox">` with the public class. */
export function checkboxInputTemplate(s: CheckboxState) {
  const describedBy = [has(s.hint) && `${s.id}-hint`, has(s.error) && `${s.id}-error`, s.describedBy]
    .filter(Boolean)
    .join(' ');
  return html`<input
    class="polder-checkbox__input"
    type="checkbox"
    id=${s.id}
    name=${ifDefined(s.name)}
    value=${ifDefined(s.value)}
    form=${ifDefined(s.form)}
    ?checked=${s.checked}
    ?required=${s.required}
    ?disabled=${s.disabled}
    aria-describedby=${ifDefined(describedBy || undefined)}
    aria-invalid=${ifDefined(has(s.error) ? 'true' : undefined)}
  />`;
}

/**
 * The checkbox with its label, hint and error. `input` is the native input: the element passes the one it
 * keeps; the server leaves it out and gets a fresh one from the same state.
 */
export function checkboxTemplate(s: CheckboxState, input: unknown = checkboxInputTemplate(s)) {
  return html`<div class="polder-checkbox${has(s.error) ? ' polder-checkbox--invalid' : ''}">
    ${
      has(s.error)
        ? html`<p class="polder-checkbox__error" id="${s.id}-error">
            <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'} </span>${s.error}
          </p>`
        : nothing
    }
    ${input}<label class="polder-checkbox__label" for=${s.id}>${s.label}</label>
    ${has(s.hint) ? html`<div class="polder-checkbox__hint" id="${s.id}-hint">${s.hint}</div>` : nothing}
  </div>`;
}

/** The whole element for server rendering: `<polder-checkbox>` with its markup inside. */
export function renderCheckbox(s: CheckboxState & { label: string; hint?: string; error?: string }) {
  return html`<polder-checkbox
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
  >`;
}
