import { html } from 'lit';
import { renderCheckbox, type CheckboxState } from '../checkbox/checkbox.template.js';
import {
  fieldsetTemplate,
  groupAttributes,
  type FieldsetState,
  type GroupHostState,
} from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a checkbox group's markup depends on; the element and the server fill it the same way. */
export type CheckboxGroupState = FieldsetState;

/** A native `<fieldset>` with a `<legend>`, hint and error, and the checkboxes (`items`) inside. */
export function checkboxGroupTemplate(s: CheckboxGroupState, items: unknown) {
  return fieldsetTemplate(s, 'polder-checkbox-group', items);
}

/** A whole group for server rendering: `<polder-checkbox-group>` with its `<polder-checkbox>`es, markup inside. */
export function renderCheckboxGroup(
  s: CheckboxGroupState & GroupHostState & ExtraAttributes,
  boxes: (Omit<CheckboxState, 'name' | 'form' | 'errorPrefix' | 'error'> & { label: string; hint?: string })[],
) {
  const items = boxes.map((b) => renderCheckbox({ ...b, name: s.name, form: s.form }));
  return withExtraAttributes(
    'polder-checkbox-group',
    s,
    html`<polder-checkbox-group>${checkboxGroupTemplate(s, items)}</polder-checkbox-group>`,
    groupAttributes(s),
  );
}
