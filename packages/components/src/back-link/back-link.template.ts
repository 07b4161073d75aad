import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a back link's markup depends on; the element and the server fill it the same way. */
export interface BackLinkState {
  /** The previous page; a script URL (`javascript:`) is not rendered (see `safeUrl`). */
  href?: string;
  /** The text when there is no content: "Terug" ("Back"). Localised by the element; on the server, pass it in. */
  text: string;
}

/**
 * The native `<a class="polder-back-link">` of `<polder-back-link>`. `content` is its text; without content it
 * shows `text`. Used by the element in the browser and by the server; also the markup for pages without
 * JavaScript.
 */
export function backLinkTemplate(s: BackLinkState, content: unknown = s.text) {
  return html`<a class="polder-back-link" href=${ifDefined(safeUrl(s.href))}>${content}</a>`;
}

/** The whole element for server rendering: `<polder-back-link>` with its native link inside. */
export function renderBackLink(s: BackLinkState & ExtraAttributes, content?: unknown) {
  return withExtraAttributes(
    'polder-back-link',
    s,
    html`<polder-back-link href=${ifDefined(safeUrl(s.href, 'polder-back-link'))}
      >${backLinkTemplate(s, content ?? s.text)}</polder-back-link
    >`,
  );
}
