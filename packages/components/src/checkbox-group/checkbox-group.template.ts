import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderCheckbox, type CheckboxState } from '../checkbox/checkbox.template.js';

/** Everything a checkbox group's markup depends on; the element and the server fill it the same way. */
export interface CheckboxGroupState {
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
}

const has = (part: unknown) => part !== undefined && part !== null && part !== '' && part !== false;

/**
 * A native `<fieldset>` with a `<legend>`, hint and error, and the checkboxes (`items`) inside. The hint and
 * error describe the fieldset, so a screen reader reads them when focus enters the group.
 */
export function checkboxGroupTemplate(s: CheckboxGroupState, items: unknown) {
  const describedBy = [has(s.hint) && `${s.id}-hint`, has(s.error) && `${s.id}-error`].filter(Boolean).join(' ');
  return html`<fieldset
    class="polder-checkbox-group${has(s.error) ? ' polder-checkbox-group--invalid' : ''}"
    ?disabled=${s.disabled}
    form=${ifDefined(s.form)}
    aria-describedby=${ifDefined(describedBy || undefined)}
  >
    <legend class="polder-checkbox-group__legend">${s.label}</legend>
    ${has(s.hint) ? html`<div class="polder-checkbox-group__hint" id="${s.id}-hint">${s.hint}</div>` : nothing}
    ${
      has(s.error)
        ? html`<p class="polder-checkbox-group__error" id="${s.id}-error">
            <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'} </span>${s.error}
          </p>`
        : nothing
    }
    <div class="polder-checkbox-group__items">${items}</div>
  </fieldset>`;
}

/** A whole group for server rendering: `<polder-checkbox-group>` with its `<polder-checkbox>`es, markup inside. */
export function renderCheckboxGroup(
  s: CheckboxGroupState & { label: string; hint?: string; error?: string; name: string; required?: boolean },
  boxes: (Omit<CheckboxState, 'name' | 'form' | 'errorPrefix' | 'error'> & { label: string; hint?: string })[],
) {
  const items = boxes.map((b) => renderCheckbox({ ...b, name: s.name, form: s.form }));
  return html`<polder-checkbox-group
    label=${s.label}
    name=${s.name}
    hint=${ifDefined(s.hint)}
    error=${ifDefined(s.error)}
    form=${ifDefined(s.form)}
    ?required=${s.required}
    ?disabled=${s.disabled}
    >${checkboxGroupTemplate(s, items)}</polder-checkbox-group
  >`;
}
