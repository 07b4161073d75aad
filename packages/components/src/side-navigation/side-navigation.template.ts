import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';

/** Everything the landmark's markup depends on; the element and the server fill it the same way. */
export interface SideNavigationState {
  /** The landmark's accessible name, distinct from every other navigation on the page ("In dit onderdeel"). */
  label: string;
}

/**
 * The shadow markup of `<polder-side-navigation>`: a named `<nav>` landmark around the slotted list of links.
 * A page without JavaScript writes the same `<nav class="polder-side-navigation">` itself around
 * `sideNavigationList()`.
 */
export function sideNavigationTemplate(s: SideNavigationState, links: unknown = html`<slot></slot>`) {
  return html`<nav class="polder-side-navigation" part="navigation" aria-label=${s.label}>${links}</nav>`;
}

/** One page in the side navigation, with its sub-pages. */
export interface SideNavigationItem {
  href: string;
  text: string;
  items?: SideNavigationItem[];
}

/**
 * The list of links with the public classes, nested for sub-pages: the light-DOM content of
 * `<polder-side-navigation>` rendered on the server, or the list inside a plain `<nav class="polder-side-navigation">`.
 * The link whose `href` equals `current` gets `aria-current="page"`; an unsafe URL (`javascript:`) is dropped.
 */
export function sideNavigationList(items: readonly SideNavigationItem[], current?: string): unknown {
  return html`<ul class="polder-side-navigation__list">
    ${items.map(
      (item) =>
        html`<li class="polder-side-navigation__item">
          <a
            class="polder-side-navigation__link"
            href=${ifDefined(safeUrl(item.href))}
            aria-current=${ifDefined(current !== undefined && item.href === current ? 'page' : undefined)}
            >${item.text}</a
          >${item.items?.length ? sideNavigationList(item.items, current) : nothing}
        </li>`,
    )}
  </ul>`;
}
