import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Where the link goes unless `href` says otherwise: a neutral site that gives nothing away. */
export const EXIT_THIS_PAGE_HREF = 'https://www.weeronline.nl/';

/** Everything the link's markup depends on; the element and the server fill it the same way. */
export interface ExitThisPageState {
  /** Where to go; a script URL is not rendered (the default is used). */
  href?: string;
  /** The link text: "Verlaat deze pagina" ("Exit this page"). */
  text: string;
}

/** The link's target: `href` when it is safe, else the neutral default. */
export const exitHref = (href?: string) => (href && safeUrl(href)) || EXIT_THIS_PAGE_HREF;

/**
 * The native `<a class="polder-exit-this-page">` of `<polder-exit-this-page>`: a real link, so it works without
 * JavaScript. `rel="noreferrer"` keeps the service out of the other site's logs. Used by the element and by the
 * server; also the markup for pages without JavaScript.
 */
export function exitThisPageTemplate(s: ExitThisPageState, content: unknown = s.text) {
  return html`<a class="polder-exit-this-page" href=${exitHref(s.href)} rel="nofollow noreferrer">${content}</a>`;
}

/** The whole element for server rendering: `<polder-exit-this-page>` with its link inside. */
export function renderExitThisPage(s: ExitThisPageState & ExtraAttributes, content?: unknown) {
  return withExtraAttributes(
    'polder-exit-this-page',
    s,
    html`<polder-exit-this-page href=${ifDefined(s.href ? exitHref(s.href) : undefined)}
      >${exitThisPageTemplate(s, content ?? s.text)}</polder-exit-this-page
    >`,
  );
}
