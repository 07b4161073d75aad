import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export interface ErrorSummaryError {
  /** `#` and the id of the control (or of its `polder-*` element). */
  href: string;
  text: string;
}

/** Everything the error summary's markup depends on; the element and the server fill it the same way. */
export interface ErrorSummaryState {
  /** The heading, e.g. "Er is een probleem" / "There is a problem". */
  heading: string;
  errors: ErrorSummaryError[];
  /**
   * The summary takes focus when the page loads, also without JavaScript: set it on a page the server sends back
   * with errors (GOV.UK moves focus to the summary then).
   */
  autofocus?: boolean;
}

const item = (e: ErrorSummaryError) => html`<li><a href=${ifDefined(safeUrl(e.href))}>${e.text}</a></li>`;

/**
 * The error summary (GOV.UK pattern): a heading and a list of links to the fields with an error. `items` are the
 * list items (the server passes nothing: they come from `s.errors`). Links are real `<a href="#id">`, so they work
 * without JavaScript too.
 */
export function errorSummaryTemplate(s: ErrorSummaryState, items: unknown = s.errors.map(item)) {
  return html`<div class="polder-error-summary" tabindex="-1" ?autofocus=${s.autofocus}>
    <div role="alert">
      <h2 class="polder-error-summary__title">${s.heading}</h2>
      <ul class="polder-error-summary__list">
        ${items}
      </ul>
    </div>
  </div>`;
}

/** The whole element for server rendering: `<polder-error-summary for="form-id">` with its markup inside. */
export function renderErrorSummary(s: ErrorSummaryState & { for?: string } & ExtraAttributes) {
  return withExtraAttributes(
    'polder-error-summary',
    s,
    html`<polder-error-summary for=${ifDefined(s.for)} heading=${s.heading}
      >${s.errors.length ? errorSummaryTemplate(s) : ''}</polder-error-summary
    >`,
  );
}
