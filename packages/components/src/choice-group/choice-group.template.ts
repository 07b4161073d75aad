import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const has = (part: unknown) => part !== undefined && part !== null && part !== '' && part !== false;

/** Everything a choice group's fieldset depends on; the element and the server fill it the same way. */
export interface ChoiceGroupState {
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

/**
 * A native `<fieldset>` with a `<legend>`, hint and error, and the options (`items`) inside, with the public
 * classes of `block` (`polder-checkbox-group`, `polder-radio-group`). The hint and error describe the
 * fieldset, so a screen reader reads them when focus enters the group. `modifiers` are extra block modifiers.
 */
export function choiceGroupTemplate(block: string, s: ChoiceGroupState, items: unknown, modifiers: string[] = []) {
  const describedBy = [has(s.hint) && `${s.id}-hint`, has(s.error) && `${s.id}-error`].filter(Boolean).join(' ');
  const classes = [block, ...(has(s.error) ? ['invalid'] : []), ...modifiers]
    .map((m, i) => (i === 0 ? m : `${block}--${m}`))
    .join(' ');
  return html`<fieldset
    class=${classes}
    ?disabled=${s.disabled}
    form=${ifDefined(s.form)}
    aria-describedby=${ifDefined(describedBy || undefined)}
  >
    <legend class="${block}__legend">${s.label}</legend>
    ${has(s.hint) ? html`<div class="${block}__hint" id="${s.id}-hint">${s.hint}</div>` : nothing}
    ${
      has(s.error)
        ? html`<p class="${block}__error" id="${s.id}-error">
            <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'} </span>${s.error}
          </p>`
        : nothing
    }
    <div class="${block}__items">${items}</div>
  </fieldset>`;
}
