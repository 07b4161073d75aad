import { html } from 'lit';

export interface DetailsState {
  /** The summary text; a `summary` slot replaces it. */
  summary?: string;
  open: boolean;
  /** Called on the native `toggle` event (in the browser only). */
  onToggle?: (event: Event) => void;
}

/**
 * The shadow markup of `<polder-details>`. On the server or for a page without JavaScript, pass the summary and
 * content as values instead of the default slots.
 */
export function detailsTemplate(
  s: DetailsState,
  content: unknown = html`<slot></slot>`,
  summary: unknown = html`<slot name="summary">${s.summary}</slot>`,
) {
  return html`<details class="polder-details" part="details" ?open=${s.open} @toggle=${s.onToggle}>
    <summary class="polder-details__summary" part="summary">
      <span class="polder-details__summary-text">${summary}</span>
    </summary>
    <div class="polder-details__content" part="content">${content}</div>
  </details>`;
}
