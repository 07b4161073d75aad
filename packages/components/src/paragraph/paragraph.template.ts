import { html } from 'lit';

export interface ParagraphState {
  /** The larger introduction under a page's `h1`. */
  lead: boolean;
}

/**
 * The shadow markup of `<polder-paragraph>`; with text as `content` also the class-based markup for pages
 * without JavaScript.
 */
export function paragraphTemplate(s: ParagraphState, content: unknown = html`<slot></slot>`) {
  return html`<p class="polder-paragraph${s.lead ? ' polder-paragraph--lead' : ''}" part="paragraph">${content}</p>`;
}
