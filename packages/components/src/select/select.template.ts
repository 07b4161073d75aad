import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldTemplate, invalid, type FieldState } from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export interface SelectOption {
  value: string;
  label: string;
  selected?: boolean;
  disabled?: boolean;
}
export interface SelectGroup {
  group: string;
  options: SelectOption[];
  disabled?: boolean;
}

/** Everything the select's markup depends on; the element and the server fill it the same way. */
export interface SelectState extends FieldState {
  name?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  form?: string;
  /** The options, on the server. The element moves its own `<option>` and `<optgroup>` children in instead. */
  options?: (SelectOption | SelectGroup)[];
}

// Any autofill token list is valid HTML; lit-analyzer only knows single tokens.
type AnyAutofill = 'on' | undefined;

const option = (o: SelectOption) =>
  html`<option value=${o.value} ?selected=${o.selected} ?disabled=${o.disabled}>${o.label}</option>`;

/** The native `<select>` with the public class, and its options. */
export function selectControlTemplate(s: SelectState) {
  return html`<select
    class="polder-select"
    id=${s.id}
    name=${ifDefined(s.name || undefined)}
    ?required=${s.required}
    ?disabled=${s.disabled}
    autocomplete=${ifDefined(s.autocomplete as AnyAutofill)}
    form=${ifDefined(s.form)}
    aria-describedby=${ifDefined(describedBy(s))}
    aria-invalid=${ifDefined(invalid(s))}
  >
    ${(s.options ?? []).map((o) =>
      'group' in o
        ? html`<optgroup label=${o.group} ?disabled=${o.disabled}>${o.options.map(option)}</optgroup>`
        : option(o),
    )}
  </select>`;
}

/** The select's light-DOM content: label, hint, error and the select. */
export function selectTemplate(s: SelectState, control: unknown = selectControlTemplate(s)) {
  return fieldTemplate(s, control, nothing);
}

/** The whole element for server rendering: `<polder-select>` with its markup inside. */
export function renderSelect(s: SelectState & ExtraAttributes) {
  return withExtraAttributes(
    'polder-select',
    s,
    html`<polder-select
      label=${ifDefined(typeof s.label === 'string' ? s.label : undefined)}
      hint=${ifDefined(typeof s.hint === 'string' ? s.hint : undefined)}
      error=${ifDefined(typeof s.error === 'string' ? s.error : undefined)}
      name=${ifDefined(s.name || undefined)}
      ?required=${s.required}
      ?disabled=${s.disabled}
      ?label-as-heading=${s.heading}
      autocomplete=${ifDefined(s.autocomplete)}
      form=${ifDefined(s.form)}
      >${selectTemplate(s)}</polder-select
    >`,
  );
}
