import type { AttributeValue } from '../extra-attributes/extra-attributes.js';

/** What the element of a group of options (checkbox group, radio group) carries on the server. */
export interface GroupHostState {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  form?: string;
  required?: boolean;
  disabled?: boolean;
  /** The legend is the page's heading (`legend-as-heading`). */
  heading?: boolean;
}

/**
 * The attributes of a group's element in a server template (`renderCheckboxGroup`, `renderRadioGroup`), so the
 * upgraded element has the same label, name, hint, error and states as the markup inside it.
 */
export const groupAttributes = (s: GroupHostState): Record<string, AttributeValue> => ({
  label: s.label,
  name: s.name,
  hint: s.hint,
  error: s.error,
  form: s.form,
  required: s.required,
  disabled: s.disabled,
  'legend-as-heading': s.heading,
});
