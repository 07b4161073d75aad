import { html } from 'lit';

/**
 * The shadow markup of `<polder-inset-text>`, also the class-based markup for pages without JavaScript (`body`
 * then is the content itself instead of a slot). It has no role of its own: the content keeps its own semantics.
 */
export function insetTextTemplate(body: unknown = html`<slot></slot>`) {
  return html`<div class="polder-inset-text" part="inset-text">${body}</div>`;
}
