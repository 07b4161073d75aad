import { html } from 'lit';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

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

/**
 * The whole `<polder-paragraph>` for server rendering, with `content` as its text. With the element defined on
 * the server (`import '@polder/components/paragraph/define.js'`) @lit-labs/ssr renders its shadow root as
 * declarative shadow DOM, so the paragraph looks right before and without JavaScript.
 */
export function renderParagraph(s: Partial<ParagraphState> & ExtraAttributes, content: unknown) {
  return withExtraAttributes(
    'polder-paragraph',
    s,
    html`<polder-paragraph ?lead=${s.lead}>${content}</polder-paragraph>`,
  );
}
