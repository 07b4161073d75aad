import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';

/** Everything the skip link's markup depends on; the element and the server fill it the same way. */
export interface SkipLinkState {
  /** Where to skip to: a fragment (`#main`). */
  href: string;
  /** The link text when none is slotted ("Direct naar de inhoud"). */
  label: string;
}

/** The shadow markup of `<polder-skip-link>`; a page without JavaScript writes the same `<a>` itself. */
export function skipLinkTemplate(s: SkipLinkState, text: unknown = html`<slot>${s.label}</slot>`) {
  return html`<a class="polder-skip-link" part="link" href=${ifDefined(safeUrl(s.href))}>${text}</a>`;
}
