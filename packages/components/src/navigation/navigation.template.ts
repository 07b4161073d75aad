import { html } from 'lit';

/** Everything the navigation's markup depends on; the element and the server fill it the same way. */
export interface NavigationState {
  /** The landmark's accessible name, distinct from every other navigation on the page ("Hoofdmenu"). */
  label: string;
}

/**
 * The shadow markup of `<polder-navigation>`: a named `<nav>` landmark around the slotted links. A page without
 * JavaScript writes the same classes by hand, with a `<ul class="polder-navigation__list">` of
 * `<li class="polder-navigation__item">` items (see README).
 */
export function navigationTemplate(s: NavigationState, links: unknown = html`<slot></slot>`) {
  return html`<nav class="polder-navigation" part="navigation" aria-label=${s.label}>
    <div class="polder-navigation__list" part="list">${links}</div>
  </nav>`;
}
