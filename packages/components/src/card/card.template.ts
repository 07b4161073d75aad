import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { safeUrl } from '../url/safe-url.js';

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface CardState {
  heading?: string;
  /** 1–6; the heading's level in the page outline. */
  headingLevel: number;
  /**
   * Where the card links to. Without it the card is not interactive. A script URL (`javascript:`) is not
   * rendered (see `safeUrl`): the heading is then a link without `href`.
   */
  href?: string;
  hreflang?: string;
}

/**
 * The shadow markup of `<polder-card>`, also the class-based markup for pages without JavaScript (`body` and
 * `image` then are the content itself instead of slots).
 */
export function cardTemplate(
  s: CardState,
  body: unknown = html`<slot></slot>`,
  image: unknown = html`<slot name="image"></slot>`,
) {
  const level = Math.min(6, Math.max(1, Math.round(s.headingLevel) || 3)) - 1;
  const text =
    s.href === undefined
      ? s.heading
      : html`<a
          class="polder-card__link"
          part="link"
          href=${ifDefined(safeUrl(s.href))}
          hreflang=${ifDefined(s.hreflang)}
          >${s.heading}</a
        >`;
  return html`<div class="polder-card" part="card">
    <div class="polder-card__image" part="image">${image}</div>
    <div class="polder-card__content">
      ${
        s.heading
          ? staticHtml`<${headings[level]} class="polder-card__heading" part="heading">${text}</${headings[level]}>`
          : nothing
      }
      <div class="polder-card__body">${body}</div>
    </div>
  </div>`;
}
