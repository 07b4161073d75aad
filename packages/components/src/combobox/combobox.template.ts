import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldTemplate, invalid, type FieldState } from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Alternative names to match on, e.g. "Den Bosch" (rendered as `data-alt`; several separated by `|`). */
  alt?: string;
  selected?: boolean;
  disabled?: boolean;
}
export interface ComboboxGroup {
  group: string;
  options: ComboboxOption[];
}

/** Everything the combobox's markup depends on; the element and the server fill it the same way. */
export interface ComboboxState extends FieldState {
  name?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  form?: string;
  /** Typed text that matches no option may be submitted (only with JavaScript). */
  freeText?: boolean;
  /** A JSON endpoint with `{query}` for the options (only with JavaScript). */
  src?: string;
  /** The options, on the server. The element moves its own `<option>` and `<optgroup>` children in instead. */
  options?: (ComboboxOption | ComboboxGroup)[];
  /** Set by the element: the select is hidden and the text input (labelled by the label) takes its id. */
  enhanced?: boolean;
}

// Any autofill token list is valid HTML; lit-analyzer only knows single tokens.
type AnyAutofill = 'on' | undefined;

const option = (o: ComboboxOption) =>
  html`<option value=${o.value} data-alt=${ifDefined(o.alt)} ?selected=${o.selected} ?disabled=${o.disabled}>
    ${o.label}
  </option>`;

/**
 * The native `<select>` (with `options`, on the server): the form control and the source of truth, with or
 * without JavaScript. With
 * JavaScript (`enhanced`) it is hidden and its id moves to the text input, so the label and an error summary
 * link lead there.
 */
export function comboboxControlTemplate(s: ComboboxState, options: unknown = nothing) {
  return html`<select
    class="polder-combobox__control polder-combobox__select"
    id=${s.enhanced ? `${s.id}-select` : s.id}
    name=${ifDefined(s.name || undefined)}
    ?required=${s.required}
    ?disabled=${s.disabled}
    ?hidden=${s.enhanced}
    autocomplete=${ifDefined(s.autocomplete as AnyAutofill)}
    form=${ifDefined(s.form)}
    aria-describedby=${ifDefined(s.enhanced ? undefined : describedBy(s))}
    aria-invalid=${ifDefined(invalid(s))}
  >
    ${options}
  </select>`;
}

/**
 * The combobox's light-DOM content: label, hint, error and the select (`control`); `ui` is what the element adds (the
 * text input, the listbox and the live region), which needs JavaScript, so the server leaves it out.
 */
export function comboboxTemplate(
  s: ComboboxState,
  control: unknown = comboboxControlTemplate(s),
  ui: unknown = nothing,
) {
  return fieldTemplate(s, html`<div class="polder-combobox">${control}${ui}</div>`);
}

/** The whole element for server rendering: `<polder-combobox>` with a working select inside. */
export function renderCombobox(s: ComboboxState & ExtraAttributes) {
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
  return withExtraAttributes(
    'polder-combobox',
    s,
    html`<polder-combobox
      label=${ifDefined(text(s.label))}
      hint=${ifDefined(text(s.hint))}
      error=${ifDefined(text(s.error))}
      name=${ifDefined(text(s.name))}
      ?required=${s.required}
      ?disabled=${s.disabled}
      ?label-as-heading=${s.heading}
      ?free-text=${s.freeText}
      src=${ifDefined(text(s.src))}
      autocomplete=${ifDefined(text(s.autocomplete))}
      form=${ifDefined(text(s.form))}
      >${comboboxTemplate(
        s,
        comboboxControlTemplate(
          s,
          (s.options ?? []).map((o) =>
            'group' in o ? html`<optgroup label=${o.group}>${o.options.map(option)}</optgroup>` : option(o),
          ),
        ),
      )}</polder-combobox
    >`,
  );
}
