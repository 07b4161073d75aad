import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldsetTemplate, type FieldsetState } from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** What `<polder-fieldset>`'s markup depends on: the shared fieldset's state and whether the legend is the heading. */
export interface FieldsetElementState extends FieldsetState {
  /** The same as `heading`: the legend's text in the page's `<h1>` (one question per page). */
  legendAsHeading?: boolean;
}

/**
 * The light-DOM markup of `<polder-fieldset>`, also the plain-HTML markup without JavaScript: the shared fieldset
 * (`fieldsetTemplate`) with the legend as text, or as the page's `<h1 class="polder-fieldset__heading">`.
 * `items` are the question's fields: the element passes the children it keeps, the server their markup.
 */
export function polderFieldsetTemplate(s: FieldsetElementState, items: unknown = nothing) {
  return fieldsetTemplate({ ...s, heading: s.heading || s.legendAsHeading }, 'polder-fieldset--question', items);
}

/**
 * The whole element for server rendering: `<polder-fieldset>` with its markup inside, e.g.
 * `renderFieldset({ id: 'adres', label: 'Wat is uw adres?' }, html`${renderTextField(…)}${renderTextField(…)}`)`.
 */
export function renderFieldset(s: FieldsetElementState & ExtraAttributes, items: unknown = nothing) {
  return withExtraAttributes(
    'polder-fieldset',
    s,
    html`<polder-fieldset
      legend=${ifDefined(typeof s.label === 'string' ? s.label : undefined)}
      hint=${ifDefined(typeof s.hint === 'string' ? s.hint : undefined)}
      error=${ifDefined(typeof s.error === 'string' ? s.error : undefined)}
      form=${ifDefined(s.form)}
      ?disabled=${s.disabled}
      ?legend-as-heading=${s.heading || s.legendAsHeading}
      >${polderFieldsetTemplate(s, items)}</polder-fieldset
    >`,
  );
}
