import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a link's markup depends on; the element and the server fill it the same way. */
export interface LinkState {
  /** Where the link goes; a script URL (`javascript:`) is not rendered (see `safeUrl`). */
  href?: string;
  target?: string;
  rel?: string;
  hreflang?: string;
  download?: string;
  /** The current page: `aria-current="page"`. */
  current?: boolean;
  /**
   * Visually hidden text after the link text, for an external link or one that opens a new window, e.g.
   * `(externe link)`; with it comes a decorative icon. Localised by the element; on the server, pass it in.
   */
  note?: string;
}

/** The icon and visually hidden text that mark an external link or one that opens a new window. */
export function linkNoteTemplate(note?: string) {
  return note
    ? html`<svg class="polder-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M14 3v2h3.6l-9.8 9.8 1.4 1.4L19 6.4V10h2V3h-7ZM19 19H5V5h7V3H5a2 2 0 0 0-2 2v14c0 1.1.9 2 2 2h14a2 2 0 0 0 2-2v-7h-2v7Z"
          ></path></svg
        ><span class="polder-visually-hidden"> ${note}</span>`
    : nothing;
}

/**
 * The native `<a class="polder-link">` of `<polder-link>`, with `content` as its text. Used by the element
 * in the browser and by the server, so both give the same markup; also the markup for pages without
 * JavaScript.
 */
export function linkTemplate(s: LinkState, content: unknown = '') {
  return html`<a
    class="polder-link"
    href=${ifDefined(safeUrl(s.href))}
    target=${ifDefined(s.target)}
    rel=${ifDefined(s.rel)}
    hreflang=${ifDefined(s.hreflang)}
    download=${ifDefined(s.download)}
    aria-current=${ifDefined(s.current ? 'page' : undefined)}
    >${content}${s.note ? html`<span class="polder-link__note">${linkNoteTemplate(s.note)}</span>` : nothing}</a
  >`;
}

/** The whole element for server rendering: `<polder-link>` with its native link inside. */
export function renderLink(s: LinkState & { external?: boolean } & ExtraAttributes, content: unknown) {
  return withExtraAttributes(
    'polder-link',
    s,
    html`<polder-link
      href=${ifDefined(safeUrl(s.href, 'polder-link'))}
      target=${ifDefined(s.target)}
      rel=${ifDefined(s.rel)}
      hreflang=${ifDefined(s.hreflang)}
      download=${ifDefined(s.download)}
      ?external=${s.external}
      ?current=${s.current}
      >${linkTemplate(s, content)}</polder-link
    >`,
  );
}
