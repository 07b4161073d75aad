import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export interface BreadcrumbItem {
  href?: string;
  text: string;
  /** The page the user is on: `aria-current="page"`. */
  current?: boolean;
}

export interface BreadcrumbState {
  /** The name of the navigation landmark: "Kruimelpad" ("Breadcrumb"). Localised by the element. */
  label: string;
  items: BreadcrumbItem[];
}

/**
 * The index of the parent item: the one before the current page, or the last one when no item is current.
 * On narrow screens the breadcrumb shows only that one, as a back link.
 */
export function parentIndex(current: boolean[]): number {
  const at = current.indexOf(true);
  return at === -1 ? current.length - 1 : at - 1;
}

/**
 * The breadcrumb's `<nav>`: an ordered list with one item per link. `links` are the link nodes or templates, in
 * order; `current` says which one is the current page. Used by the element (with the author's own `<a>`
 * elements) and by `breadcrumbTemplate` (for the server and pages without JavaScript).
 */
export function breadcrumbNav(label: string, links: unknown[], current: boolean[]) {
  const parent = parentIndex(current);
  return html`<nav class="polder-breadcrumb" aria-label=${label}>
    <ol class="polder-breadcrumb__list">
      ${links.map(
        (link, i) =>
          html`<li
            class="polder-breadcrumb__item${current[i] ? ' polder-breadcrumb__item--current' : ''}${
              i === parent ? ' polder-breadcrumb__item--parent' : ''
            }"
          >
            ${link}
          </li>`,
      )}
    </ol>
  </nav>`;
}

/** The breadcrumb as plain HTML from data: for the server and for pages without JavaScript. */
export function breadcrumbTemplate(s: BreadcrumbState) {
  return breadcrumbNav(
    s.label,
    s.items.map(
      (item) =>
        html`<a
          class="polder-breadcrumb__link"
          href=${ifDefined(safeUrl(item.href))}
          aria-current=${ifDefined(item.current ? 'page' : undefined)}
          >${item.text}</a
        >`,
    ),
    s.items.map((item) => !!item.current),
  );
}

/** The whole element for server rendering: `<polder-breadcrumb>` with its markup inside, adopted on upgrade. */
export function renderBreadcrumb(s: BreadcrumbState & ExtraAttributes) {
  return withExtraAttributes(
    'polder-breadcrumb',
    s,
    html`<polder-breadcrumb>${breadcrumbTemplate(s)}</polder-breadcrumb>`,
  );
}
