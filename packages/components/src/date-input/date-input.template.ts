import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldsetTemplate, filled, type FieldsetState } from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** Everything a date input's markup depends on; the element and the server fill it the same way. */
export interface DateInputState extends FieldsetState {
  /** Base for the ids: the parts are `<id>-day`, `<id>-month`, `<id>-year`. */
  id: string;
  /** The parts submit as `<name>-day`, `<name>-month`, `<name>-year`. */
  name?: string;
  /** Initial values of the parts (their `value` attributes: what `form.reset()` goes back to). */
  day?: string;
  month?: string;
  year?: string;
  /** Labels of the parts: `Dag`, `Maand`, `Jaar` / `Day`, `Month`, `Year`. */
  labels: Record<DatePart, string>;
  required?: boolean;
  readonly?: boolean;
  /** `bday` gives the parts `bday-day`, `bday-month`, `bday-year`. */
  autocomplete?: string;
  /** The parts to mark invalid; all three when there is an error and this is left out. */
  invalid?: DatePart[];
}

/** Any autofill token: the analyzer's list is narrower than the HTML standard's (`bday-day`, `section-*`). */
type AnyAutofill = 'on' | undefined;

function partAutocomplete(autocomplete: string | undefined, part: DatePart): AnyAutofill {
  if (!autocomplete) return undefined;
  if (autocomplete === 'off' || autocomplete === 'on') return autocomplete as AnyAutofill;
  return `${autocomplete}-${part}` as AnyAutofill;
}

/** One part's native `<input>` (a text input with a numeric keyboard; `type=number` misbehaves for dates). */
export function dateInputPartTemplate(s: DateInputState, part: DatePart) {
  const invalid = filled(s.error) && (s.invalid ?? DATE_PARTS).includes(part);
  return html`<input
    class="polder-date-input__input polder-date-input__input--${part}"
    type="text"
    inputmode="numeric"
    id="${s.id}-${part}"
    name=${ifDefined(s.name ? `${s.name}-${part}` : undefined)}
    value=${ifDefined(s[part] || undefined)}
    form=${ifDefined(s.form)}
    maxlength=${part === 'year' ? 4 : 2}
    autocomplete=${ifDefined(partAutocomplete(s.autocomplete, part))}
    ?required=${s.required}
    ?disabled=${s.disabled}
    ?readonly=${s.readonly}
    aria-describedby=${ifDefined(describedBy(s))}
    aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
  />`;
}

/**
 * A native `<fieldset>` with a `<legend>`, hint, error and three labelled inputs. `inputs` are the native
 * part inputs the element keeps (the server leaves them out); `extra` is what only the element adds (the
 * hidden input with the ISO date).
 */
export function dateInputTemplate(
  s: DateInputState,
  inputs: Record<DatePart, unknown> = {
    day: dateInputPartTemplate(s, 'day'),
    month: dateInputPartTemplate(s, 'month'),
    year: dateInputPartTemplate(s, 'year'),
  },
  extra: unknown = nothing,
) {
  const items = DATE_PARTS.map(
    (part) =>
      html`<div class="polder-date-input__item polder-date-input__item--${part}">
        <label class="polder-date-input__label" for="${s.id}-${part}">${s.labels[part]}</label>${inputs[part]}
      </div>`,
  );
  return fieldsetTemplate(s, 'polder-date-input', items, extra);
}

/** The whole element for server rendering: `<polder-date-input>` with its markup inside. */
export function renderDateInput(
  s: DateInputState & { label: string; hint?: string; error?: string; min?: string; max?: string } & ExtraAttributes,
) {
  const value = s.year && s.month && s.day ? `${s.year}-${s.month.padStart(2, '0')}-${s.day.padStart(2, '0')}` : '';
  return withExtraAttributes(
    'polder-date-input',
    s,
    html`<polder-date-input
      label=${s.label}
      hint=${ifDefined(s.hint)}
      error=${ifDefined(s.error)}
      name=${ifDefined(s.name)}
      value=${ifDefined(value || undefined)}
      form=${ifDefined(s.form)}
      autocomplete=${ifDefined(s.autocomplete)}
      min=${ifDefined(s.min)}
      max=${ifDefined(s.max)}
      ?required=${s.required}
      ?disabled=${s.disabled}
      ?readonly=${s.readonly}
      ?label-as-heading=${s.heading}
      >${dateInputTemplate(s)}</polder-date-input
    >`,
  );
}
