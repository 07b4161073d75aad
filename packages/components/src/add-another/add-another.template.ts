import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../localize/localize.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** The built-in strings, in Dutch (the default) and English. `{label}` is the item's name, `{n}` its number. */
export const addAnotherStrings = {
  nl: {
    label: 'Onderdeel',
    add: 'Nog een toevoegen',
    remove: 'Verwijderen',
    max: 'U kunt er niet meer dan {max} toevoegen.',
    added: '{item} toegevoegd',
    removed: '{item} verwijderd',
  },
  en: {
    label: 'Item',
    add: 'Add another',
    remove: 'Remove',
    max: 'You cannot add more than {max}.',
    added: '{item} added',
    removed: '{item} removed',
  },
};

export type AddAnotherStrings = (typeof addAnotherStrings)['nl'];

/** Everything the add and remove buttons depend on; the element and the server fill it the same way. */
export interface AddAnotherState {
  /** What one item is called, "Persoon": the legends read "Persoon 1", "Persoon 2". */
  label: string;
  /** The most items there may be; the add button goes at that number. */
  max?: number;
  /** The number of items. */
  count: number;
  add: string;
  remove: string;
  /** The message at `max` ("U kunt er niet meer dan 5 toevoegen."). */
  maxMessage: string;
}

/** The legend of the item at `index` (from 0): "Persoon 1". */
export const itemName = (s: Pick<AddAnotherState, 'label'>, index: number) => `${s.label} ${index + 1}`;

/** Whether no more items may be added. */
export const isFull = (s: Pick<AddAnotherState, 'max' | 'count'>) => s.max !== undefined && s.count >= s.max;

/**
 * The remove button of the item at `index` (from 0; the first item has none): a submit button that sends
 * `remove=<index>`, named "Verwijderen Persoon 2" for screen readers.
 */
export function removeButtonTemplate(s: AddAnotherState, index: number) {
  return html`<button
    type="submit"
    class="polder-button polder-button--secondary polder-add-another__remove"
    name="remove"
    value=${index}
  >
    <span>${s.remove}<span class="polder-visually-hidden"> ${itemName(s, index)}</span></span>
  </button>`;
}

/**
 * The add button (a submit button that sends `add=add`), hidden at `max` with the message instead, and the
 * polite live region that announces additions and removals.
 */
export function actionsTemplate(s: AddAnotherState) {
  const full = isFull(s);
  return html`<div class="polder-add-another__actions">
      <button
        type="submit"
        class="polder-button polder-button--secondary polder-add-another__add"
        name="add"
        value="add"
        ?hidden=${full}
      >
        ${s.add}
      </button>
      <p class="polder-add-another__max" ?hidden=${!full}>${s.maxMessage}</p>
    </div>
    <p class="polder-add-another__status polder-visually-hidden" role="status"></p>`;
}

/** One item: a fieldset with its numbered legend (focusable from script), its fields and its remove button. */
export function itemTemplate(s: AddAnotherState, index: number, fields: unknown) {
  return html`<fieldset class="polder-fieldset polder-add-another__item">
    <legend class="polder-fieldset__legend polder-add-another__legend" tabindex="-1">${itemName(s, index)}</legend>
    ${fields} ${index > 0 ? removeButtonTemplate(s, index) : nothing}
  </fieldset>`;
}

/** What the server passes to `renderAddAnother`. */
export interface AddAnotherOptions extends ExtraAttributes {
  /** What one item is called ("Persoon"). */
  label: string;
  /** The most items there may be. */
  max?: number;
  /** The fields of each item, in order (at least one). Name them with the item's index: `personen[1][naam]`. */
  items: readonly unknown[];
  /** The page's language (default Dutch). */
  lang?: Language;
  /** Overrides of the built-in strings. */
  strings?: Partial<AddAnotherStrings>;
}

/**
 * The whole `<polder-add-another>` as the server renders it: every item in a fieldset with its legend, a
 * remove button (`remove=<index>`) in every item but the first, and the add button (`add=add`). Without
 * JavaScript the buttons submit the form and the server adds or removes an item and renders the page again;
 * with JavaScript the element does it in the page, on the same markup.
 */
export function renderAddAnother(o: AddAnotherOptions) {
  const t = { ...addAnotherStrings[o.lang ?? 'nl'], ...o.strings };
  const s: AddAnotherState = {
    label: o.label,
    max: o.max,
    count: o.items.length,
    add: t.add,
    remove: t.remove,
    maxMessage: t.max.replace('{max}', String(o.max)),
  };
  return withExtraAttributes(
    'polder-add-another',
    o,
    html`<polder-add-another label=${o.label} max=${ifDefined(o.max === undefined ? undefined : String(o.max))}
      >${o.items.map((fields, i) => itemTemplate(s, i, fields))}${actionsTemplate(s)}</polder-add-another
    >`,
  );
}
