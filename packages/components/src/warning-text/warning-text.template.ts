import { html } from 'lit';

/** A circle with an exclamation mark, 24×24. Decorative: the visually hidden label says it is a warning. */
const icon = 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z';

/** Everything the warning's markup depends on; the element and the server fill it the same way. */
export interface WarningTextState {
  /** Visually hidden word read before the warning ("Waarschuwing"), followed by a colon. */
  label: string;
}

/**
 * The shadow markup of `<polder-warning-text>`, also the class-based markup for pages without JavaScript
 * (`body` then is the warning itself instead of a slot).
 */
export function warningTextTemplate(s: WarningTextState, body: unknown = html`<slot></slot>`) {
  return html`<div class="polder-warning-text" part="warning-text">
    <svg class="polder-warning-text__icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d=${icon}></path>
    </svg>
    <strong class="polder-warning-text__text"><span class="polder-visually-hidden">${s.label}: </span>${body}</strong>
  </div>`;
}
