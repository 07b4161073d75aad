import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything the search form's markup depends on; the element and the server fill it the same way. */
export interface SearchState {
  /** The id of the search input. */
  id: string;
  /** Where the form goes (GET), e.g. `/zoeken`. Script URLs are never rendered. */
  action?: string;
  /** The query's name in the URL. Default `q`. */
  name?: string;
  value?: string;
  /** The input's label. Default "Zoeken" / "Search". */
  label?: string;
  /** The button's text. Default "Zoeken" / "Search". */
  button?: string;
  /** The label is read by screen readers only (it is visible by default). */
  hideLabel?: boolean;
  placeholder?: string;
  /** Set by the element when it shows suggestions (`src`): the input is a combobox with this listbox state. */
  combobox?: { expanded: 'true' | 'false'; active?: string };
}

/** The native `<input type="search">` with its public class. */
export function searchInputTemplate(s: SearchState) {
  return html`<input
    class="polder-search__input"
    id=${s.id}
    type="search"
    name=${s.name || 'q'}
    value=${ifDefined(s.value)}
    placeholder=${ifDefined(s.placeholder)}
    role=${ifDefined(s.combobox && 'combobox')}
    autocomplete=${ifDefined(s.combobox && 'off')}
    aria-autocomplete=${ifDefined(s.combobox && 'list')}
    aria-controls=${ifDefined(s.combobox && `${s.id}-listbox`)}
    aria-expanded=${ifDefined(s.combobox?.expanded)}
    aria-activedescendant=${ifDefined(s.combobox?.active)}
  />`;
}

/**
 * A site search: a `role="search"` landmark form (named by the label, so several on a page are told apart) that sends `name=<query>` to `action` (GET), with a labelled
 * search input and a submit button. `input` is the input's markup (the kept node in the browser); `ui` is what
 * the element adds for suggestions (the listbox and live region), which the server leaves out.
 */
export function searchTemplate(s: SearchState, input: unknown = searchInputTemplate(s), ui: unknown = nothing) {
  return html`<form
    class="polder-search"
    role="search"
    action=${ifDefined(safeUrl(s.action || undefined))}
    method="get"
    aria-labelledby=${`${s.id}-label`}
  >
    <label class="polder-search__label${s.hideLabel ? ' polder-visually-hidden' : ''}" for=${s.id} id=${`${s.id}-label`}
      >${s.label ?? 'Zoeken'}</label
    >
    <div class="polder-search__row">
      <div class="polder-search__field">${input}${ui}</div>
      <button class="polder-search__button" type="submit">${s.button ?? 'Zoeken'}</button>
    </div>
  </form>`;
}

/** The whole element for server rendering: `<polder-search>` with a working form inside. */
export function renderSearch(s: SearchState & { src?: string } & ExtraAttributes) {
  return withExtraAttributes(
    'polder-search',
    s,
    html`<polder-search
      action=${ifDefined(safeUrl(s.action || undefined))}
      name=${ifDefined(s.name)}
      label=${ifDefined(s.label)}
      button=${ifDefined(s.button)}
      placeholder=${ifDefined(s.placeholder)}
      src=${ifDefined(safeUrl(s.src))}
      ?hide-label=${s.hideLabel}
      >${searchTemplate(s)}</polder-search
    >`,
  );
}
